// Content for the scaling runs: n copies of one edition beside the real site configuration,
// glossary and promises. The copies are editions of their own (no derivedFrom), so n editions
// make n pages and n PDFs and nothing else grows with n.
import { posix } from 'node:path';
import { parseDocument } from 'yaml';
import { AGREEMENT_DIR, EDITION_FILE, GLOSSARY_FILE, PROMISES_DIR, SITE_FILE } from '../load/paths.ts';
import { filesUnder, type SourceFiles } from '../workspace/workspace.ts';

/** The edition the copies are made of. */
export const SYNTHETIC_SOURCE = '2026-2029';
const SHARED = [SITE_FILE, GLOSSARY_FILE].map((name) => posix.join(AGREEMENT_DIR, name));

export const syntheticId = (i: number) => `kopia-${String(i).padStart(3, '0')}`;

/** Writes into `target` the shared files and promises of `source` and `count` copies of its SYNTHETIC_SOURCE edition. */
export async function writeSyntheticEditions(source: SourceFiles, target: SourceFiles, count: number): Promise<void> {
  for (const path of [...SHARED, ...(await filesUnder(source, PROMISES_DIR))]) {
    if ((await source.kind(path)) === 'file') await target.write(path, await source.read(path));
  }
  const from = posix.join(AGREEMENT_DIR, SYNTHETIC_SOURCE);
  const files = await filesUnder(source, from);
  for (let i = 1; i <= count; i += 1) {
    const id = syntheticId(i);
    for (const path of files) {
      const relative = posix.relative(from, path);
      const bytes = await source.read(path);
      await target.write(posix.join(AGREEMENT_DIR, id, relative), relative === EDITION_FILE ? copiedEdition(bytes, id) : bytes);
    }
  }
}

function copiedEdition(bytes: Uint8Array, id: string): string {
  const document = parseDocument(new TextDecoder().decode(bytes));
  document.set('id', id);
  document.delete('derivedFrom');
  return document.toString();
}
