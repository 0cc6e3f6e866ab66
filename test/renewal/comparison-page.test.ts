// The comparison page: summary first, changes labelled in words for screen readers and marked
// by underline and strike-through, not colour alone; zero axe-core violations.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { beforeAll, describe, expect, it } from 'vitest';
import type { EditionComparison } from '../../scripts/compare/compare-editions.ts';
import { comparisonOf, derivedEditionPairs, renderComparisonPage } from '../../scripts/compare/render-comparison.ts';
import { loadContent } from '../../scripts/load/load-content.ts';
import type { Content, Edition } from '../../scripts/model/model.ts';
import { comparisonPagePath } from '../../scripts/model/output-paths.ts';
import { formatViolations, openBuiltPage, runAxe } from '../helpers/axe.ts';
import { useBrowser } from '../helpers/browser.ts';
import { textOf } from '../helpers/html.ts';
import { diskTestWorkspace, FIXTURES_DIR, fixtureWorkspace } from '../helpers/workspace.ts';
import { copyFixture, fixturePath, REPOSITORY_ROOT } from './fixtures.ts';

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
