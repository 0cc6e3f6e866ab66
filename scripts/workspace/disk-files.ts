// Content files on disk, under one root. Paths are relative with "/" and may not climb out of
// the root; links are reported as links, never followed, and nothing is reached through a
// linked folder either: a linked promises/ folder could lead anywhere on the machine.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { closeSync, constants, type Dirent, fstatSync, lstatSync, openSync, readdirSync, readFileSync, type Stats } from 'node:fs';
import { dirname, isAbsolute, join, normalize, sep } from 'node:path';
import { sv } from '../language/index.ts';
import { compareCodePoints } from '../model/text.ts';
import { type EntryKind, fileError, type SourceEntry, type SourceFiles } from './workspace.ts';

function kindOf(entry: Dirent | Stats): EntryKind {
  if (entry.isSymbolicLink()) return 'symlink';
  if (entry.isDirectory()) return 'directory';
  if (entry.isFile()) return 'file';
  return 'other';
}

// Looking and reading use the synchronous calls: content files are small and local, and a check
// reads some 30 of them with about ten calls each, where every round trip through the thread
// pool cost more than the call itself (npm run bench measures the check).
function lstatQuiet(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

// Below any content, so no site configuration chooses the language: Swedish (sv) directly.
const words = sv.workspace.files;

// What the system refuses on the way (EACCES, EIO) is said like the other file errors: the relative
// path and the code, never a raw system error with the absolute path.
function orUnreadable<T>(path: string, call: () => T): T {
  try {
    return call();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw fileError(code ?? 'EIO', words.unreadable(path, code));
  }
}

export function diskFiles(root: string): SourceFiles {
  const relativeParts = (path: string) => {
    const normalized = normalize(path);
    if (isAbsolute(normalized) || normalized === '..' || normalized.startsWith(`..${sep}`)) {
      throw fileError('EACCES', words.outside(path, root));
    }
    return normalized === '.' ? [] : normalized.split(sep).filter((part) => part !== '');
  };
  /** The absolute path, when no folder on the way to it (below the root) is a link or a special file. */
  const reachable = (path: string): string | undefined => {
    const parts = relativeParts(path);
    let current = root;
    for (const part of parts.slice(0, -1)) {
      current = join(current, part);
      const stats = lstatQuiet(current);
      // A folder that does not exist yet is no link (write creates it).
      if (stats && !stats.isDirectory()) return undefined;
    }
    return join(root, ...parts);
  };
  // The entry itself, not what a link points at; a path through a linked folder stands for the link.
  const statOf = (path: string): Stats | 'through-link' | undefined => {
    const target = reachable(path);
    if (target === undefined) return lstatAny(path) ? 'through-link' : undefined;
    return lstatQuiet(target);
  };
  // Whether anything at all stands at the path, following links (only to tell a link from nothing).
  const lstatAny = (path: string) => lstatQuiet(join(root, ...relativeParts(path)));
  return {
    async list(dir) {
      const target = reachable(dir);
      if (target === undefined || !lstatQuiet(target)?.isDirectory()) return [];
      let entries: Dirent[];
      try {
        // withFileTypes takes each kind from the folder itself: no entry is opened or followed.
        entries = readdirSync(target, { withFileTypes: true });
      } catch {
        return [];
      }
      return entries
        .map((entry): SourceEntry => ({ name: entry.name, kind: kindOf(entry) }))
        .sort((a, b) => compareCodePoints(a.name, b.name));
    },
    async kind(path) {
      const stats = statOf(path);
      if (stats === 'through-link') return 'symlink';
      return stats ? kindOf(stats) : undefined;
    },
    async read(path, maxBytes = Infinity) {
      const stats = statOf(path);
      if (!stats) throw fileError('ENOENT', words.missing(path));
      if (stats === 'through-link' || stats.isSymbolicLink()) throw fileError('ELOOP', words.throughLink(path));
      if (stats.isDirectory()) throw fileError('EISDIR', words.isFolder(path));
      // Only regular files: a FIFO or a device would block or never end.
      if (!stats.isFile()) throw fileError('EINVAL', words.notRegular(path));
      // Opened without following a link and without waiting on a FIFO, then checked again on the
      // open file: what was checked above could have been swapped for a link or a FIFO since.
      const fd = orUnreadable(path, () => openSync(join(root, ...relativeParts(path)), constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK));
      try {
        const opened = fstatSync(fd);
        if (!opened.isFile()) throw fileError('EINVAL', words.notRegular(path));
        if (opened.size > maxBytes) throw fileError('EFBIG', words.tooLarge(path, maxBytes));
        return orUnreadable(path, () => readFileSync(fd));
      } finally {
        closeSync(fd);
      }
    },
    async write(path, data) {
      const target = reachable(path);
      const existing = target === undefined ? undefined : lstatQuiet(target);
      if (target === undefined || existing?.isSymbolicLink()) throw fileError('ELOOP', words.writeThroughLink(path));
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, data);
    },
    async remove(path) {
      const target = reachable(path);
      if (target === undefined) return;
      await rm(target, { recursive: true, force: true });
    },
  };
}
