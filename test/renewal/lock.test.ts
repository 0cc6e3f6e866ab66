// A signed edition is frozen: once locked, any change to its sources fails the check and
// names the file; re-locking takes an explicit command.
import { appendFileSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCK_FILE } from '../../scripts/lock/edition-lock.ts';
import { collectProblems } from '../../scripts/report/reporter.ts';
import { checkContent } from '../../scripts/validate/check-content.ts';
import { diskTestWorkspace } from '../helpers/workspace.ts';
import { copyFixture, expectCleanRefusal, REPOSITORY_ROOT, runCommand } from './fixtures.ts';

const EDITION = 'agreement/2023-2025';
const SOURCES = ['edition.yaml', 'text.md', 'fokusomraden/andt.md', 'fokusomraden/trygg-offentlig-miljo.md'];

async function lockProblems(root: string) {
  const content = await checkContent(diskTestWorkspace(root));
  return collectProblems(content.files).filter((problem) => problem.ruleId === 'signed-edition-locked');
}

describe('a locked signed edition', () => {
  it('passes the check as long as nothing changed', async () => {
    expect(await lockProblems(copyFixture('signed'))).toEqual([]);
  });

  it.each(SOURCES)('fails the check naming %s when that file changes', async (name) => {
    const root = copyFixture('signed');
    const path = `${EDITION}/${name}`;
    appendFileSync(join(root, path), '\n# ändrad\n');
    expect(await lockProblems(root)).toEqual([
      expect.objectContaining({
        file: path,
        line: 1,
        column: 1,
        severity: 'error',
        message: `${path} har ändrats sedan utgåvan 2023-2025 låstes som undertecknad.`,
        fix: expect.stringContaining('npm run lock -- 2023-2025 --force'),
      }),
    ]);
  });

  it('does not count line endings converted by a checkout as a change', async () => {
    const root = copyFixture('signed');
    const path = join(root, EDITION, 'text.md');
    writeFileSync(path, readFileSync(path, 'utf8').replace(/\n/g, '\r\n'));
    expect(await lockProblems(root)).toEqual([]);
  });

  it('names a file added to the edition', async () => {
    const root = copyFixture('signed');
    const path = `${EDITION}/fokusomraden/nytt.md`;
    writeFileSync(join(root, path), '---\nid: nytt\ntitle: Nytt\n---\n\nText.\n');
    expect(await lockProblems(root)).toEqual([
      expect.objectContaining({ file: path, line: 1, column: 1, severity: 'error', message: `${path} har lagts till i utgåvan 2023-2025, som är låst som undertecknad.` }),
    ]);
  });

  it('names a removed file, on the edition.yaml', async () => {
    const root = copyFixture('signed');
    rmSync(join(root, EDITION, 'fokusomraden/andt.md'));
    expect(await lockProblems(root)).toEqual([
      expect.objectContaining({
        file: `${EDITION}/edition.yaml`,
        line: 1,
        column: 1,
        severity: 'error',
        message: `${EDITION}/fokusomraden/andt.md har tagits bort ur utgåvan 2023-2025, som är låst som undertecknad.`,
      }),
    ]);
  });

  it('reports a locked edition whose folder is gone, on the lock file', async () => {
    const root = copyFixture('signed');
    rmSync(join(root, EDITION), { recursive: true });
    expect(await lockProblems(root)).toEqual([
      expect.objectContaining({ file: LOCK_FILE, severity: 'error', message: 'Den låsta utgåvan 2023-2025 finns inte längre (agreement/2023-2025/ saknas eller är tom).' }),
    ]);
  });

  it('reports a lock file that is not JSON', async () => {
    const root = copyFixture('signed');
    writeFileSync(join(root, LOCK_FILE), '{ "editions": ');
    const problems = await lockProblems(root);
    expect(problems).toHaveLength(1);
    const [problem] = problems;
    expect(problem).toMatchObject({ file: LOCK_FILE, line: 1, column: 1, severity: 'error' });
    expect(problem!.message).toMatch(/^agreement\/locks\.json går inte att läsa\. Filen är inte giltig JSON/);
  });

  it('warns when a signed edition has no lock', async () => {
    const root = copyFixture('signed');
    rmSync(join(root, LOCK_FILE));
    expect(await lockProblems(root)).toEqual([
      expect.objectContaining({
        file: `${EDITION}/edition.yaml`,
        line: 6,
        column: 9,
        severity: 'warning',
        message: 'Utgåvan 2023-2025 är undertecknad men inte låst, så en ändring i den märks inte.',
        fix: 'Lås den med npm run lock -- 2023-2025 när texten är den som skrevs under.',
      }),
    ]);
  });
});

describe('npm run check and npm run lock on a changed locked edition', () => {
  const root = copyFixture('signed');
  const path = `${EDITION}/text.md`;
  appendFileSync(join(root, path), '\nEn mening som inte skrevs under.\n');

  it('check exits 1 and names the file', async () => {
    const result = (await runCommand('check', [], root));
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`${path}:1:1  fel      ${path} har ändrats sedan utgåvan 2023-2025 låstes som undertecknad.  [signed-edition-locked]`);
  });

  it('lock refuses to re-lock without --force, listing what changed', async () => {
    const message = expectCleanRefusal((await runCommand('lock', ['2023-2025'], root)));
    expect(message).toContain(`Utgåvan 2023-2025 är redan låst, och de här filerna har ändrats sedan dess:\n  ändrad:     ${path}`);
    expect(message).toContain('npm run lock -- 2023-2025 --force');
  });

  it('lock --force re-locks, and check passes again', async () => {
    const result = (await runCommand('lock', ['2023-2025', '--force'], root));
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('Låste 2023-2025: 5 filer i agreement/locks.json.');
    expect((await runCommand('check', [], root)).code).toBe(0);
  });
});

describe('npm run lock', () => {
  it('refuses an edition that is not signed, explaining why', async () => {
    const root = copyFixture('signed');
    expect((await runCommand('new-edition', ['2026-2029', '--from', '2023-2025'], root)).code).toBe(0);
    const message = expectCleanRefusal((await runCommand('lock', ['2026-2029'], root)));
    expect(message).toContain('Utgåvan 2026-2029 har status draft, inte signed. Bara en undertecknad utgåva låses');
    expect(readFileSync(join(root, LOCK_FILE), 'utf8')).not.toContain('2026-2029');
  });

  it('refuses an edition that does not exist, and a missing argument', async () => {
    const root = copyFixture('signed');
    expect(expectCleanRefusal((await runCommand('lock', ['finns-inte'], root)))).toContain('Det finns ingen utgåva "finns-inte" som går att läsa (utgåvor: 2023-2025).');
    expect(expectCleanRefusal((await runCommand('lock', [], root)))).toContain('Ange en utgåva att låsa.');
  });

  it('records a lock, sorted, with one SHA-256 per source file', async () => {
    const root = copyFixture('signed');
    rmSync(join(root, LOCK_FILE));
    expect((await runCommand('lock', ['2023-2025'], root)).code).toBe(0);
    const { editions } = JSON.parse(readFileSync(join(root, LOCK_FILE), 'utf8')) as { editions: Record<string, Record<string, string>> };
    expect(Object.keys(editions['2023-2025']!)).toEqual(['../../promises/degerfors-trygghetsvandringar.md', ...SOURCES].sort());
    for (const hash of Object.values(editions['2023-2025']!)) expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect((await runCommand('lock', ['2023-2025'], root)).stdout).toContain('Utgåvan 2023-2025 är redan låst och har inte ändrats.');
  });
});

// A fork (npm run init) has no signed edition of its own yet.
describe.runIf(existsSync(join(REPOSITORY_ROOT, LOCK_FILE)))('the repository', () => {
  it('has the signed 2021–2025 edition locked and unchanged', async () => {
    const locks = JSON.parse(readFileSync(join(REPOSITORY_ROOT, LOCK_FILE), 'utf8')) as { editions: Record<string, unknown> };
    expect(Object.keys(locks.editions)).toContain('2021-2025');
    expect(await lockProblems(REPOSITORY_ROOT)).toEqual([]);
  });
});

describe('a locked edition that cites a promise', () => {
  it('fails the check when the promise text changes, naming the promise file', async () => {
    const root = copyFixture('signed');
    const path = 'promises/degerfors-trygghetsvandringar.md';
    const text = readFileSync(join(root, path), 'utf8');
    writeFileSync(join(root, path), text.replace(/^text: (.*)$/m, 'text: $1 Och något mer.'));
    const problems = await lockProblems(root);
    expect(problems.map((problem) => problem.file)).toEqual([path]);
    // Editions share promises: a new edition would cite the same file, so the fix is a new promise file.
    expect(problems[0]!.fix).toContain(`Ångra ändringen (git checkout -- ${path})`);
    expect(problems[0]!.fix).toContain('skriv det som ett nytt medborgarlöfte i en ny fil under promises/');
    expect(problems[0]!.fix).not.toContain('new-edition');
  });

  it('stays locked when a later edition makes the promise serve another focus area, or it ends', async () => {
    const root = copyFixture('signed');
    const path = 'promises/degerfors-trygghetsvandringar.md';
    const text = readFileSync(join(root, path), 'utf8');
    writeFileSync(join(root, path), text.replace(/^status: .*$/m, 'status: ended').replace(/^focusAreas:\n/m, 'focusAreas:\n  - unga\n'));
    expect(await lockProblems(root)).toEqual([]);
  });
});
