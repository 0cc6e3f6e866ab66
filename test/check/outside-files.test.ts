// Content is what is in the repository: a link to a file or folder elsewhere on the machine
// (a CI secret, /proc/self/environ) is an error, and what it points at never reaches the model.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRoot, makeDiskFixture, TEXT, where } from '../helpers/check-fixture.ts';
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

  it('a linked folder is not walked, nor a link that loops', async () => {
    const root = makeDiskFixture();
    symlinkSync(outsideFolder(), join(root, 'promises', 'utanfor'));
    symlinkSync('.', join(root, 'promises', 'runt'));
    const { problems, content } = await checkRoot(diskTestWorkspace(root));
    expect(problems).toEqual([]);
    expect(content.promises.map((promise) => promise.meta.file.path)).toEqual(['promises/degerfors-trygghetsvandringar.md']);
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
