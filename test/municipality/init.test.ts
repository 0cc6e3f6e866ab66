// npm run init on what a fresh clone of the Degerfors repository has (the site fixture), in memory:
// afterwards it checks without errors and builds a site titled for the new municipality, its
// draft printed to a PDF. A second run and a name that is no Swedish municipality are refused.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../scripts/build/build-site.ts';
import { formatProblems } from '../../scripts/report/reporter.ts';
import { filesUnder } from '../../scripts/workspace/workspace.ts';
import { checkRoot } from '../helpers/check-fixture.ts';
import { expectCleanRefusal, runCommand } from '../helpers/commands.ts';
import { pdfText } from '../helpers/pdf.ts';
import { fixtureWorkspace } from '../helpers/workspace.ts';

/** A clone's content: the site fixture, a frozen copy of the Degerfors repository's. */
function cloneOfRepository() {
  return fixtureWorkspace('site');
}
const MUNICIPALITY = 'Lekeberg';

describe(`npm run init -- --municipality ${MUNICIPALITY} --police-area Örebro`, () => {
  const workspace = cloneOfRepository();
  const outDir = join(mkdtempSync(join(tmpdir(), 'init-')), 'dist');
  let stdout = '';
  beforeAll(async () => {
    const result = await runCommand('init', ['--municipality', MUNICIPALITY.toLowerCase(), '--police-area', 'Örebro', '--edition', '2026-2029'], workspace);
    expect(result.code, result.stderr).toBe(0);
    stdout = result.stdout;
  });
  afterAll(() => rmSync(join(outDir, '..'), { recursive: true, force: true }));

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

  it('refuses a second run, in one line', async () => {
    const again = expectCleanRefusal(await runCommand('init', ['--municipality', MUNICIPALITY, '--police-area', 'Örebro'], workspace));
    expect(again).toBe(`Repositoriet är redan gjort för ${MUNICIPALITY} (agreement/webbplats.yaml). npm run init körs en gång, på en ny klon.\n`);
  });
});

describe('npm run init refuses', () => {
  it('a name that is not a Swedish municipality, leaving the clone as it was', async () => {
    const workspace = cloneOfRepository();
    const before = await filesUnder(workspace.files, 'agreement');
    const message = expectCleanRefusal(await runCommand('init', ['--municipality', 'Lekebergs kommun', '--police-area', 'Örebro'], workspace));
    expect(message.trim().split('\n')).toHaveLength(1);
    expect(message).toContain('"Lekebergs kommun" är inte en svensk kommun.');
    expect(await filesUnder(workspace.files, 'agreement')).toEqual(before);
  });

  it('without --municipality or --police-area', async () => {
    expect(expectCleanRefusal(await runCommand('init', ['--police-area', 'Örebro'], cloneOfRepository()))).toContain('Ange kommunen med --municipality');
    expect(expectCleanRefusal(await runCommand('init', ['--municipality', 'Lekeberg'], cloneOfRepository()))).toContain('Ange lokalpolisområdet');
  });
});
