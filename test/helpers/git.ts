// git as the tests run it: a committer of their own and no signing, whatever the machine's
// configuration says, so a commit never waits for a key or fails for want of a name.
import { execFileSync } from 'node:child_process';

/** Runs git in `cwd` and gives its output; `date`, when given, is the commit's author and committer date. */
export function git(cwd: string, args: readonly string[], date?: string): string {
  return execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.invalid', '-c', 'commit.gpgsign=false', ...args], {
    cwd,
    env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
}
