// The comparison a politician reads: what utgava-b changes from utgava-a. The fixtures differ
// in exactly four ways, and the comparison must report those four and nothing else.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compareEditions, type DiffBlock, summarySentence, unitDiff, wordDiff, type ComparisonCounts, type EditionComparison } from '../../scripts/compare/compare-editions.ts';
import { paragraphUnit } from '../../scripts/compare/section-text.ts';
import { loadContent } from '../../scripts/load/load-content.ts';
import type { Content } from '../../scripts/model/model.ts';
import { diskTestWorkspace } from '../helpers/workspace.ts';
import { copyFixture, fixturePath } from './fixtures.ts';
import { nestedListAndTableFixture } from './nested-fixture.ts';

async function compare(root: string, a = 'utgava-a', b = 'utgava-b'): Promise<EditionComparison> {
  const content: Content = await loadContent(diskTestWorkspace(root));
  const edition = (id: string) => content.editions.find((candidate) => candidate.id === id)!;
  return compareEditions(content, edition(a), edition(b));
}

/** A copy of the compare fixture with files of utgava-b edited. */
function editedB(edits: Record<string, (text: string) => string>): string {
  const root = copyFixture('compare');
  for (const [name, edit] of Object.entries(edits)) {
    const path = join(root, 'agreement/utgava-b', name);
    writeFileSync(path, edit(readFileSync(path, 'utf8')));
  }
  return root;
}

/** Each block's words, for reading a comparison in a test: "−" removed, "+" added, [a|b] a row's cells. */
const readBlock = (block: DiffBlock) => {
  const cell = (parts: DiffBlock['cells'][number]) => parts.map(({ kind, text }) => (kind === 'same' ? text : `${kind === 'added' ? '+' : '−'}{${text}}`)).join('');
  const shape = block.shape;
  const prefix = shape.type === 'item' ? `${'  '.repeat(shape.depth - 1)}${shape.number === undefined ? '•' : `${shape.number}.`} ` : '';
  return shape.type === 'row' ? `[${block.cells.map(cell).join(' | ')}]${shape.header ? ' (rubrikrad)' : ''}` : `${prefix}${cell(block.cells[0] ?? [])}`;
};


const NO_CHANGES: ComparisonCounts = {
  sectionsChanged: 0,
  sectionsAdded: 0,
  sectionsRemoved: 0,
  focusAreasAdded: 0,
  focusAreasRemoved: 0,
  focusAreasRenamed: 0,
  focusAreasMoved: 0,
  citationsAdded: 0,
  citationsRemoved: 0,
  citationsChanged: 0,
  metadataFields: [],
};

describe('utgava-b compared with utgava-a', () => {
  let comparison: EditionComparison;
  beforeAll(async () => {
    comparison = await compare(fixturePath('compare'));
  });

  it('summarises the four changes in one Swedish sentence', () => {
    expect(comparison.summary.counts).toEqual({
      ...NO_CHANGES,
      sectionsChanged: 1,
      focusAreasAdded: 1,
      focusAreasRenamed: 1,
      metadataFields: ['signatories'],
    });
    expect(comparison.summary.sentence).toBe(
      '1 avsnitt ändrat, 1 fokusområde tillagt, 1 fokusområde med nytt namn och ändrade uppgifter om undertecknare.',
    );
  });

  it('names the editions compared', () => {
    expect(comparison.from).toEqual({ id: 'utgava-a', title: 'Samverkansöverenskommelse för ökad trygghet 2026–2029', status: 'final' });
    expect(comparison.to.id).toBe('utgava-b');
  });

  it('reports the changed signatory, and no other metadata', () => {
    expect(comparison.metadata).toEqual([
      {
        field: 'signatories',
        kind: 'changed',
        subject: 'Degerfors kommun',
        before: 'Anna Andersson, Kommunstyrelsens ordförande',
        after: 'Karin Sjöberg, Kommunstyrelsens ordförande',
      },
    ]);
  });

  it('reports the added and the renamed focus area, and nothing moved', () => {
    expect(comparison.focusAreas).toEqual([
      { kind: 'added', id: 'vald-i-nara-relationer', title: 'Våld i nära relationer', position: 4 },
      { kind: 'renamed', id: 'andt', before: 'Alkohol och droger', after: 'Alkohol, narkotika, dopning och tobak' },
    ]);
  });

  it('reports no change of promise citations', () => {
    expect(comparison.citations).toEqual([]);
  });

  it('redlines the changed paragraph word by word, and leaves the other sections unchanged', () => {
    expect(comparison.sections.map(({ key, kind }) => [key, kind])).toEqual([
      ['avsnitt-inledning', 'unchanged'],
      ['avsnitt-bakgrund', 'unchanged'],
      ['avsnitt-gemensamma-fokusomraden', 'unchanged'],
      ['avsnitt-beskrivning-av-fokusomradena', 'unchanged'],
      ['avsnitt-uppfoljning', 'changed'],
      ['avsnitt-tidplan', 'unchanged'],
    ]);
    expect(comparison.sections[4]!.blocks).toEqual([
      {
        shape: { type: 'paragraph' },
        cells: [
          [
            { kind: 'same', text: 'Överenskommelsen följs upp varje ' },
            { kind: 'removed', text: 'år' },
            { kind: 'added', text: 'halvår' },
            { kind: 'same', text: ' av det lokala brottsförebyggande rådet.' },
          ],
        ],
      },
      { shape: { type: 'paragraph' }, cells: [[{ kind: 'same', text: 'Uppföljningen bygger på brottsstatistik och trygghetsundersökningar.' }]] },
    ]);
  });

  it('shows the added focus area as added text, and the renamed one under its new name, unchanged', () => {
    expect(comparison.focusAreaTexts.map(({ key, kind, heading }) => [key, kind, heading])).toEqual([
      ['fokusomrade-trygg-offentlig-miljo', 'unchanged', 'Trygg offentlig miljö'],
      ['fokusomrade-andt', 'unchanged', 'Alkohol, narkotika, dopning och tobak'],
      ['fokusomrade-skadegorelse', 'unchanged', 'Skadegörelse och klotter'],
      ['fokusomrade-vald-i-nara-relationer', 'added', 'Våld i nära relationer'],
    ]);
    expect(comparison.focusAreaTexts[3]!.blocks.map(readBlock)).toEqual([
      '+{Det är av stor vikt att förebygga och minska våld i nära relationer och att synliggöra problematiken.}',
    ]);
  });

  it('keeps footnotes and the focus-area placeholders as words in the text', () => {
    expect(comparison.sections[1]!.blocks.map(readBlock)).toEqual([
      'Degerfors kommun och lokalpolisområde Degerfors samverkar i det brottsförebyggande arbetet[fotnot].',
      'Fotnot: För kommunen är detta målstyrningen och för polisen verksamhetsplaner.',
    ]);
    expect(comparison.sections[2]!.blocks.map(readBlock)).toEqual(['[Här står listan över fokusområdena.]']);
  });
});

describe('compareEditions', () => {
  it('finds no changes between an edition and itself', async () => {
    const comparison = await compare(fixturePath('compare'), 'utgava-a', 'utgava-a');
    expect(comparison.summary).toEqual({ counts: NO_CHANGES, sentence: 'Inga ändringar.' });
    expect(comparison.sections.every((section) => section.kind === 'unchanged')).toBe(true);
  });

  it('reports a focus area moved, not every area after an insertion', async () => {
    const root = editedB({
      'edition.yaml': (text) => text.replace('  - trygg-offentlig-miljo\n  - andt\n  - skadegorelse\n', '  - andt\n  - skadegorelse\n  - trygg-offentlig-miljo\n'),
    });
    const { focusAreas } = await compare(root);
    expect(focusAreas.filter((change) => change.kind === 'moved')).toEqual([
      { kind: 'moved', id: 'trygg-offentlig-miljo', title: 'Trygg offentlig miljö', from: 1, to: 3 },
    ]);
  });

  it('reports a removed focus area and its position', async () => {
    const root = editedB({ 'edition.yaml': (text) => text.replace('  - skadegorelse\n', '') });
    const comparison = await compare(root);
    expect(comparison.focusAreas).toContainEqual({ kind: 'removed', id: 'skadegorelse', title: 'Skadegörelse och klotter', position: 3 });
    expect(comparison.focusAreaTexts.at(-1)).toMatchObject({ key: 'fokusomrade-skadegorelse', kind: 'removed' });
    expect(comparison.summary.counts.focusAreasMoved).toBe(0);
  });

  it('reports promise citations added, removed and reworded per focus area', async () => {
    const root = editedB({
      'fokusomraden/trygg-offentlig-miljo.md': (text) =>
        text.replace('  - degerfors-trygghetsvandringar\n', '  - promise: degerfors-trygghetsvandringar\n    footnote: "Löfte: {text}"\n'),
      'fokusomraden/andt.md': (text) => text.replace('title: Alkohol, narkotika, dopning och tobak\n', '$&promises:\n  - degerfors-trygghetsvandringar\n'),
    });
    const removedRoot = editedB({ 'fokusomraden/trygg-offentlig-miljo.md': (text) => text.replace(/promises:\n.*\n/, '') });
    expect((await compare(root)).citations).toEqual([
      {
        kind: 'changed',
        focusAreaId: 'trygg-offentlig-miljo',
        focusAreaTitle: 'Trygg offentlig miljö',
        promiseId: 'degerfors-trygghetsvandringar',
        promiseTitle: 'Trygghetsvandringar',
        before: 'Medborgarlöfte: ”{text}”',
        after: 'Löfte: {text}',
      },
      {
        kind: 'added',
        focusAreaId: 'andt',
        focusAreaTitle: 'Alkohol, narkotika, dopning och tobak',
        promiseId: 'degerfors-trygghetsvandringar',
        promiseTitle: 'Trygghetsvandringar',
      },
    ]);
    const removed = await compare(removedRoot);
    expect(removed.citations).toEqual([expect.objectContaining({ kind: 'removed', focusAreaId: 'trygg-offentlig-miljo' })]);
    expect(removed.summary.sentence).toContain('1 hänvisning till medborgarlöfte borttagen');
  });

  it('matches a renamed heading by its position, and reports added and removed sections', async () => {
    const root = editedB({
      'text.md': (text) =>
        text
          .replace('## Bakgrund', '## Bakgrund och syfte')
          .replace('## Tidplan\n\nÖverenskommelsen gäller från och med 2026-01-01 till och med 2029-12-31.\n', '## Ekonomi\n\nVar part bär sina egna kostnader.\n'),
    });
    const { sections, summary } = await compare(root);
    expect(sections.map(({ key, kind, headingBefore }) => [key, kind, headingBefore])).toEqual([
      ['avsnitt-inledning', 'unchanged', undefined],
      ['avsnitt-bakgrund-och-syfte', 'changed', 'Bakgrund'],
      ['avsnitt-gemensamma-fokusomraden', 'unchanged', undefined],
      ['avsnitt-beskrivning-av-fokusomradena', 'unchanged', undefined],
      ['avsnitt-uppfoljning', 'changed', undefined],
      ['avsnitt-ekonomi', 'changed', 'Tidplan'],
    ]);
    expect(summary.counts.sectionsChanged).toBe(3);
    const removedRoot = editedB({ 'text.md': (text) => text.replace(/## Tidplan[\s\S]*$/, '') });
    const removed = await compare(removedRoot);
    expect(removed.sections.at(-1)).toMatchObject({ key: 'avsnitt-tidplan', kind: 'removed' });
    expect(removed.summary.sentence).toContain('1 avsnitt borttaget');
  });

  it('reports period, status, parties and signing in readable Swedish', async () => {
    const root = editedB({
      'edition.yaml': (text) =>
        text
          .replace('status: final', 'status: draft')
          .replace('  end: 2029-12-31', '  end: 2030-06-30')
          .replace('  date: 2026-02-16\n', '')
          .replace('    kind: polis\n', '    kind: polis\n    organisation: [Polismyndigheten, region Bergslagen, lokalpolisområde Degerfors]\n'),
    });
    const { metadata, summary } = await compare(root);
    expect(metadata.filter((change) => change.field !== 'signatories')).toEqual([
      { field: 'status', kind: 'changed', before: 'Färdig för beslut', after: 'Utkast' },
      { field: 'period', kind: 'changed', before: '1 januari 2026 – 31 december 2029', after: '1 januari 2026 – 30 juni 2030' },
      {
        field: 'parties',
        kind: 'changed',
        subject: 'lokalpolisområde Degerfors',
        before: 'lokalpolisområde Degerfors',
        after: 'lokalpolisområde Degerfors (Polismyndigheten, region Bergslagen, lokalpolisområde Degerfors)',
      },
      { field: 'signing', kind: 'changed', before: 'Degerfors 16 februari 2026', after: 'Degerfors' },
    ]);
    expect(summary.sentence).toBe(
      '1 avsnitt ändrat, 1 fokusområde tillagt, 1 fokusområde med nytt namn och ändrade uppgifter om status, period, parter, undertecknare och ort och datum för underskrift.',
    );
  });

  it('does not count a signatory copied into a draft, still to confirm, as changed', async () => {
    const root = editedB({ 'edition.yaml': (text) => text.replace('    party: lpo-degerfors\n', '$&    confirmed: false\n') });
    expect((await compare(root)).metadata.map((change) => change.subject)).toEqual(['Degerfors kommun']);
  });
});

describe('a section with a list inside a list and a table', () => {
  it('compares each item at its depth and each row cell by cell', async () => {
    const root = nestedListAndTableFixture();
    const situation = (await compare(root)).sections.find((section) => section.key === 'avsnitt-gemensam-lagesbild')!;
    expect(situation.kind).toBe('changed');
    expect(situation.blocks.map(readBlock)).toEqual([
      'Lägesbilden bygger på:',
      '• brottsstatistik från Polismyndigheten,',
      '• kommunens trygghetsmätning, som visar att',
      '  • fler kvinnor än män känner sig otrygga i centrum på kvällen,',
      '  • otryggheten är störst kring −{stationen}+{busstationen},',
      '  • +{unga känner sig tryggare än förut,}',
      '• medborgardialoger.',
      '[Område | Andel otrygga 2023 | Andel otrygga 2025] (rubrikrad)',
      '[Centrum | 31 % | 27 %]',
      '[Strand | 24 % | −{22}+{21} %]',
      '[+{Hamnen} | +{12 %} | +{11 %}]',
    ]);
  });

  it('numbers an ordered list’s items, and an item inserted above renumbers the rest without changing them', () => {
    const item = (number: number, text: string) => ({ shape: { type: 'item' as const, depth: 1, ordered: true, number }, cells: [text] });
    expect(unitDiff([item(1, 'Första.'), item(2, 'Andra.')], [item(1, 'Ny.'), item(2, 'Första.'), item(3, 'Andra.')]).map(readBlock)).toEqual([
      '1. +{Ny.}',
      '2. Första.',
      '3. Andra.',
    ]);
  });
});

describe('wordDiff', () => {
  it('groups a run of changed words into one deletion and one insertion', () => {
    expect(wordDiff('Under hösten 2020 har kommunen analyserat läget.', 'Inför perioden ska kommunen analysera läget.')).toEqual([
      { kind: 'removed', text: 'Under hösten 2020 har ' },
      { kind: 'added', text: 'Inför perioden ska ' },
      { kind: 'same', text: 'kommunen ' },
      { kind: 'removed', text: 'analyserat' },
      { kind: 'added', text: 'analysera' },
      { kind: 'same', text: ' läget.' },
    ]);
  });

  it('never lets a change span a paragraph break', () => {
    const parts = wordDiff('Ett stycke.\n\nAndra stycket.', 'Ett kapitel.\n\nTredje stycket.');
    expect(parts.filter((part) => part.kind !== 'same').every((part) => !part.text.includes('\n\n'))).toBe(true);
  });
});

describe('unitDiff', () => {
  const units = (...texts: string[]) => texts.map(paragraphUnit);
  it('shows a paragraph replaced by another as one deletion and one insertion', () => {
    expect(unitDiff(units('Samma stycke.', 'Fotnot: Hobit är ett kartsystem.'), units('Samma stycke.', 'ATT GÖRA: beskriv analysen.')).map(readBlock)).toEqual([
      'Samma stycke.',
      '−{Fotnot: Hobit är ett kartsystem.}',
      '+{ATT GÖRA: beskriv analysen.}',
    ]);
  });

  it('redlines an edited paragraph word by word, and keeps added paragraphs whole', () => {
    expect(unitDiff(units('Följs upp varje år av rådet.'), units('Följs upp varje halvår av rådet.', 'Ett nytt stycke.')).map(readBlock)).toEqual([
      'Följs upp varje −{år}+{halvår} av rådet.',
      '+{Ett nytt stycke.}',
    ]);
  });

  it('does not redline a paragraph against a list item: a unit moved to another place is removed and added', () => {
    const item = { shape: { type: 'item' as const, depth: 1, ordered: false }, cells: ['Följs upp varje år.'] };
    expect(unitDiff(units('Följs upp varje år.'), [item]).map(readBlock)).toEqual(['−{Följs upp varje år.}', '• +{Följs upp varje år.}']);
  });
});

describe('summarySentence', () => {
  it('uses the plural and "och" before the last item', () => {
    expect(summarySentence({ ...NO_CHANGES, sectionsChanged: 3, focusAreasAdded: 2, citationsAdded: 1 })).toBe(
      '3 avsnitt ändrade, 2 fokusområden tillagda och 1 hänvisning till medborgarlöfte tillagd.',
    );
  });
});
