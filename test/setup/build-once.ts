// Builds the site fixture (test/fixtures/site, a frozen copy of the Degerfors content) once for
// all test files, into a temporary folder, with a fixed SOURCE_DATE_EPOCH; the suites read what
// a user would publish from there. A fixture, not the repository's content: a coordinator's
// ordinary edit of agreement/ or promises/ never turns a code test red.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite } from '../../scripts/build/build-site.ts';
import { formatProblems } from '../../scripts/report/reporter.ts';
import { diskTestWorkspace, FIXTURES_DIR } from '../helpers/workspace.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** dist/ of the site fixture, built once per test run. */
    distDir: string;
  }
}


export default async function setup(project: TestProject) {
  const parent = await mkdtemp(join(tmpdir(), 'agreement-dist-'));
  const outDir = join(parent, 'dist');
  const result = await buildSite(diskTestWorkspace(join(FIXTURES_DIR, 'site')), { outDir });
  if (!result.built) throw new Error(`The site fixture does not build:\n${formatProblems(result.content.files, 'text')}`);
  project.provide('distDir', outDir);
  return async () => {
    await rm(parent, { recursive: true, force: true });
  };
}
