// npm run new-edition: a draft edition made from an existing one, and every refusal explained.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { deriveEditionYaml } from '../../scripts/edition/new-edition.ts';
import type { EditionData } from '../../scripts/model/model.ts';
import { collectProblems } from '../../scripts/report/reporter.ts';
import { checkContent } from '../../scripts/validate/check-content.ts';
import { diskTestWorkspace } from '../helpers/workspace.ts';
import { copyFixture, expectCleanRefusal, fixturePath, runCommand } from './fixtures.ts';

const SOURCE_DIR = join(fixturePath('signed'), 'agreement/2023-2025');
const sourceYaml = readFileSync(join(SOURCE_DIR, 'edition.yaml'), 'utf8');

describe('npm run new-edition -- 2026-2029 --from 2023-2025', () => {
  const root = copyFixture('signed');
  let result: Awaited<ReturnType<typeof runCommand>>;
  beforeAll(async () => {
    result = await runCommand('new-edition', ['2026-2029', '--from', '2023-2025'], root);
  });
  const dir = join(root, 'agreement/2026-2029');
  const text = () => readFileSync(join(dir, 'edition.yaml'), 'utf8');
  const data = () => parse(text()) as EditionData;

  it('creates the edition and says what is left to do', async () => {
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('Skapade agreement/2026-2029 (utkast) från 2023-2025.');
    expect(result.stdout).toContain('Bekräfta vem som skriver under');
    expect(result.stdout).toContain('Besluten (decision) hörde till förra utgåvan och är borttagna.');
    expect(result.stdout).toContain('agreement/2026-2029/text.md:19 nämner förra periodens datum (2023-01-01, 2025-12-31)');
  });

  it('copies the text, the focus areas and their promise citations unchanged', async () => {
    const files = (base: string) => readdirSync(base, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.md')).sort();
    expect(files(dir)).toEqual(files(SOURCE_DIR));
    for (const name of files(SOURCE_DIR)) {
      expect(readFileSync(join(dir, name), 'utf8'), name).toBe(readFileSync(join(SOURCE_DIR, name), 'utf8'));
    }
  });

  it('makes a draft derived from the source, with the period from its id and no signing date', async () => {
    const edition = data();
    expect(edition.id).toBe('2026-2029');
    expect(edition.status).toBe('draft');
    expect(edition.derivedFrom).toBe('2023-2025');
    expect(edition.period).toEqual({ start: '2026-01-01', end: '2029-12-31', review: 'revideras efter två år' });
    expect(edition.signing).toEqual({ place: 'Degerfors' });
    expect(edition.decision).toBeUndefined();
    expect(edition.title).toBe('Samverkansöverenskommelse för ökad trygghet 2026 - 2029');
    expect(edition.shortTitle).toBe('Samverkansöverenskommelse Degerfors 2026–2029');
  });

  it('keeps the signatories, each marked as still to confirm', async () => {
    const edition = data();
    expect(edition.signatories.map(({ name, confirmed }) => [name, confirmed])).toEqual([
      ['Anna Andersson', false],
      ['Erik Lindqvist', false],
    ]);
    expect(text()).toMatch(/# ATT BEKRÄFTA: undertecknarna är kopierade[^\n]*\n#[^\n]*\nsignatories:/);
  });

  it('keeps the comments and the order of the keys', async () => {
    const yaml = text();
    expect(yaml.startsWith('# yaml-language-server: $schema=')).toBe(true);
    expect(yaml).toContain('  # Revideras vid halva tiden.\n  review:');
    expect(yaml).toContain('  - name: Anna Andersson # kommunstyrelsens ordförande 2023\n');
    expect(yaml).toContain('# Ordningen här är ordningen i texten.\nfocusAreas:');
    expect(yaml).not.toContain('Fixtur: en undertecknad utgåva');
    const keys = [...yaml.matchAll(/^([a-zA-Z]+):/gm)].map((match) => match[1]);
    expect(keys).toEqual(['id', 'title', 'shortTitle', 'status', 'derivedFrom', 'municipality', 'period', 'parties', 'signing', 'signatories', 'focusAreas']);
  });

  it('gives an edition that check accepts, with only warnings', async () => {
    const check = (await runCommand('check', ['--format', 'json'], root));
    expect(check.code, check.stdout).toBe(0);
    expect(JSON.parse(check.stdout)).toMatchObject({ errors: 0 });
  });

  it('refuses to overwrite an existing edition, and leaves it as it was', async () => {
    const before = text();
    const again = (await runCommand('new-edition', ['2026-2029', '--from', '2023-2025'], root));
    expect(expectCleanRefusal(again)).toContain('agreement/2026-2029 finns redan, och en befintlig utgåva skrivs aldrig över.');
    expect(text()).toBe(before);
  });
});

describe('npm run new-edition refuses, saying why', () => {
  const root = copyFixture('signed');

  it.each([
    [['2026-2029', '--from', 'finns-inte'], 'Det finns ingen utgåva "finns-inte" att utgå från', 'Utgåvor som finns: 2023-2025.'],
    [['2026_2029', '--from', '2023-2025'], '"2026_2029" går inte att använda som id för en utgåva.', 'små bokstäver a–z, siffror och bindestreck'],
    [['Ny', '--from', '2023-2025'], '"Ny" går inte att använda som id', 'små bokstäver'],
    [['--from', '2023-2025'], 'Ange id för den nya utgåvan.', 'Användning: npm run new-edition'],
    [['2023-2025'], 'agreement/2023-2025 finns redan', 'en befintlig utgåva skrivs aldrig över'],
    [['2026-2029', '2027-2030', '--from', '2023-2025'], 'Ange bara ett id', 'Användning:'],
    [['2026-2029', '--fran', '2023-2025'], '--fran', 'Användning:'],
  ])('%j', async (args, reason, more) => {
    const message = expectCleanRefusal((await runCommand('new-edition', args, root)));
    expect(message).toContain(reason);
    expect(message).toContain(more);
    expect(existsSync(join(root, 'agreement/2026-2029'))).toBe(false);
  });
});

describe('npm run new-edition -- 2017-2020 (no --from): an agreement signed on paper, from the template', () => {
  const root = copyFixture('signed');
  let result: Awaited<ReturnType<typeof runCommand>>;
  beforeAll(async () => {
    result = await runCommand('new-edition', ['2017-2020'], root);
  });
  const dir = join(root, 'agreement/2017-2020');

  it('creates a draft with the usual sections for the municipality, the period from the id', () => {
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('Skapade agreement/2017-2020 (utkast) från mallen.');
    const data = parse(readFileSync(join(dir, 'edition.yaml'), 'utf8')) as EditionData;
    expect(data).toMatchObject({ id: '2017-2020', status: 'draft', municipality: 'Degerfors', period: { start: '2017-01-01', end: '2020-12-31' } });
    expect(data.parties.map((party) => party.name)).toEqual(['Degerfors kommun', 'lokalpolisområde Degerfors']);
    const text = readFileSync(join(dir, 'text.md'), 'utf8');
    for (const heading of ['## Bakgrund', '## Fokusområden', '## Organisation och ansvar', '## Uppföljning']) expect(text).toContain(heading);
    expect(text).toContain('::fokusomraden-lista');
  });

  it('checks with no errors, its ATT GÖRA markers warnings of a draft', async () => {
    const problems = collectProblems((await checkContent(diskTestWorkspace(root))).files).filter((problem) => problem.file.startsWith('agreement/2017-2020/'));
    expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(new Set(problems.map((problem) => problem.ruleId))).toEqual(new Set(['no-placeholders']));
  });
});

describe('deriveEditionYaml', () => {
  it('keeps the period of an id without years, and says it must be set', async () => {
    const { text, notes } = deriveEditionYaml(sourceYaml, { id: 'revidering', from: '2023-2025' });
    const data = parse(text) as EditionData;
    expect(data.period.start).toBe('2023-01-01');
    expect(data.period.end).toBe('2025-12-31');
    expect(data.title).toBe('Samverkansöverenskommelse för ökad trygghet 2023 - 2025');
    expect(notes).toContain('Id:t "revidering" säger inget om perioden, så den är kopierad från 2023-2025. Sätt period (start och end) i edition.yaml.');
  });

  it('gives an open-ended period an end when the id names the years', async () => {
    const openEnded = sourceYaml.replace('  end: 2025-12-31\n', '  openEnded: true\n');
    const data = parse(deriveEditionYaml(openEnded, { id: '2026-2029', from: '2023-2025' }).text) as EditionData;
    expect(data.period).toEqual({ start: '2026-01-01', end: '2029-12-31', review: 'revideras efter två år' });
  });

  it('removes the old decisions, one per party (decisions) as well as the single one, and says so', async () => {
    const both = `${sourceYaml}decisions:\n  - body: Polisregionens ledning\n    date: 2023-02-01\n    party: lpo-degerfors\n`;
    const { text, notes } = deriveEditionYaml(both, { id: '2026-2029', from: '2023-2025' });
    const data = parse(text) as EditionData;
    expect(data.decision).toBeUndefined();
    expect(data.decisions).toBeUndefined();
    expect(text).not.toContain('Polisregionens ledning');
    expect(notes).toContain('Besluten (decision, decisions) hörde till förra utgåvan och är borttagna. Lägg till de nya besluten när de är fattade.');
  });

  it('refuses a source that is not readable YAML', async () => {
    expect(() => deriveEditionYaml('id: [', { id: '2026-2029', from: 'trasig' })).toThrow(
      'agreement/trasig/edition.yaml går inte att läsa som YAML. Kör npm run check och rätta felen först.',
    );
  });
});
