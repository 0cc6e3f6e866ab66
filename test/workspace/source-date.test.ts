import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EnvironmentError } from '../../scripts/errors.ts';
import { diskWorkspace } from '../../scripts/cli/disk-workspace.ts';
import { FALLBACK_DATE } from '../../scripts/workspace/source-date.ts';
import { git } from '../helpers/git.ts';

/** The date the Workspace gives a document made of `paths`, with the environment `env`. */
function sourceDate(paths: string[], root: string, env: NodeJS.ProcessEnv): Date {
  return diskWorkspace({ env: { ...env, AGREEMENT_ROOT: root }, requireContent: false }).sourceDate(paths);
}

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'source-date-'));
  dirs.push(dir);
  return dir;
}

describe('the source date a Workspace gives', () => {
  it('uses SOURCE_DATE_EPOCH, in seconds, when set', () => {
    expect(sourceDate([], tempDir(), { SOURCE_DATE_EPOCH: '1735787045' }).toISOString()).toBe('2025-01-02T03:04:05.000Z');
  });

  it('rejects a SOURCE_DATE_EPOCH that is not whole seconds', () => {
    for (const value of ['igår', '1.5', '-1', '2025-01-01']) {
      expect(() => sourceDate([], tempDir(), { SOURCE_DATE_EPOCH: value })).toThrow(EnvironmentError);
    }
    expect(() => sourceDate([], tempDir(), { SOURCE_DATE_EPOCH: 'x' })).toThrow(/SOURCE_DATE_EPOCH måste vara ett heltal/);
  });

  it('takes the last commit that touched the given paths, not later commits elsewhere', () => {
    const repo = tempDir();
    git(repo, ['init', '-q']);
    mkdirSync(join(repo, 'agreement'));
    writeFileSync(join(repo, 'agreement', 'text.md'), 'a');
    git(repo, ['add', '.']);
    git(repo, ['commit', '-q', '-m', 'text'], '2024-03-01T10:00:00Z');
    writeFileSync(join(repo, 'other.md'), 'b');
    git(repo, ['add', '.']);
    git(repo, ['commit', '-q', '-m', 'other'], '2024-06-01T10:00:00Z');
    expect(sourceDate(['agreement'], repo, {}).toISOString()).toBe('2024-03-01T10:00:00.000Z');
    expect(sourceDate(['agreement', 'other.md'], repo, {}).toISOString()).toBe('2024-06-01T10:00:00.000Z');
  });

  it('falls back to a fixed date for uncommitted paths and outside git, never to the clock', () => {
    const repo = tempDir();
    git(repo, ['init', '-q']);
    writeFileSync(join(repo, 'new.md'), 'a');
    expect(sourceDate(['new.md'], repo, {})).toEqual(FALLBACK_DATE);
    const plain = tempDir();
    expect(sourceDate(['x'], plain, {})).toEqual(FALLBACK_DATE);
    expect(FALLBACK_DATE.toISOString()).toBe('1980-01-01T00:00:00.000Z');
  });
});
