// The commands as npm runs them: the compiled entry point in a process of its own, with the
// environment as the only input. Everything else about the commands is tested in-process;
// these few cases prove the process adapter itself (arguments, environment, exit codes, output).
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyFixture } from '../helpers/build-fixture.ts';
import { REPOSITORY_ROOT } from '../helpers/workspace.ts';

const MAIN = join(REPOSITORY_ROOT, '.tsbuild/scripts/cli/main.js');

function run(args: string[], env: NodeJS.ProcessEnv = {}) {
  const result = spawnSync(process.execPath, [MAIN, ...args], {
    cwd: REPOSITORY_ROOT,
    encoding: 'utf8',
    env: { ...process.env, GITHUB_ACTIONS: '', GITLAB_CI: '', DEBUG: '', ...env },
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the compiled commands (npm test compiles them first)', () => {
  it('check: exit 0 on valid content from AGREEMENT_ROOT', () => {
    const result = run(['check'], { AGREEMENT_ROOT: copyFixture('check/valid') });
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('0 fel, 0 varningar\n');
    expect(result.code).toBe(0);
  });

  it('check: exit 1 with file:line:column on a content error, GitHub annotations in Actions', () => {
    const root = copyFixture('check/valid');
    writeFileSync(join(root, 'agreement/2026-2029/text.md'), 'Se bilagan[^saknas].\n');
    const result = run(['check'], { AGREEMENT_ROOT: root, GITHUB_ACTIONS: 'true' });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^::error file=agreement\/2026-2029\/text\.md,line=1,col=11,title=footnote-references::/m);
    expect(result.stdout).toContain('agreement/2026-2029/text.md:1:11  fel');
  });

  it('exit 2 with one line for an unknown command, a bad environment, or a missing content root', () => {
    const unknown = run(['publicera']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^Okänt kommando "publicera"\. Kommandon: check, build, /);
    const epoch = run(['check'], { AGREEMENT_ROOT: copyFixture('check/valid'), SOURCE_DATE_EPOCH: 'igår' });
    expect(epoch.code).toBe(2);
    expect(epoch.stderr.trim().split('\n')).toHaveLength(1);
    expect(epoch.stderr).toContain('SOURCE_DATE_EPOCH');
    const nowhere = run(['check'], { AGREEMENT_ROOT: join(copyFixture('check/valid'), 'saknas') });
    expect(nowhere.code).toBe(2);
    expect(nowhere.stderr).toMatch(/^Hittar inget innehåll i /);
  });

  it('--help prints the usage and exits 0', () => {
    const result = run(['build', '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Användning: npm run build');
  });
});
