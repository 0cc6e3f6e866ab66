// What a publish changes on the site, by content hash: what --dry-run shows and what the log says.

export interface ReleaseChanges {
  added: string[];
  changed: string[];
  removed: string[];
}

export function diffReleases(live: ReadonlyMap<string, string>, next: ReadonlyMap<string, string>): ReleaseChanges {
  const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const added = [...next.keys()].filter((path) => !live.has(path)).sort(byCodePoint);
  const changed = [...next.keys()].filter((path) => live.has(path) && live.get(path) !== next.get(path)).sort(byCodePoint);
  const removed = [...live.keys()].filter((path) => !next.has(path)).sort(byCodePoint);
  return { added, changed, removed };
}

export const hasChanges = (changes: ReleaseChanges) =>
  changes.added.length + changes.changed.length + changes.removed.length > 0;

/** Lines for people: "+ path" added, "~ path" changed, "- path" removed. */
export function describeChanges(changes: ReleaseChanges): string[] {
  return [
    ...changes.added.map((path) => `  + ${path}`),
    ...changes.changed.map((path) => `  ~ ${path}`),
    ...changes.removed.map((path) => `  - ${path}`),
  ];
}
