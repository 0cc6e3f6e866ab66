// Runs git, ssh and rsync from an argument array: no local shell ever parses a path, a host
// or a key. Output is collected; a process that hangs (a dead network) is stopped.
import { spawn } from 'node:child_process';
import { EnvironmentError } from '../errors.ts';
import { sv } from '../language/index.ts';

const DEBIAN_PACKAGE: Record<string, string> = { git: 'git', ssh: 'openssh-client', rsync: 'rsync' };

export interface ProcessResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd?: string;
  input?: string;
  timeoutMs?: number;
  env?: NodeJS.ProcessEnv;
}

export function runProcess(command: string, args: readonly string[], options: RunOptions = {}): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      // Without env the child inherits this process's environment (PATH, HOME for ssh).
      env: options.env,
      stdio: ['pipe', 'pipe', 'pipe'],
      timeout: options.timeoutMs ?? 120_000,
      killSignal: 'SIGKILL',
    });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') return reject(error);
      reject(new EnvironmentError(sv.publish.process.missing(command, DEBIAN_PACKAGE[command])));
    });
    child.on('close', (code, signal) =>
      resolve({
        code: signal ? null : code,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8') + (signal ? `\n${sv.publish.process.stopped(signal)}` : ''),
      }),
    );
    // A child that exits before reading its input must not crash us with EPIPE.
    child.stdin.on('error', () => {});
    child.stdin.end(options.input ?? '');
  });
}

/** The last non-empty line of a tool's error output: what ssh or rsync says went wrong. */
export function lastLine(text: string): string {
  return (
    text
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
      .at(-1) ?? ''
  );
}
