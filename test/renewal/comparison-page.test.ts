// The comparison page: summary first, changes labelled in words for screen readers and marked
// by underline and strike-through, not colour alone; zero axe-core violations.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { beforeAll, describe, expect, it } from 'vitest';
import type { EditionComparison } from '../../scripts/compare/compare-editions.ts';
import { comparisonPrintHtml } from '../../scripts/compare/comparison-print.ts';
import { comparisonOf, derivedEditionPairs, renderComparisonPage } from '../../scripts/compare/render-comparison.ts';
import { loadContent } from '../../scripts/load/load-content.ts';
import type { Content, Edition } from '../../scripts/model/model.ts';
import { comparisonPagePath } from '../../scripts/model/output-paths.ts';
import { formatViolations, openBuiltPage, runAxe } from '../helpers/axe.ts';
import { useBrowser } from '../helpers/browser.ts';
import { textOf } from '../helpers/html.ts';
import { diskTestWorkspace, FIXTURES_DIR, fixtureWorkspace, NO_FRAME } from '../helpers/workspace.ts';
import { copyFixture, fixturePath, REPOSITORY_ROOT } from './fixtures.ts';
import { nestedListAndTableFixture } from './nested-fixture.ts';

const STYLE = join(REPOSITORY_ROOT, 'scripts/render/assets/style.css');

interface ComparisonPage {
  path: string;
  html: string;
  comparison: EditionComparison;
}

function comparisonPage(content: Content, from: Edition, to: Edition): ComparisonPage {
  return { path: comparisonPagePath(from.id, to.id), html: renderComparisonPage(content, from, to), comparison: comparisonOf(content, from, to) };
}
const browser = useBrowser();

let content: Content;
let page: ComparisonPage;
beforeAll(async () => {
  content = await loadContent(diskTestWorkspace(fixturePath('compare')));
  const edition = (id: string) => content.editions.find((candidate) => candidate.id === id)!;
  page = comparisonPage(content, edition('utgava-a'), edition('utgava-b'));
});
const tree = () => fromHtml(page.html);

/** Writes pages as the build would (with style.css beside each) and runs axe on them. */
async function axeViolations(pages: ComparisonPage[]) {
  const dir = copyFixture('compare');
  const found: string[] = [];
  for (const { path, html } of pages) {
    mkdirSync(join(dir, dirname(path)), { recursive: true });
    writeFileSync(join(dir, path), html);
    copyFileSync(STYLE, join(dir, dirname(path), 'style.css'));
    const { page: opened } = await openBuiltPage(browser(), dir, path, { forAxe: true });
    const violations = await runAxe(opened);
    if (violations.length > 0) found.push(formatViolations(path, violations));
  }
  return found;
}

describe('the comparison page of utgava-b against utgava-a', () => {
  it('is published at compare/<a>--<b>/index.html', () => {
    expect(page.path).toBe('compare/utgava-a--utgava-b/index.html');
  });

  it('is a Swedish page whose first content is the summary', () => {
    const root = tree();
    expect(select('html', root)?.properties.lang).toBe('sv');
    const headings = selectAll('h1, h2', root).map(textOf);
    expect(headings).toEqual([
      'Vad utgava-b ändrar jämfört med utgava-a',
      'Sammanfattning',
      'Uppgifter om överenskommelsen',
      'Fokusområden',
      'Hänvisningar till medborgarlöften',
      'Texten, avsnitt för avsnitt',
      'Fokusområdenas beskrivningar',
    ]);
    expect(textOf(select('.comparison-summary > p', root)!)).toBe(
      '1 avsnitt ändrat, 1 fokusområde tillagt, 1 fokusområde med nytt namn och ändrade uppgifter om undertecknare.',
    );
  });

  it('labels every insertion and deletion in words', () => {
    const root = tree();
    const marks = selectAll('ins, del', root);
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks) {
      const label = select('.visually-hidden', mark);
      expect(label && textOf(label)).toBe(mark.tagName === 'ins' ? 'Tillagt:' : 'Borttaget:');
    }
  });

  it('redlines the changed paragraph', () => {
    const section = selectAll('h3', tree()).find((heading) => heading.properties.id === 'avsnitt-uppfoljning')!;
    expect(textOf(section)).toBe('Uppföljning (ändrat)');
    const changes = selectAll('main ins, main del', tree())
      .filter((mark) => ['år', 'halvår'].includes(textOf(mark).replace(/^(Tillagt|Borttaget): /, '')))
      .map((mark) => `${mark.tagName}:${textOf(mark)}`);
    expect(changes).toEqual(['del:Borttaget: år', 'ins:Tillagt: halvår']);
  });

  it('lists the metadata change in a table with headers', () => {
    const rows = selectAll('table tbody tr', tree()).map((row) => selectAll('th, td', row).map(textOf));
    expect(rows).toEqual([
      ['Undertecknare, Degerfors kommun', 'Borttaget: Anna Andersson, Kommunstyrelsens ordförande', 'Tillagt: Karin Sjöberg, Kommunstyrelsens ordförande'],
    ]);
  });

  it('lists the focus-area changes', () => {
    const items = selectAll('section', tree())
      .find((section) => select('h2', section) && textOf(select('h2', section)!) === 'Fokusområden')!;
    expect(selectAll('li', items).map(textOf)).toEqual([
      'Nytt: Tillagt: Våld i nära relationer (plats 4)',
      'Nytt namn: Borttaget: Alkohol och droger blir Tillagt: Alkohol, narkotika, dopning och tobak',
    ]);
  });

  it('keeps unchanged sections folded away but readable', () => {
    const details = selectAll('details', tree()) as Element[];
    expect(details.length).toBe(8);
    expect(textOf(select('summary', details[0]!)!)).toBe('Visa den oförändrade texten');
  });

  it('has no axe-core violations', async () => {
    expect(await axeViolations([page])).toEqual([]);
  });
});

describe('a section with a list inside a list and a table, changed', () => {
  let nested: ComparisonPage;
  beforeAll(async () => {
    const loaded = await loadContent(diskTestWorkspace(nestedListAndTableFixture()));
    const edition = (id: string) => loaded.editions.find((candidate) => candidate.id === id)!;
    nested = comparisonPage(loaded, edition('utgava-a'), edition('utgava-b'));
  });
  /** The elements after the section's heading, up to the next heading, in the page and in the print document. */
  const sectionContent = (html: string) => {
    const children = select('section[aria-labelledby="texten"]', fromHtml(html))!.children.filter((child): child is Element => child.type === 'element');
    const at = children.findIndex((child) => child.properties.id === 'avsnitt-gemensam-lagesbild');
    const end = children.findIndex((child, index) => index > at && /^h\d$/.test(child.tagName));
    return children.slice(at + 1, end);
  };
  const unlabelled = (element: Element) => textOf(element).replace(/(Tillagt|Borttaget): /g, '');

  for (const medium of ['web', 'print'] as const) {
    it(`keeps each item at its depth, the sub-items in a list inside their item (${medium})`, () => {
      const html = medium === 'web' ? nested.html : comparisonPrintHtml(nested.comparison, NO_FRAME);
      const [paragraph, list] = sectionContent(html);
      expect(textOf(paragraph!)).toBe('Lägesbilden bygger på:');
      expect(list!.tagName).toBe('ul');
      const items = list!.children.filter((child): child is Element => child.type === 'element');
      expect(items.map((item) => item.tagName)).toEqual(['li', 'li', 'li']);
      const sub = select(':scope > ul', items[1]!)!;
      expect(textOf(items[1]!).startsWith('kommunens trygghetsmätning, som visar att')).toBe(true);
      expect(selectAll(':scope > li', sub).map(unlabelled)).toEqual([
        'fler kvinnor än män känner sig otrygga i centrum på kvällen,',
        'otryggheten är störst kring stationen busstationen,',
        'unga känner sig tryggare än förut,',
      ]);
      expect(selectAll(':scope > li ins', sub).map(textOf)).toEqual(['Tillagt: busstationen', 'Tillagt: unga känner sig tryggare än förut,']);
      expect(selectAll(':scope > li del', sub).map(textOf)).toEqual(['Borttaget: stationen']);
    });

    it(`shows the table as a table, its changed figure and added row marked (${medium})`, () => {
      const html = medium === 'web' ? nested.html : comparisonPrintHtml(nested.comparison, NO_FRAME);
      const table = select('table', sectionContent(html).find((element) => select('table', element))!)!;
      expect(selectAll('thead th', table).map(textOf)).toEqual(['Område', 'Andel otrygga 2023', 'Andel otrygga 2025']);
      expect(selectAll('thead th', table).every((cell) => cell.properties.scope === 'col')).toBe(true);
      const rows = selectAll('tbody tr', table).map((row) => selectAll('td', row).map(unlabelled));
      expect(rows).toEqual([
        ['Centrum', '31 %', '27 %'],
        ['Strand', '24 %', '22 21 %'],
        ['Hamnen', '12 %', '11 %'],
      ]);
      expect(selectAll('tbody tr:last-child td > ins', table)).toHaveLength(3);
    });
  }

  it('numbers an ordered list’s items by their number in the edition', async () => {
    const root = nestedListAndTableFixture();
    const path = join(root, 'agreement/utgava-b/text.md');
    writeFileSync(path, readFileSync(path, 'utf8').replace('Lägesbilden bygger på:\n\n', 'Lägesbilden bygger på:\n\n3. Tre.\n4. Fyra.\n\n'));
    const loaded = await loadContent(diskTestWorkspace(root));
    const edition = (id: string) => loaded.editions.find((candidate) => candidate.id === id)!;
    const list = select('ol', fromHtml(renderComparisonPage(loaded, edition('utgava-a'), edition('utgava-b'))))!;
    expect(selectAll('li', list).map((item) => [item.properties.value, unlabelled(item)])).toEqual([
      ['3', 'Tre.'],
      ['4', 'Fyra.'],
    ]);
  });

  it('has no axe-core violations', async () => {
    expect(await axeViolations([nested])).toEqual([]);
  });
});

describe('the site fixture (a copy of the Degerfors content)', () => {
  it('compares the 2026–2029 draft with 2021–2025, the edition it came from, without axe-core violations', async () => {
    const repository = await loadContent(fixtureWorkspace('site'));
    const pairs = derivedEditionPairs(repository);
    expect(pairs.map(({ from, to }) => `${from.id}→${to.id}`)).toEqual(['2021-2025→2026-2029']);
    const pages = pairs.map(({ from, to }) => comparisonPage(repository, from, to));
    expect(pages[0]!.path).toBe('compare/2021-2025--2026-2029/index.html');
    const summary = pages[0]!.comparison.summary.sentence;
    expect(summary).toMatch(/avsnitt ändrade/);
    expect(pages[0]!.html).toContain('<del><span class="visually-hidden">Borttaget: </span>Karlskoga och </del>');
    expect(await axeViolations(pages)).toEqual([]);
  });
});
