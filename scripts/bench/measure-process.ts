// One run of a real process, timed from spawn to exit, with the peak resident memory of the
// largest process in its tree (GNU time's %M: the kernel's ru_maxrss over every child waited
// for, so npm's node, the build's node and Chromium's processes alike).
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { EnvironmentError } from '../errors.ts';
import { sv } from '../language/index.ts';
import { runProcess } from '../publish/run-process.ts';

const GNU_TIME = '/usr/bin/time';

export interface Measurement {
  ms: number;
  /** Peak resident set of the largest process in the tree, in kB; absent for what runs in-process. */
  peakKb?: number;
}

export interface ProcessSpec {
  command: string;
  args: readonly string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
}

export async function measureProcess(spec: ProcessSpec): Promise<Measurement> {
  if (!existsSync(GNU_TIME)) {
    throw new EnvironmentError(sv.bench.noGnuTime(GNU_TIME));
  }
  const scratch = await mkdtemp(join(tmpdir(), 'agreement-bench-time-'));
  try {
    const report = join(scratch, 'peak');
    const start = performance.now();
    const result = await runProcess(GNU_TIME, ['-f', '%M', '-o', report, spec.command, ...spec.args], {
      cwd: spec.cwd,
      env: spec.env,
      timeoutMs: 600_000,
    });
    const ms = performance.now() - start;
    if (result.code !== 0) {
      const output = `${result.stdout}\n${result.stderr}`.trim().split('\n').slice(-5).join('\n  ');
      throw new EnvironmentError(sv.bench.failed([spec.command, ...spec.args].join(' '), result.code, output));
    }
    const peakKb = Number((await readFile(report, 'utf8')).trim().split('\n').at(-1));
    return Number.isFinite(peakKb) ? { ms, peakKb } : { ms };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
