// Release folders are named so that their order is the order they were published in:
// a counter first (clocks on two CI runners may disagree), then the time and commit for people.
// Only names of this form are ever switched to or pruned; anything else under releases/ is left alone.

export const RELEASE_NAME = /^(\d{6})-(\d{8}T\d{6}Z)-([0-9a-f]{12})$/;
/** An upload in progress; renamed to its release name only once complete and verified. */
export const INCOMING_PREFIX = '.incoming-';
const INCOMING_NAME = /^\.incoming-\d{6}-\d{8}T\d{6}Z-[0-9a-f]{12}$/;

export const isReleaseName = (name: string) => RELEASE_NAME.test(name);
export const isIncomingName = (name: string) => INCOMING_NAME.test(name);

export function nextReleaseName(existing: readonly string[], commit: string, now: Date): string {
  const counters = existing.map((name) => Number(RELEASE_NAME.exec(name)?.[1] ?? 0));
  const next = Math.max(0, ...counters) + 1;
  const time = now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  return `${String(next).padStart(6, '0')}-${time}-${commit.slice(0, 12)}`;
}

/** Oldest first. Zero-padded counters make this the code-point order. */
export function sortReleases(names: readonly string[]): string[] {
  return names.filter(isReleaseName).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The release published before `current`: what a rollback goes back to. */
export function previousRelease(releases: readonly string[], current: string): string | undefined {
  return sortReleases(releases)
    .filter((name) => name < current)
    .at(-1);
}

/**
 * The releases to delete: all but the newest `keep`, never one in `protect` (the live one and
 * the one a rollback would go back to, which after a rollback need not be among the newest).
 */
export function releasesToPrune(releases: readonly string[], keep: number, protect: readonly (string | undefined)[]): string[] {
  const sorted = sortReleases(releases);
  const kept = new Set([...sorted.slice(Math.max(0, sorted.length - keep)), ...protect]);
  return sorted.filter((name) => !kept.has(name));
}
