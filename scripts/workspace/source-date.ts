// The date a PDF carries. It must come from the sources, never from the clock or from file
// times, so that the same sources always give the same bytes.
import { execFileSync } from 'node:child_process';
import { EnvironmentError } from '../errors.ts';
import { sv } from '../language/index.ts';

/**
 * Used when neither SOURCE_DATE_EPOCH nor git can say: a fixed date rather than "now", because
 * "now" and file mtimes (which a checkout or copy resets) both change the bytes on every build.
 * 1980-01-01 is the customary stand-in (ZIP's epoch, used by reproducible-builds tooling), and
 * it only reaches a PDF's metadata, never its visible text.
 */
export const FALLBACK_DATE = new Date(Date.UTC(1980, 0, 1));

export function parseSourceDateEpoch(value: string): Date {
  // The reproducible-builds spec: a decimal count of seconds since 1970, nothing else.
  if (!/^\d+$/.test(value.trim())) {
    throw new EnvironmentError(sv.workspace.sourceDate.notInteger(value));
  }
  const date = new Date(Number(value.trim()) * 1000);
  if (Number.isNaN(date.getTime())) {
    throw new EnvironmentError(sv.workspace.sourceDate.outOfRange(value));
  }
  return date;
}

/**
 * path → time of the last commit that touched it, from one `git log` over the whole history:
 * one process per build instead of one per document. Undefined when git cannot tell.
 */
export function commitTimes(root: string): Map<string, number> | undefined {
  let out: string;
  try {
    out = execFileSync('git', ['log', '--format=%x00%ct', '--name-only', '--no-renames', '-z', '--relative', '--', '.'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 256 * 1024 * 1024,
    });
  } catch {
    // No git, not a repository: the fallback is the answer then.
    return undefined;
  }
  // "\0<time>\0\n<file>\0<file>\0\0<time>…": a time is the field after an empty one.
  const times = new Map<string, number>();
  let current = 0;
  let previous: string | undefined;
  for (const field of out.split('\0')) {
    if (previous === '' && /^\d+$/.test(field)) current = Number(field);
    else if (field !== '') {
      const path = field.replace(/^\n/, '');
      // Newest first: the first time seen for a path is its last commit.
      if (!times.has(path)) times.set(path, current);
    }
    previous = field;
  }
  return times;
}

/** The last commit time of any file at or under `paths` (files or folders, relative with "/"). */
export function lastCommitDate(times: Map<string, number>, paths: readonly string[]): Date | undefined {
  let latest: number | undefined;
  for (const [file, time] of times) {
    if (paths.some((path) => file === path || file.startsWith(`${path.replace(/\/$/, '')}/`))) {
      if (latest === undefined || time > latest) latest = time;
    }
  }
  return latest === undefined ? undefined : new Date(latest * 1000);
}
