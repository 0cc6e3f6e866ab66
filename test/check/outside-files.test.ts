// Content is what is in the repository: a link to a file or folder elsewhere on the machine
// (a CI secret, /proc/self/environ) is an error naming the link, and what it points at never
// reaches the model. Nor does a FIFO: it is reported, never opened.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRoot, makeDiskFixture, PROMISE as PROMISE_PATH, TEXT, where } from '../helpers/check-fixture.ts';
import { diskTestWorkspace } from '../helpers/workspace.ts';

function outsideFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'agreement-outside-'));
  writeFileSync(join(dir, 'hemligt.md'), '---\nid: hemligt\ntitle: Hemligt\ntext: HEMLIG UPPGIFT\nparties: [Polisen]\n---\n');
  return dir;
}

describe('files outside the repository', () => {
  it('a promise that is a link to a file elsewhere is an error, and its text is not loaded', async () => {
    const root = makeDiskFixture();
    symlinkSync(join(outsideFolder(), 'hemligt.md'), join(root, 'promises', 'hemligt.md'));
    const { problems, content } = await checkRoot(diskTestWorkspace(root));
    expect(problems.filter((problem) => problem.file === 'promises/hemligt.md').map(where)).toEqual([
      { file: 'promises/hemligt.md', ruleId: 'unreadable', line: 1, column: 1, severity: 'error' },
    ]);
    expect(content.promises.map((promise) => promise.meta.data.id)).not.toContain('hemligt');
  });

  it('a linked folder is an error and is not walked, nor a link that loops', async () => {
    const root = makeDiskFixture();
    symlinkSync(outsideFolder(), join(root, 'promises', 'utanfor'));
    symlinkSync('.', join(root, 'promises', 'runt'));
    const { problems, content } = await checkRoot(diskTestWorkspace(root));
    expect(problems.map(where)).toEqual([
      { file: 'promises/runt', ruleId: 'unreadable', line: 1, column: 1, severity: 'error' },
      { file: 'promises/utanfor', ruleId: 'unreadable', line: 1, column: 1, severity: 'error' },
    ]);
    expect(content.promises.map((promise) => promise.meta.file.path)).toEqual(['promises/degerfors-trygghetsvandringar.md']);
  });

  it.each([
    ['the whole promises/ folder', 'promises'],
    ['an edition\'s focus areas', 'agreement/2026-2029/fokusomraden'],
  ])('a linked folder in place of %s is an error naming the link, and nothing behind it is read', async (_what, path) => {
    const root = makeDiskFixture();
    const elsewhere = outsideFolder();
    rmSync(join(root, path), { recursive: true });
    symlinkSync(elsewhere, join(root, path));
    const { problems, content } = await checkRoot(diskTestWorkspace(root));
    expect(problems.filter((problem) => problem.ruleId === 'unreadable').map(where)).toEqual([
      { file: path, ruleId: 'unreadable', line: 1, column: 1, severity: 'error' },
    ]);
    expect(problems.find((problem) => problem.file === path)!.message).toMatch(/(Mappen|Det här) är en symbolisk länk/);
    expect(JSON.stringify(content.promises.map((promise) => promise.meta.data))).not.toContain('HEMLIG');
  });

  it.each(['agreement/locks.json', 'agreement/webbplats.yaml', 'agreement/ordlista.yaml'])('a linked %s is an error naming the link', async (path) => {
    const root = makeDiskFixture();
    const elsewhere = outsideFolder();
    writeFileSync(join(elsewhere, 'data'), '{"editions": {}}\n');
    rmSync(join(root, path), { force: true });
    symlinkSync(join(elsewhere, 'data'), join(root, path));
    const { problems } = await checkRoot(diskTestWorkspace(root));
    expect(problems.map(where)).toContainEqual({ file: path, ruleId: 'unreadable', line: 1, column: 1, severity: 'error' });
  });

  it('a linked edition folder is an error, and the edition is not built', async () => {
    const root = makeDiskFixture();
    const elsewhere = outsideFolder();
    cpSync(join(root, 'agreement', '2026-2029'), join(elsewhere, '2030-2033'), { recursive: true });
    symlinkSync(join(elsewhere, '2030-2033'), join(root, 'agreement', '2030-2033'));
    const { problems, content } = await checkRoot(diskTestWorkspace(root));
    expect(problems.map(where)).toEqual([{ file: 'agreement/2030-2033', ruleId: 'unreadable', line: 1, column: 1, severity: 'error' }]);
    expect(content.editions.map((edition) => edition.id)).toEqual(['2026-2029']);
  });

  it.each([PROMISE_PATH, 'agreement/2026-2029/edition.yaml'])('a FIFO named %s is an error naming it, and is never opened', async (path) => {
    const root = makeDiskFixture();
    rmSync(join(root, path));
    execFileSync('mkfifo', [join(root, path)]);
    const started = Date.now();
    const { problems } = await checkRoot(diskTestWorkspace(root));
    expect(problems.map(where)).toContainEqual({ file: path, ruleId: 'unreadable', line: 1, column: 1, severity: 'error' });
    expect(problems.find((problem) => problem.file === path)!.message).toMatch(/ingen vanlig fil/);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('an edition text that is a link is an error', async () => {
    const root = makeDiskFixture();
    const elsewhere = outsideFolder();
    mkdirSync(join(elsewhere, 'x'));
    writeFileSync(join(elsewhere, 'x', 'text.md'), 'Hemlig text.\n');
    const path = join(root, TEXT);
    rmSync(path);
    symlinkSync(join(elsewhere, 'x', 'text.md'), path);
    const { problems } = await checkRoot(diskTestWorkspace(root));
    expect(problems.map(where)).toContainEqual({ file: TEXT, ruleId: 'unreadable', line: 1, column: 1, severity: 'error' });
  });
});
