// Content trees and built folders for the build suites: fixtures copied into temp dirs (removed
// after the test file), the pages of a dist/ folder, and its files with their SHA-256.
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { FIXTURES_DIR } from './workspace.ts';

export { FIXTURES_DIR, REPOSITORY_ROOT } from './workspace.ts';

const made: string[] = [];

/** Removes the temp dirs made so far; test/setup/per-file.ts calls it after each test file. */
export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** An empty temp dir, removed after the test file. */
export function makeTempDir(prefix = 'agreement-build-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** A copy of test/fixtures/<name> (e.g. "hostile", "check/valid") in a temp dir; returns the copy's root. */
export function copyFixture(name: string): string {
  const root = join(makeTempDir('agreement-fixture-'), 'content');
  cpSync(join(FIXTURES_DIR, name), root, { recursive: true });
  return root;
}

/** Every file under `dir`, as sorted paths relative to it with forward slashes. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** Every HTML page a build wrote: index.html, each edition, each promise, any comparison. */
export function listHtmlPages(distDir: string): string[] {
  return listFiles(distDir).filter((path) => path.endsWith('.html'));
}

export const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

/** path → SHA-256 of every file under `dir`. */
export function hashTree(dir: string): Record<string, string> {
  return Object.fromEntries(listFiles(dir).map((path) => [path, sha256(readFileSync(join(dir, path)))]));
}

/** The pages the site fixture must produce, from its source folders (not from dist/). */
export function expectedPages(root = join(FIXTURES_DIR, 'site')): string[] {
  const editions = readdirSync(join(root, 'agreement'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => `${entry.name}/index.html`);
  const promises = readdirSync(join(root, 'promises'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `promises/${name.replace(/\.md$/, '')}/index.html`);
  return ['index.html', ...editions, ...promises].sort();
}
