// The machine the figures came from, and the versions of what was measured: a figure means
// nothing without them.
import { readFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem } from 'node:os';
import { sv } from '../language/index.ts';
import { runProcess } from '../publish/run-process.ts';
import type { Workspace } from '../workspace/workspace.ts';

export interface Machine {
  cpu: string;
  cores: number;
  memoryMb: number;
  kernel: string;
  node: string;
  chromium: string;
  mdToPdf: string;
  /** Absent when pandoc is not installed. */
  pandoc?: string;
}

/** The first line a program prints for `args` (its version), or undefined when it cannot run. */
async function versionOf(command: string, args: readonly string[]): Promise<string | undefined> {
  try {
    const result = await runProcess(command, args, { timeoutMs: 30_000 });
    return result.code === 0 ? result.stdout.trim().split('\n')[0] : undefined;
  } catch {
    return undefined;
  }
}

export async function describeMachine(workspace: Workspace, browser: string): Promise<Machine> {
  const mdToPdf = JSON.parse(readFileSync(workspace.assets.packageFile('md-to-pdf', 'package.json'), 'utf8')) as { version: string };
  const pandoc = await versionOf('pandoc', ['--version']);
  return {
    cpu: cpus()[0]?.model.trim() ?? sv.bench.unknown,
    cores: cpus().length,
    memoryMb: Math.round(totalmem() / 2 ** 20),
    kernel: release(),
    node: process.version,
    chromium: (await versionOf(browser, ['--version'])) ?? sv.bench.unknown,
    mdToPdf: mdToPdf.version,
    ...(pandoc ? { pandoc } : {}),
  };
}

/** The 1-minute load average: the figures are only as good as the machine was quiet. */
export const load = () => Math.round(loadavg()[0]! * 100) / 100;
