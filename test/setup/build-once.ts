// Builds the repository's own content once for all test files, into a temporary folder, with
// a fixed SOURCE_DATE_EPOCH; the suites read what a user would publish from there.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite } from '../../scripts/build/build-site.ts';
import { formatProblems } from '../../scripts/report/reporter.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** dist/ of the repository's content, built once per test run. */
    distDir: string;
  }
}

export const TEST_SOURCE_DATE_EPOCH = '1767225600'; // 2026-01-01T00:00:00Z

export default async function setup(project: TestProject) {
  const parent = await mkdtemp(join(tmpdir(), 'agreement-dist-'));
  const outDir = join(parent, 'dist');
  const result = await buildSite({
    root: resolve(import.meta.dirname, '../..'),
    outDir,
    env: { ...process.env, SOURCE_DATE_EPOCH: TEST_SOURCE_DATE_EPOCH },
  });
  if (!result.built) throw new Error(`The repository's content does not build:\n${formatProblems(result.content.files, 'text')}`);
  project.provide('distDir', outDir);
  return async () => {
    await rm(parent, { recursive: true, force: true });
  };
}
