// What gets published is exactly what the build wrote: every file the manifest lists, with
// its size and SHA-256, and nothing else. A file edited, added or lost after the build stops
// publishing before anything leaves the machine.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { OUTPUT_MARK } from '../build/stage-output.ts';
import { sha256Hex } from '../model/digest.ts';
import { EnvironmentError } from '../errors.ts';
import { sv } from '../language/index.ts';
import { MANIFEST } from '../model/output-paths.ts';

const words = sv.publish.build;

export interface ManifestFile {
  path: string;
  bytes: number;
  sha256: string;
}

export interface VerifiedBuild {
  dir: string;
  /** The commit the build was made from. */
  commit: string;
  /** The publishing target the build was made for (npm run build -- --site), or null for a build for none. */
  site: string | null;
  /** Every file a release holds: the manifest's files and manifest.json itself, which sites link to. */
  files: ManifestFile[];
}

export async function verifyBuild(dir: string): Promise<VerifiedBuild> {
  const manifestBytes = await readFile(join(dir, MANIFEST)).catch(() => {
    throw new EnvironmentError(words.noManifest(join(dir, MANIFEST)));
  });
  const { commit, files, site } = parseManifest(manifestBytes.toString('utf8'), dir);
  const listed = new Map(files.map((file) => [file.path, file]));
  const onDisk = await listFiles(dir);
  for (const path of onDisk) {
    if (path === MANIFEST || (path === OUTPUT_MARK && !listed.has(path))) continue;
    if (!listed.has(path)) fail(dir, words.notListed(path));
  }
  for (const file of files) {
    if (!onDisk.has(file.path)) fail(dir, words.missing(file.path));
    const bytes = await readFile(join(dir, file.path));
    if (bytes.length !== file.bytes || sha256Hex(bytes) !== file.sha256) fail(dir, words.changed(file.path));
  }
  // The build lists its own mark among the files; it says who owns dist/, and is no page of the site.
  const published = files.filter((file) => file.path !== OUTPUT_MARK);
  return { dir, commit, site, files: [...published, { path: MANIFEST, bytes: manifestBytes.length, sha256: sha256Hex(manifestBytes) }] };
}

function fail(dir: string, reason: string): never {
  throw new EnvironmentError(words.doesNotMatch(dir, reason));
}

function parseManifest(text: string, dir: string): { commit: string; site: string | null; files: ManifestFile[] } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    fail(dir, words.notJson);
  }
  const manifest = data as { source?: { commit?: unknown }; site?: unknown; files?: unknown };
  const commit = manifest.source?.commit;
  if (commit === null || commit === undefined) {
    throw new EnvironmentError(words.noCommit(join(dir, MANIFEST)));
  }
  if (typeof commit !== 'string' || !/^[0-9a-f]{40}$/.test(commit)) fail(dir, words.notACommit);
  if (!Array.isArray(manifest.files)) fail(dir, words.noFiles);
  const seen = new Set<string>();
  const files = manifest.files.map((entry: unknown): ManifestFile => {
    const file = entry as Partial<ManifestFile>;
    if (typeof file.path !== 'string' || !isSafePath(file.path) || file.path === MANIFEST) {
      fail(dir, words.badPath(JSON.stringify(file.path)));
    }
    if (!Number.isSafeInteger(file.bytes) || typeof file.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(file.sha256)) {
      fail(dir, words.noDigest(file.path));
    }
    if (seen.has(file.path)) fail(dir, words.twice(file.path));
    seen.add(file.path);
    return { path: file.path, bytes: file.bytes!, sha256: file.sha256 };
  });
  return { commit, site: typeof manifest.site === 'string' ? manifest.site : null, files };
}

/**
 * A path that stays inside the release on every server: relative, "/"-separated, no "." or
 * ".." parts, no control characters or backslashes (which sha256sum and rsync treat specially).
 */
export function isSafePath(path: string): boolean {
  if (path === '' || path.startsWith('/') || /[\u0000-\u001f\u007f\\]/.test(path)) return false;
  return path.split('/').every((part) => part !== '' && part !== '.' && part !== '..');
}

/** Regular files, as "/"-separated paths; anything else (a symbolic link, a socket) is refused. */
async function listFiles(dir: string): Promise<Set<string>> {
  const files = new Set<string>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    const path = relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/');
    if (entry.isFile()) files.add(path);
    else if (!entry.isDirectory()) fail(dir, sv.workspace.files.notRegular(path));
  }
  return files;
}
