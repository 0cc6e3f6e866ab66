// One SSH connection setup for every step of a publish: the server's key pinned from the site
// configuration (no trust on first use, no ~/.ssh/known_hosts), the private key given by the
// command layer, no password prompt, no user or system ssh_config. Remote work runs as fixed
// sh scripts whose arguments are quoted here, so no path is ever read as shell syntax.
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EnvironmentError } from '../errors.ts';
import { sv } from '../language/index.ts';
import { lastLine, runProcess } from './run-process.ts';
import type { RsyncMethod } from './target.ts';

const words = sv.publish.ssh;

/** The name the pinned key is filed under: the key is bound to the target, not to whatever the host name resolves to. */
const HOST_ALIAS = 'publish-target';

export interface SshSession {
  /** user@host, for rsync destinations and messages. */
  readonly login: string;
  /** ssh and its options, without the destination; rsync gets it as its -e command. */
  readonly command: string[];
  /** Runs a fixed sh script on the server with positional arguments; returns its output. */
  run(script: string, args: readonly string[], what: string): Promise<string>;
  close(): Promise<void>;
}

export async function openSshSession(method: RsyncMethod, privateKeyPath: string | undefined): Promise<SshSession> {
  if (!privateKeyPath) {
    throw new EnvironmentError(words.noKey);
  }
  const key = await readFile(privateKeyPath, 'utf8').catch(() => {
    throw new EnvironmentError(words.unreadableKey(privateKeyPath));
  });
  const dir = await mkdtemp(join(safeTempRoot(), 'agreement-publish-'));
  try {
    // ssh refuses a key others can read, and a key pasted into a CI secret often lost its last newline.
    const keyFile = join(dir, 'id');
    await writeFile(keyFile, `${key.replace(/\r\n/g, '\n').trimEnd()}\n`, { mode: 0o600 });
    await chmod(keyFile, 0o600);
    const knownHosts = join(dir, 'known_hosts');
    await writeFile(knownHosts, `${HOST_ALIAS} ${method.hostKey.trim()}\n`, { mode: 0o600 });
    const command = [
      'ssh',
      '-F', 'none',
      '-p', String(method.port ?? 22),
      '-i', keyFile,
      '-o', 'IdentitiesOnly=yes',
      '-o', 'BatchMode=yes',
      '-o', 'StrictHostKeyChecking=yes',
      '-o', `UserKnownHostsFile=${knownHosts}`,
      '-o', 'GlobalKnownHostsFile=/dev/null',
      '-o', `HostKeyAlias=${HOST_ALIAS}`,
      '-o', 'CheckHostIP=no',
      '-o', 'UpdateHostKeys=no',
      '-o', 'ConnectTimeout=15',
      '-o', 'ServerAliveInterval=15',
      '-o', 'LogLevel=ERROR',
    ];
    const login = `${method.user}@${method.host}`;
    return {
      login,
      command,
      async run(script, args, what) {
        const remote = ['sh', '-c', script, 'publish', ...args].map(shellQuote).join(' ');
        const result = await runProcess(command[0]!, [...command.slice(1), login, remote], { timeoutMs: 120_000 });
        if (result.code !== 0) throw sshError(what, login, result.stderr);
        return result.stdout;
      },
      async close() {
        await rm(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}

/** A one-line message for a failed ssh or rsync step ("Kunde inte <what> på user@host: …"), naming what ssh itself said. */
export function sshError(what: string, login: string, stderr: string): EnvironmentError {
  const said = lastLine(stderr);
  const hint = /Host key verification failed|REMOTE HOST IDENTIFICATION HAS CHANGED/.test(stderr)
    ? words.hostKeyMismatch
    : /Permission denied/.test(stderr)
      ? words.keyRefused
      : '';
  return new EnvironmentError(words.failed(what, login, said, hint));
}

/** POSIX sh single quotes: everything literal, a quote itself closed, escaped and reopened. */
export function shellQuote(word: string): string {
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

/**
 * rsync splits its -e command on spaces itself (honouring quotes, not backslashes), and ssh
 * splits -o values again: the temporary folder must hold no space or quote.
 */
function safeTempRoot(): string {
  const root = tmpdir();
  return /^[A-Za-z0-9._/-]+$/.test(root) ? root : '/tmp';
}

/** The ssh command as one rsync -e string. Every word is plain (see safeTempRoot), so no quoting is needed. */
export function rsyncShell(session: SshSession): string {
  for (const word of session.command) {
    if (!/^[A-Za-z0-9._/=:@+-]+$/.test(word)) throw new Error(`unexpected character in ssh argument: ${word}`);
  }
  return session.command.join(' ');
}
