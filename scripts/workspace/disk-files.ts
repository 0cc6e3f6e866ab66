// Content files on disk, under one root. Paths are relative with "/" and may not climb out of
// the root; links are reported as links, never followed.
import { lstat, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import type { Dirent, Stats } from 'node:fs';
import { dirname, isAbsolute, join, normalize, sep } from 'node:path';
import { compareCodePoints } from '../model/text.ts';
import type { EntryKind, SourceEntry, SourceFiles } from './workspace.ts';

function kindOf(entry: Dirent | Stats): EntryKind {
  if (entry.isSymbolicLink()) return 'symlink';
  if (entry.isDirectory()) return 'directory';
  if (entry.isFile()) return 'file';
  return 'other';
}

function codeError(code: string, message: string): NodeJS.ErrnoException {
  return Object.assign(new Error(message), { code });
}

export function diskFiles(root: string): SourceFiles {
  const absolute = (path: string) => {
    const normalized = normalize(path);
    if (isAbsolute(normalized) || normalized === '..' || normalized.startsWith(`..${sep}`)) {
      throw codeError('EACCES', `${path} ligger utanför ${root}`);
    }
    return join(root, normalized);
  };
  const statOf = (path: string) => lstat(absolute(path)).catch(() => undefined);
  return {
    async list(dir) {
      let entries: Dirent[];
      try {
        entries = await readdir(absolute(dir), { withFileTypes: true });
      } catch {
        return [];
      }
      return entries
        .map((entry): SourceEntry => ({ name: entry.name, kind: kindOf(entry) }))
        .sort((a, b) => compareCodePoints(a.name, b.name));
    },
    async kind(path) {
      const stats = await statOf(path);
      return stats ? kindOf(stats) : undefined;
    },
    async read(path) {
      const stats = await statOf(path);
      if (!stats) throw codeError('ENOENT', `${path} finns inte`);
      if (stats.isDirectory()) throw codeError('EISDIR', `${path} är en mapp`);
      // Only regular files: a FIFO or a device would block or never end.
      if (!stats.isFile()) throw codeError('EINVAL', `${path} är ingen vanlig fil`);
      return readFile(absolute(path));
    },
    async write(path, data) {
      const target = absolute(path);
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, data);
    },
    async remove(path) {
      await rm(absolute(path), { recursive: true, force: true });
    },
  };
}
