// Builds the site fixture (test/fixtures/site, a frozen copy of the Degerfors content) once for
// all test files, into a temporary folder, with a fixed SOURCE_DATE_EPOCH; the suites read what
// a user would publish from there. A fixture, not the repository's content: a coordinator's
// ordinary edit of agreement/ or promises/ never turns a code test red.
//
// It runs the compiled command, as `npm run build` does: nothing else runs while the global
// setup does, and the compiled tool builds in half the time the test runner's on-the-fly
// TypeScript takes. `npm test` compiles first; run directly, a bundle older than the sources is
// rebuilt here, so the suites never read a stale tool's output. (reproducible.test.ts builds the
// same fixture from the sources in-process and finds the same bytes.)
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { FIXTURES_DIR, REPOSITORY_ROOT, TEST_SOURCE_DATE_EPOCH } from '../helpers/workspace.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** dist/ of the site fixture, built once per test run. */
    distDir: string;
    /** strace's record of that build's network calls; empty when strace is not installed. */
    buildTrace: string;
  }
}

const MAIN = join(REPOSITORY_ROOT, '.tsbuild/scripts/cli/main.js');

// What the bundle is made from: the code, the schemas it includes, and the installed dependencies.
function newestSource(): number {
  const files = ['scripts', 'schema'].flatMap((dir) =>
    readdirSync(join(REPOSITORY_ROOT, dir), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name)),
  );
  return [...files, join(REPOSITORY_ROOT, 'package-lock.json')].reduce((newest, file) => Math.max(newest, statSync(file).mtimeMs), 0);
}

function compiledIsCurrent(): boolean {
  try {
    return statSync(MAIN).mtimeMs >= newestSource();
  } catch {
    return false;
  }
}

export default async function setup(project: TestProject) {
  if (!compiledIsCurrent()) execFileSync(process.execPath, [join(REPOSITORY_ROOT, 'scripts/setup/compile.mjs')], { stdio: 'inherit' });
  // The run's own temporary folder, which the workers inherit: whatever a test or a worker's
  // browser leaves in it (a worker ends without closing its browser) goes with it.
  const runTemp = await mkdtemp(join(tmpdir(), 'agreement-test-'));
  const previousTemp = process.env.TMPDIR;
  process.env.TMPDIR = runTemp;
  const parent = await mkdtemp(join(runTemp, 'agreement-dist-'));
  const outDir = join(parent, 'dist');
  // The build runs under strace where there is one, so that browser.test.ts can show, from this
  // very build, that nothing leaves the machine; tracing costs less than a second build would.
  // Whether tracing works, not only whether strace is installed: a container may refuse ptrace.
  const traced = spawnSync('strace', ['-f', '-qq', '-o', '/dev/null', 'true']).status === 0;
  const trace = traced ? join(runTemp, 'build-trace.txt') : '';
  const command = [process.execPath, MAIN, 'build', '--out', outDir];
  const tracer = ['-f', '-qq', '-yy', '--seccomp-bpf', '-e', 'trace=%network', '-o', trace];
  const [program, ...args] = traced ? ['strace', ...tracer, ...command] : command;
  const run = spawnSync(program!, args, {
    cwd: REPOSITORY_ROOT,
    env: { ...process.env, AGREEMENT_ROOT: join(FIXTURES_DIR, 'site'), SOURCE_DATE_EPOCH: TEST_SOURCE_DATE_EPOCH, GITHUB_ACTIONS: '', GITLAB_CI: '' },
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`The site fixture does not build (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
  project.provide('distDir', outDir);
  project.provide('buildTrace', trace);
  return async () => {
    if (previousTemp === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previousTemp;
    await rm(runTemp, { recursive: true, force: true, maxRetries: 5 });
  };
}
