// dist/manifest.json: where the build came from, every artifact with what it is of, and every
// published file with its size and SHA-256, so that publishing can verify what it uploads and
// a reader can check a download. No build time in it: the same sources give the same manifest.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { PROMISES_DIR, AGREEMENT_DIR } from '../load/paths.ts';
import { MANIFEST } from '../model/output-paths.ts';
import type { Workspace } from '../workspace/workspace.ts';
import type { Artifact } from './outputs.ts';
import { sha256Hex } from '../model/digest.ts';

/** `site` is the publishing target the build is for, if any: publishing refuses a build for another site. */
export async function buildManifest(workspace: Workspace, stageDir: string, artifacts: readonly Artifact[], site?: string): Promise<string> {
  const files = [];
  for (const path of (await listFiles(stageDir)).sort()) {
    if (path === MANIFEST) continue;
    const bytes = await readFile(join(stageDir, path));
    files.push({ path, bytes: bytes.length, sha256: sha256Hex(bytes) });
  }
  const manifest = {
    source: {
      commit: workspace.commit() ?? null,
      date: workspace.sourceDate([AGREEMENT_DIR, PROMISES_DIR]).toISOString(),
    },
    site: site ?? null,
    artifacts: artifacts.map((artifact) => ({ output: artifact.output, kind: artifact.kind, path: artifact.path, ...artifact.subject })),
    files,
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'));
}
