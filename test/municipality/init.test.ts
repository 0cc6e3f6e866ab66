// npm run init on what a fresh clone of the Degerfors repository has (the site fixture, committed
// in a real git repository): afterwards it checks without errors and builds a site titled for the
// new municipality, its draft printed to a PDF. A second run on a repository already made for a
// municipality is refused unless --force; work git does not hold is never removed, not even with
// --force; a name that is no Swedish municipality is refused.
import { appendFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../scripts/build/build-site.ts';
import { formatProblems } from '../../scripts/report/reporter.ts';
import { filesUnder, type Workspace } from '../../scripts/workspace/workspace.ts';
import { copyFixture, listFiles, makeTempDir } from '../helpers/build-fixture.ts';
import { checkRoot } from '../helpers/check-fixture.ts';
import { expectCleanRefusal, runCommand } from '../helpers/commands.ts';
import { git } from '../helpers/git.ts';
import { pdfText } from '../helpers/pdf.ts';
import { diskTestWorkspace } from '../helpers/workspace.ts';

/** A fresh clone: the site fixture (a frozen copy of the Degerfors repository's content), all committed. */
function cloneOfRepository(): string {
  const root = copyFixture('site');
  git(root, ['init', '-q']);
  git(root, ['add', '.']);
  git(root, ['commit', '-q', '-m', 'Degerfors']);
  return root;
}
/** Everything under the content folders, to tell that a refusal changed nothing. */
const contentFiles = (root: string) => listFiles(root).filter((path) => /^(agreement|promises)\//.test(path));
const MUNICIPALITY = 'Lekeberg';

describe(`npm run init -- --municipality ${MUNICIPALITY} --police-area Örebro`, () => {
  let root: string;
  let workspace: Workspace;
  const outDir = join(makeTempDir('init-'), 'dist');
  let stdout = '';
  beforeAll(async () => {
    root = cloneOfRepository();
    workspace = diskTestWorkspace(root);
    const result = await runCommand('init', ['--municipality', MUNICIPALITY.toLowerCase(), '--police-area', 'Örebro', '--edition', '2026-2029'], root);
    expect(result.code, result.stderr).toBe(0);
    stdout = result.stdout;
  });

  it('leaves only the new municipality’s content: site configuration, starter draft, promise template, glossary', async () => {
    expect(stdout).toContain(`Repositoriet är nu för ${MUNICIPALITY}.`);
    const files = [...(await filesUnder(workspace.files, 'agreement')), ...(await filesUnder(workspace.files, 'promises'))].sort();
    expect(files).toEqual([
      'agreement/2026-2029/edition.yaml',
      'agreement/2026-2029/fokusomraden/forsta-fokusomradet.md',
      'agreement/2026-2029/text.md',
      'agreement/ordlista.yaml',
      'agreement/webbplats.yaml',
      `promises/lekeberg-medborgarlofte.md`,
    ]);
    const site = new TextDecoder().decode(await workspace.files.read('agreement/webbplats.yaml'));
    expect(site.split('\n')[0]).toBe('# yaml-language-server: $schema=../schema/site.schema.json');
    expect(site).toContain(`municipality: ${MUNICIPALITY}\npoliceArea: Örebro\n`);
  });

  it('checks with no errors, only the draft’s ATT GÖRA markers as warnings', async () => {
    const { errors, warnings } = await checkRoot(workspace);
    expect(errors).toEqual([]);
    expect(warnings.length).toBeGreaterThan(0);
    expect(new Set(warnings.map((problem) => problem.ruleId))).toEqual(new Set(['no-placeholders']));
  });

  it('builds a site titled for the new municipality, with the draft’s page and PDF', async () => {
    const result = await buildSite(workspace, { outDir });
    expect(result.built, formatProblems(result.content.files, 'text')).toBe(true);
    const index = readFileSync(join(outDir, 'index.html'), 'utf8');
    expect(index).toContain(`<h1>Samverkan för trygghet i ${MUNICIPALITY}</h1>`);
    expect(index).not.toContain('Degerfors');
    const pdf = join(outDir, '2026-2029', `samverkansoverenskommelse-lekeberg-2026-2029.pdf`);
    const text = pdfText(pdf);
    expect(text).toContain('UTKAST');
    expect(text).toContain('lokalpolisområde Örebro');
  });

  it('refuses a second run, for another municipality or the same, in one line, and removes nothing', async () => {
    const before = contentFiles(root);
    for (const [municipality, policeArea] of [['Sigtuna', 'Märsta'], [MUNICIPALITY, 'Örebro']] as const) {
      const again = expectCleanRefusal(await runCommand('init', ['--municipality', municipality, '--police-area', policeArea], root));
      expect(again).toBe(
        `Repositoriet är redan gjort för ${MUNICIPALITY} (agreement/webbplats.yaml), och npm run init tar bort allt i agreement/ och promises/. ` +
          'npm run init körs en gång, på en ny klon. Ska repositoriet ändå börja om från ett tomt: checka in det som ska sparas och kör igen med --force.\n',
      );
    }
    expect(contentFiles(root)).toEqual(before);
  });
});

describe('npm run init on a repository already made for a municipality', () => {
  let root: string;
  // A clone made for Upplands Väsby, its draft written in and committed.
  beforeAll(async () => {
    root = cloneOfRepository();
    const made = await runCommand('init', ['--municipality', 'Upplands Väsby', '--police-area', 'Upplands Väsby', '--edition', '2026-2029'], root);
    expect(made.code, made.stderr).toBe(0);
    appendFileSync(join(root, 'agreement/2026-2029/text.md'), '\nVåra egna ord om läget i Väsby.\n');
    git(root, ['add', '.']);
    git(root, ['commit', '-q', '-m', 'Upplands Väsby']);
  });

  it('never removes what git does not hold, not even with --force', async () => {
    const text = join(root, 'agreement/2026-2029/text.md');
    appendFileSync(text, 'En rad som inte är incheckad.\n');
    writeFileSync(join(root, 'promises/ny-tanke.md'), 'Inte incheckad heller.\n');
    const before = contentFiles(root);
    for (const force of [[], ['--force']]) {
      const refusal = expectCleanRefusal(await runCommand('init', ['--municipality', 'Sigtuna', '--police-area', 'Märsta', ...force], root));
      expect(refusal.trim().split('\n')).toHaveLength(1);
    }
    const refusal = expectCleanRefusal(await runCommand('init', ['--municipality', 'Sigtuna', '--police-area', 'Märsta', '--force'], root));
    expect(refusal).toBe(
      'Det finns ändringar som inte är incheckade i git (agreement/2026-2029/text.md, promises/ny-tanke.md), och npm run init skulle ta bort dem. ' +
        'Checka in dem (git add, git commit) eller ångra dem, och kör sedan igen. Det gäller även med --force.\n',
    );
    expect(contentFiles(root)).toEqual(before);
    expect(readFileSync(text, 'utf8')).toContain('En rad som inte är incheckad.');
    git(root, ['checkout', '--', 'agreement']);
    git(root, ['clean', '-q', '-f', '--', 'promises']);
  });

  it('starts over with --force when everything is committed: git still has the old content', async () => {
    // A file deleted but not yet committed is no work to lose: git has it.
    rmSync(join(root, 'agreement/2026-2029/fokusomraden/forsta-fokusomradet.md'));
    const result = await runCommand('init', ['--municipality', 'Sigtuna', '--police-area', 'Märsta', '--edition', '2027-2030', '--force'], root);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('Repositoriet är nu för Sigtuna.');
    expect(contentFiles(root)).toContain('agreement/2027-2030/text.md');
    expect(contentFiles(root)).not.toContain('agreement/2026-2029/text.md');
    expect(git(root, ['show', 'HEAD:agreement/2026-2029/text.md'])).toContain('Våra egna ord om läget i Väsby.');
  });
});

describe('npm run init refuses', () => {
  it('a name that is not a Swedish municipality, leaving the clone as it was', async () => {
    const root = cloneOfRepository();
    const before = contentFiles(root);
    const message = expectCleanRefusal(await runCommand('init', ['--municipality', 'Lekebergs kommun', '--police-area', 'Örebro'], root));
    expect(message.trim().split('\n')).toHaveLength(1);
    expect(message).toContain('"Lekebergs kommun" är inte en svensk kommun.');
    expect(contentFiles(root)).toEqual(before);
  });

  it('content that is no git clone: nothing tells what would be lost', async () => {
    const root = copyFixture('site');
    const message = expectCleanRefusal(await runCommand('init', ['--municipality', MUNICIPALITY, '--police-area', 'Örebro'], root));
    expect(message).toBe(
      `npm run init tar bort allt i agreement/ och promises/, men ${root} är ingen git-klon, så det går inte att se om något skulle gå förlorat. ` +
        'Kör npm run init på en ny klon av repositoriet (git clone).\n',
    );
  });

  it('a misspelt name in content that is no git clone: the name is told first, not git', async () => {
    const root = copyFixture('site');
    const message = expectCleanRefusal(await runCommand('init', ['--municipality', 'Lekebergs kommun', '--police-area', 'Örebro'], root));
    expect(message).toContain('"Lekebergs kommun" är inte en svensk kommun.');
    expect(message).not.toContain('git-klon');
  });

  it('work git does not hold on a fresh clone not yet made for a municipality', async () => {
    const root = cloneOfRepository();
    appendFileSync(join(root, 'agreement/2026-2029/text.md'), 'En rad som inte är incheckad.\n');
    const before = contentFiles(root);
    const message = expectCleanRefusal(await runCommand('init', ['--municipality', MUNICIPALITY, '--police-area', 'Örebro'], root));
    expect(message).toBe(
      'Det finns ändringar som inte är incheckade i git (agreement/2026-2029/text.md), och npm run init skulle ta bort dem. ' +
        'Checka in dem (git add, git commit) eller ångra dem, och kör sedan igen. Det gäller även med --force.\n',
    );
    expect(contentFiles(root)).toEqual(before);
  });

  it('without --municipality or --police-area', async () => {
    const root = cloneOfRepository();
    expect(expectCleanRefusal(await runCommand('init', ['--police-area', 'Örebro'], root))).toContain('Ange kommunen med --municipality');
    expect(expectCleanRefusal(await runCommand('init', ['--municipality', 'Lekeberg'], root))).toContain('Ange lokalpolisområdet');
  });
});
