// Content files held in memory: tests give the pipeline a whole repository without a
// temporary folder. A value of { kind } stands for what cannot be held as bytes (a link, a FIFO).
import { posix } from 'node:path';
import { sv } from '../language/index.ts';
import { compareCodePoints } from '../model/text.ts';
import { type EntryKind, fileError, type SourceEntry, type SourceFiles } from './workspace.ts';

// Below any content, so no site configuration chooses the language: Swedish (sv) directly.
const words = sv.workspace.files;

export type MemoryEntry = string | Uint8Array | { kind: 'symlink' | 'other' };

export function memoryFiles(initial: Record<string, MemoryEntry> = {}): SourceFiles & { entries: Map<string, MemoryEntry> } {
  const entries = new Map(Object.entries(initial).map(([path, value]) => [posix.normalize(path), value]));
  const kindOf = (path: string): EntryKind | undefined => {
    const value = entries.get(path);
    if (value !== undefined) return typeof value === 'string' || value instanceof Uint8Array ? 'file' : value.kind;
    const prefix = path === '' || path === '.' ? '' : `${path}/`;
    return [...entries.keys()].some((key) => key.startsWith(prefix)) ? 'directory' : undefined;
  };
  return {
    entries,
    async list(dir) {
      const prefix = dir === '' || dir === '.' ? '' : `${posix.normalize(dir)}/`;
      const names = new Set<string>();
      for (const key of entries.keys()) {
        if (key.startsWith(prefix)) names.add(key.slice(prefix.length).split('/')[0]!);
      }
      return [...names]
        .sort(compareCodePoints)
        .map((name): SourceEntry => ({ name, kind: kindOf(prefix + name)! }));
    },
    async kind(path) {
      return kindOf(posix.normalize(path));
    },
    async read(path, maxBytes = Infinity) {
      const normalized = posix.normalize(path);
      const value = entries.get(normalized);
      const bytes = typeof value === 'string' ? new TextEncoder().encode(value) : value instanceof Uint8Array ? value : undefined;
      if (bytes && bytes.length > maxBytes) throw fileError('EFBIG', words.tooLarge(path, maxBytes));
      if (bytes) return bytes;
      if (value) throw fileError('EINVAL', words.notRegular(path));
      throw fileError(kindOf(normalized) === 'directory' ? 'EISDIR' : 'ENOENT', words.missing(path));
    },
    async write(path, data) {
      entries.set(posix.normalize(path), data);
    },
    async remove(path) {
      const normalized = posix.normalize(path);
      for (const key of [...entries.keys()]) if (key === normalized || key.startsWith(`${normalized}/`)) entries.delete(key);
    },
  };
}
