// A build publishes only from the commit that is checked out, with nothing edited since: what
// reaches the web is then exactly what git holds, and the same commit can always rebuild it.
import { EnvironmentError } from '../errors.ts';
import { sv } from '../language/index.ts';
import { lastLine, runProcess } from './run-process.ts';

export async function verifySource(repoDir: string, builtFrom: string): Promise<void> {
  const head = await git(repoDir, ['rev-parse', '--verify', 'HEAD']);
  if (head.trim() !== builtFrom) {
    throw new EnvironmentError(sv.publish.source.otherCommit(builtFrom.slice(0, 12), head.trim().slice(0, 12)));
  }
  // Tracked files only: an untracked note beside the content is not part of what was built.
  const changes = await git(repoDir, ['status', '--porcelain', '--untracked-files=no']);
  if (changes.trim() !== '') {
    const first = changes.split('\n')[0]!.slice(3);
    throw new EnvironmentError(sv.publish.source.uncommitted(first));
  }
}

async function git(repoDir: string, args: string[]): Promise<string> {
  const result = await runProcess('git', ['-C', repoDir, ...args], { timeoutMs: 30_000 });
  if (result.code !== 0) throw new EnvironmentError(sv.publish.source.gitFailed(args[0] ?? '', repoDir, lastLine(result.stderr)));
  return result.stdout;
}
