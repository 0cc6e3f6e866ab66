// The date a PDF carries. It must come from the sources, never from the clock or from file
// times, so that the same sources always give the same bytes.
import { execFileSync } from 'node:child_process';
import { EnvironmentError } from '../errors.ts';

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
    throw new EnvironmentError(
      `SOURCE_DATE_EPOCH måste vara ett heltal (sekunder sedan 1970-01-01 UTC), men är "${value}".`,
    );
  }
  const date = new Date(Number(value.trim()) * 1000);
  if (Number.isNaN(date.getTime())) {
    throw new EnvironmentError(`SOURCE_DATE_EPOCH är utanför giltiga datum: "${value}".`);
  }
  return date;
}

/** The date of the last commit that touched any of `paths`, or undefined when git cannot tell. */
export function lastCommitDate(paths: string[], root: string): Date | undefined {
  try {
    const out = execFileSync('git', ['log', '-1', '--format=%ct', '--', ...paths], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    // Empty when the paths have never been committed.
    return /^\d+$/.test(out) ? new Date(Number(out) * 1000) : undefined;
  } catch {
    // No git, not a repository, or a path outside it: the fallback is the answer then.
    return undefined;
  }
}

export function sourceDate(paths: string[], root: string, env: NodeJS.ProcessEnv = process.env): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && epoch !== '') return parseSourceDateEpoch(epoch);
  return lastCommitDate(paths, root) ?? FALLBACK_DATE;
}
