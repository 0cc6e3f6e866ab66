// dist/manifest.json: every published file with its size and SHA-256, and what each edition
// and promise is, so that publishing can verify what it uploads and sites can link to it.
// No build time in it: the same sources give the same manifest.
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { Content } from '../model/model.ts';
import { editionPagePath, editionPdfPath, MANIFEST, promisePagePath } from '../model/output-paths.ts';

export interface ManifestComparison {
  from: string;
  to: string;
  html: string;
  pdf: string;
}

export async function buildManifest(stageDir: string, content: Content, comparisons: ManifestComparison[]): Promise<string> {
  const files = [];
  for (const path of (await listFiles(stageDir)).sort()) {
    if (path === MANIFEST) continue;
    const bytes = await readFile(join(stageDir, path));
    files.push({ path, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') });
  }
  const manifest = {
    editions: content.editions.map((edition) => ({
      id: edition.id,
      title: edition.meta.data.title,
      status: edition.meta.data.status,
      period: edition.meta.data.period,
      html: editionPagePath(edition),
      pdf: editionPdfPath(edition),
    })),
    promises: content.promises.map((promise) => ({
      id: promise.meta.data.id,
      title: promise.meta.data.title,
      status: promise.meta.data.status ?? 'active',
      html: promisePagePath(promise.meta.data.id),
    })),
    comparisons,
    files,
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'));
}
