// Same sources and the same SOURCE_DATE_EPOCH give the same bytes: every HTML page, every PDF,
// every stylesheet and the manifest. Anyone can rebuild a published file and compare hashes,
// and publishing uploads only what really changed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { buildSite } from '../../scripts/build/build-site.ts';
import { hashTree, makeTempDir, sha256 } from '../helpers/build-fixture.ts';
import { diskTestWorkspace, FIXTURES_DIR } from '../helpers/workspace.ts';

let first: Record<string, string>;
let second: Record<string, string>;
let secondDir: string;

beforeAll(async () => {
  // A second build, into a folder of another name and later than the test run's own: neither
  // the output path nor the time of the build may show in the bytes.
  secondDir = join(makeTempDir('agreement-repro-'), 'site', 'dist');
  const result = await buildSite(diskTestWorkspace(join(FIXTURES_DIR, 'site')), { outDir: secondDir });
  if (!result.built) throw new Error('The site fixture did not build');
  first = hashTree(inject('distDir'));
  second = hashTree(secondDir);
});

describe('two builds of the same sources', () => {
  it('write the same files, HTML, PDF and manifest among them', () => {
    const files = Object.keys(first);
    expect(Object.keys(second)).toEqual(files);
    expect(files).toContain('manifest.json');
    expect(files.filter((path) => path.endsWith('.html')).length).toBeGreaterThan(2);
    expect(files.filter((path) => path.endsWith('.pdf')).length).toBeGreaterThan(0);
  });

  it('write every file byte for byte the same', () => {
    const differing = Object.keys(first).filter((path) => first[path] !== second[path]);
    expect(differing).toEqual([]);
  });

  it('write a manifest whose SHA-256 and size match every other file', () => {
    const manifest = JSON.parse(readFileSync(join(secondDir, 'manifest.json'), 'utf8')) as {
      files: Array<{ path: string; bytes: number; sha256: string }>;
    };
    const listed = Object.fromEntries(manifest.files.map((file) => [file.path, file.sha256]));
    const { 'manifest.json': _self, ...others } = second;
    expect(listed).toEqual(others);
    for (const file of manifest.files) {
      const bytes = readFileSync(join(secondDir, file.path));
      expect(file.bytes, file.path).toBe(bytes.length);
      expect(file.sha256, file.path).toBe(sha256(bytes));
    }
  });
});
