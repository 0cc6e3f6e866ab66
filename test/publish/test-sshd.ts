// A real OpenSSH server on a free loopback port, for the rsync target's tests: throwaway host
// and user keys in a temporary folder, key login for the current user only, stopped by the test.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { userInfo } from 'node:os';
import { join } from 'node:path';

export const SSHD = '/usr/sbin/sshd';

/** Whether this machine can run the test server (Debian: openssh-server, openssh-client, rsync). */
export function sshdAvailable(): boolean {
  const onPath = (tool: string) => {
    try {
      execFileSync('sh', ['-c', 'command -v "$1"', 'sh', tool], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  };
  return existsSync(SSHD) && onPath('ssh') && onPath('ssh-keygen') && onPath('rsync');
}

export interface TestSshd {
  port: number;
  user: string;
  /** The server's public host key line ("ssh-ed25519 AAAA…"). */
  hostKey: string;
  /** A valid key line that is not the server's. */
  otherHostKey: string;
  /** The client's private key file, as PUBLISH_SSH_KEY would name it. */
  userKeyPath: string;
  stop(): Promise<void>;
}

function keygen(file: string): string {
  execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', '', '-f', file]);
  return readFileSync(`${file}.pub`, 'utf8').trim();
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Resolves once the server sends its SSH banner; bounded by `timeoutMs`. */
async function waitForBanner(port: number, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`sshd exited with ${child.exitCode}`);
    const ok = await new Promise<boolean>((resolve) => {
      const socket = createConnection({ port, host: '127.0.0.1' });
      socket.setTimeout(500);
      socket.once('data', (data) => {
        socket.destroy();
        resolve(data.toString().startsWith('SSH-'));
      });
      socket.once('error', () => resolve(false));
      socket.once('timeout', () => {
        socket.destroy();
        resolve(false);
      });
    });
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`sshd did not answer on port ${port} within ${timeoutMs} ms`);
}

export async function startSshd(dir: string): Promise<TestSshd> {
  mkdirSync(dir, { recursive: true });
  const hostKey = keygen(join(dir, 'host_ed25519'));
  const otherHostKey = keygen(join(dir, 'other_host_ed25519'));
  const userKeyPath = join(dir, 'user_ed25519');
  writeFileSync(join(dir, 'authorized_keys'), `${keygen(userKeyPath)}\n`);
  mkdirSync(join(dir, 'home'), { recursive: true });
  const user = userInfo().username;
  const port = await freePort();
  const config = join(dir, 'sshd_config');
  writeFileSync(
    config,
    [
      `Port ${port}`,
      'ListenAddress 127.0.0.1',
      `HostKey ${join(dir, 'host_ed25519')}`,
      `PidFile ${join(dir, 'sshd.pid')}`,
      `AuthorizedKeysFile ${join(dir, 'authorized_keys')}`,
      'StrictModes no',
      'UsePAM no',
      'PasswordAuthentication no',
      'KbdInteractiveAuthentication no',
      'PubkeyAuthentication yes',
      'PermitRootLogin prohibit-password',
      `AllowUsers ${user}`,
      'LogLevel ERROR',
      // bash started by sshd reads ~/.bashrc; a developer's (pyenv, nvm …) can take seconds per command.
      `SetEnv HOME=${join(dir, 'home')}`,
      '',
    ].join('\n'),
  );
  // As root sshd wants its privilege separation folder; Debian makes it only when the service starts.
  if (process.getuid?.() === 0) mkdirSync('/run/sshd', { recursive: true, mode: 0o755 });
  const child = spawn(SSHD, ['-D', '-e', '-f', config], { stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    await waitForBanner(port, child, 5_000);
  } catch (error) {
    child.kill('SIGKILL');
    throw new Error(`${(error as Error).message}\n${log}`);
  }
  return {
    port,
    user,
    hostKey,
    otherHostKey,
    userKeyPath,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 3_000))]);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    },
  };
}
