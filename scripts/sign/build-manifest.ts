// Signing a PDF of a build in place (CI signs dist/<edition>/*.pdf before publishing) changes
// its bytes, so the build's manifest.json must say so, or publishing refuses the build as
// changed after it was made. Only the signed file's size and SHA-256 change; the manifest is
// written beside itself and renamed, so a reader never sees half of it.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { OUTPUT_MARK } from '../build/stage-output.ts';
import { MANIFEST } from '../model/output-paths.ts';
import { sha256Hex } from '../model/digest.ts';

interface Manifest {
  files?: Array<{ path: string; bytes: number; sha256: string }>;
}

/** The build folder a file lies in: the nearest folder above it with the build's mark. */
function buildFolderOf(file: string): string | undefined {
  for (let dir = dirname(file); ; dir = dirname(dir)) {
    if (existsSync(join(dir, OUTPUT_MARK))) return dir;
    if (dirname(dir) === dir) return undefined;
  }
}

/**
 * Updates the manifest entry of `file` (an absolute path) to `bytes`. Returns the manifest's
 * path when the file is one its build lists, undefined when it is not in a build at all.
 */
export function updateBuildManifest(file: string, bytes: Uint8Array): string | undefined {
  const folder = buildFolderOf(file);
  if (!folder || !existsSync(join(folder, MANIFEST))) return undefined;
  const manifestPath = join(folder, MANIFEST);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
  const path = relative(folder, file).split(sep).join('/');
  const entry = manifest.files?.find((candidate) => candidate.path === path);
  if (!entry) return undefined;
  entry.bytes = bytes.length;
  entry.sha256 = sha256Hex(bytes);
  const temporary = join(folder, `.${MANIFEST}.${process.pid}.tmp`);
  writeFileSync(temporary, `${JSON.stringify(manifest, null, 2)}\n`);
  renameSync(temporary, manifestPath);
  return manifestPath;
}
