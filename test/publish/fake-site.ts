// Small stand-ins for what publishing works on: a throwaway git repository (for the commit
// check), a dist/ folder with its manifest.json (no browser), and readers of a published site.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { PublishTarget } from '../../scripts/publish/target.ts';
import { hashTree as hashFiles, sha256 } from '../helpers/build-fixture.ts';

export function tempDir(prefix = 'publish-test-'): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

const git = (dir: string, ...args: string[]) =>
  execFileSync('git', ['-C', dir, ...args], {
    encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 't@example.org' },
  }).trim();

/** A repository with one commit; returns its folder and a way to make further commits. */
export function makeRepo(dir: string): { dir: string; head(): string; commit(file: string, text: string): string } {
  mkdirSync(dir, { recursive: true });
  git(dir, 'init', '-q');
  const commit = (file: string, text: string) => {
    writeFileSync(join(dir, file), text);
    git(dir, 'add', file);
    git(dir, 'commit', '-q', '-m', `change ${file}`);
    return git(dir, 'rev-parse', 'HEAD');
  };
  commit('text.md', 'Första utgåvan\n');
  return { dir, head: () => git(dir, 'rev-parse', 'HEAD'), commit };
}

export type SiteFiles = Record<string, string | Uint8Array>;

/**
 * Writes a dist/ as the build does: the files, the build's mark (listed in the manifest, as
 * scripts/build/manifest.ts lists every file of the stage), and manifest.json with the commit.
 */
export function makeDist(dir: string, files: SiteFiles, commit: string | null, options: { listMark?: boolean } = {}): string {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, '.agreement-build'), '');
  const listed = Object.entries({ ...files, ...(options.listMark === false ? {} : { '.agreement-build': '' }) })
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([path, content]) => {
      const target = join(dir, path);
      if (path === '.agreement-build') return { path, bytes: 0, sha256: sha256('') };
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, content);
      const bytes = typeof content === 'string' ? Buffer.from(content) : content;
      return { path, bytes: bytes.length, sha256: sha256(bytes) };
    });
  const manifest = { source: { commit, date: '2026-01-01T00:00:00.000Z' }, artifacts: [], files: listed };
  writeFileSync(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return dir;
}

/** A site of `count` pages whose every byte says which version it is. */
export function siteVersion(version: string, count = 3): SiteFiles {
  const files: SiteFiles = {
    'index.html': `<!doctype html><title>Version ${version}</title>\n`,
    '2026-2029/index.html': `<h1>Överenskommelse ${version}</h1>\n`,
    '2026-2029/samverkansoverenskommelse-degerfors-2026-2029.pdf': Buffer.from(`%PDF-1.7 ${version}\n`),
    'gemensam.css': 'body { font-family: serif; }\n',
  };
  for (let i = 0; i < count; i += 1) files[`promises/lofte-${i}/index.html`] = `<p>Löfte ${i}, version ${version}</p>\n`;
  return files;
}

/** path → SHA-256 of every file under a folder (following `current`). */
export function hashTree(dir: string): Map<string, string> {
  return new Map(Object.entries(hashFiles(dir)));
}

/** What the release of a dist/ must hold: its manifest's files and manifest.json. */
export function expectedRelease(distDir: string): Map<string, string> {
  const tree = hashTree(distDir);
  tree.delete('.agreement-build');
  return tree;
}

export function currentLink(siteDir: string): string | undefined {
  try {
    return readlinkSync(join(siteDir, 'current'));
  } catch {
    return undefined;
  }
}

export function releaseFolders(siteDir: string): string[] {
  try {
    return readdirSync(join(siteDir, 'releases')).sort();
  } catch {
    return [];
  }
}

export function directoryTarget(path: string): PublishTarget {
  return {
    id: 'kommun',
    name: 'Kommunens webbplats',
    baseUrl: 'https://www.example.se/samverkan/',
    method: { type: 'directory', path },
    accessibilityContact: { email: 'tillganglighet@example.se' },
  };
}
