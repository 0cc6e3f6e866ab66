// Locks of signed editions: for each locked edition, a SHA-256 of every source file, so that
// `check` can tell when the signed record has changed. The hash is taken of the text as the
// loader reads it (UTF-8, BOM dropped, LF line endings): a checkout that only converts line
// endings is not a change of the agreement; a change of one word is.
import { posix, sep } from 'node:path';
import { VFile } from 'vfile';
import { ContentError, EnvironmentError } from '../errors.ts';
import { sv } from '../language/index.ts';
import { AGREEMENT_DIR } from '../load/paths.ts';
import { citedPromises } from '../model/citations.ts';
import type { Content } from '../model/model.ts';
import { compareCodePoints } from '../model/text.ts';
import type { Workspace } from '../workspace/workspace.ts';
import { sha256Hex } from '../model/digest.ts';

export const LOCK_FILE = posix.join(AGREEMENT_DIR, 'locks.json');

/** Edition id → path inside the edition's folder → hex SHA-256. */
export type Locks = Record<string, Record<string, string>>;

interface LockFileData {
  $comment: string;
  editions: Locks;
}

// The lock file is read while loading, before the site configuration is known, and is the
// same file whatever the site's language: its words are Swedish (sv) directly.
const words = sv.workspace.lockFile;

export interface LockFileRead {
  /** The lock file, to report problems in it on. */
  file: VFile;
  locks: Locks;
  /** Why the file could not be used, if it could not. */
  problem?: string;
}

/**
 * The lock file, read through the Workspace when the content is loaded, so the lock rule works
 * on data. A lock file that is there but cannot be read is the machine's problem, not the content's.
 */
export async function readLocks(workspace: Workspace): Promise<LockFileRead> {
  let bytes: Uint8Array;
  try {
    bytes = await workspace.files.read(LOCK_FILE);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { file: new VFile({ path: LOCK_FILE, cwd: workspace.root }), locks: {} };
    throw new EnvironmentError(words.unreadable(LOCK_FILE, code));
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new EnvironmentError(words.notUtf8(LOCK_FILE));
  }
  const file = new VFile({ path: LOCK_FILE, cwd: workspace.root, value: text });
  try {
    const data = JSON.parse(text) as Partial<LockFileData> | null;
    const editions = data?.editions;
    if (!isLocks(editions)) return { file, locks: {}, problem: words.wrongShape };
    return { file, locks: editions };
  } catch (error) {
    return { file, locks: {}, problem: words.notJson((error as Error).message) };
  }
}

function isLocks(value: unknown): value is Locks {
  const isRecord = (item: unknown): item is Record<string, unknown> => typeof item === 'object' && item !== null && !Array.isArray(item);
  return isRecord(value) && Object.values(value).every((files) => isRecord(files) && Object.values(files).every((hash) => typeof hash === 'string'));
}

/** Records (or replaces) one edition's lock; the file is written sorted, so it diffs cleanly. */
export async function writeLock(workspace: Workspace, id: string, hashes: Record<string, string>): Promise<void> {
  const { locks, problem } = await readLocks(workspace);
  if (problem) throw new ContentError(words.cannotWrite(LOCK_FILE, problem));
  const editions = Object.fromEntries(Object.entries({ ...locks, [id]: hashes }).sort(([a], [b]) => compareCodePoints(a, b)));
  const data: LockFileData = { $comment: words.comment, editions };
  await workspace.files.write(LOCK_FILE, `${JSON.stringify(data, null, 2)}\n`);
}

export function editionFolder(id: string): string {
  return posix.join(AGREEMENT_DIR, id);
}

/**
 * The edition's loaded source files, keyed by path relative to its folder, sorted: its own
 * files, and the promises it cites (as ../../promises/…), whose words are its footnotes.
 */
export function editionSources(content: Content, id: string): Map<string, VFile> {
  const folder = editionFolder(id);
  const edition = content.editions.find((candidate) => candidate.id === id);
  const cited = new Set(edition ? citedPromises(content, edition).map((promise) => promise.meta.file) : []);
  const entries = content.files
    .map((file) => [file.path.split(sep).join('/'), file] as const)
    // A file the loader missed has no value: it is absent, not empty.
    .filter(([path, file]) => (path.startsWith(`${folder}/`) || cited.has(file)) && file.value !== undefined)
    .map(([path, file]) => [posix.relative(folder, path), file] as const)
    .sort(([a], [b]) => compareCodePoints(a, b));
  return new Map(entries);
}

/**
 * What of a file the lock holds. Of a cited promise, only what the signed document shows: its
 * focus areas and status may change later (a new edition citing it, the promise ending) without
 * changing a word of the signed record.
 */
export function lockedText(content: Content, file: VFile): string {
  const promise = content.promises.find((candidate) => candidate.meta.file === file);
  if (!promise) return String(file.value);
  const { focusAreas, status, ...shown } = promise.meta.data;
  const body = String(file.value).replace(/^---\n[\s\S]*?\n---\n?/, '');
  return JSON.stringify({ ...shown, body });
}

export function hashSources(content: Content, sources: Map<string, VFile>): Record<string, string> {
  return Object.fromEntries([...sources].map(([path, file]) => [path, sha256Hex(lockedText(content, file))]));
}

export interface LockDifference {
  changed: string[];
  added: string[];
  removed: string[];
}

export function differences(locked: Record<string, string>, current: Record<string, string>): LockDifference {
  const lockedPaths = Object.keys(locked).sort(compareCodePoints);
  const currentPaths = Object.keys(current).sort(compareCodePoints);
  return {
    changed: currentPaths.filter((path) => path in locked && locked[path] !== current[path]),
    added: currentPaths.filter((path) => !(path in locked)),
    removed: lockedPaths.filter((path) => !(path in current)),
  };
}

export function isUnchanged(difference: LockDifference): boolean {
  return difference.changed.length + difference.added.length + difference.removed.length === 0;
}
