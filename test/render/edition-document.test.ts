// How an edition is assembled into one document: one footnote numbering whatever the labels,
// focus-area descriptions nested under their headings, goals shown, terms explained.
import type { Root } from 'hast';
import { NO_FRAME, TEST_ASSETS } from '../helpers/workspace.ts';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { describe, expect, it } from 'vitest';
import { renderEditionPage } from '../../scripts/render/edition-page.ts';
import { renderEditionPrint } from '../../scripts/render/edition-print.ts';
import { PRINT_CSS_ASSET } from '../../scripts/render/print-document.ts';
import { STYLESHEET_ASSET } from '../../scripts/build/build-site.ts';
import { textOf } from '../helpers/html.ts';
import { AREA, checkRoot, makeFixture, type Override, PROMISE, replaceOnce, TEXT } from '../helpers/check-fixture.ts';

async function page(overrides: Record<string, Override>) {
  const { content, errors } = await checkRoot(makeFixture(overrides));
  expect(errors).toEqual([]);
  return fromHtml(await renderEditionPage(content, content.editions[0]!, { pdf: 'x.pdf' }));
}

describe('an edition page', () => {
  it('keeps a footnote of text.md and one of a focus area apart when they have the same label', async () => {
    const built = await page({
      [TEXT]: replaceOnce('verka i.', 'verka i[^not].\n\n[^not]: Fotnot i texten.'),
      [AREA]: (valid) => `${valid.trimEnd()}[^not]\n\n[^not]: Fotnot i fokusområdet.\n`,
    });
    const notes = selectAll('.footnotes li', built).map((item) => textOf(item));
    expect(notes.some((note) => note.startsWith('Fotnot i texten.'))).toBe(true);
    expect(notes.some((note) => note.startsWith('Fotnot i fokusområdet.'))).toBe(true);
  });

  it('nests the headings of a focus-area description under the focus area, and shows its goals', async () => {
    const built = await page({
      [AREA]: (valid) =>
        valid.replace('title: Trygg offentlig miljö', 'title: Trygg offentlig miljö\ngoals:\n  - Fler trygghetsvandringar i bostadsområdena') +
        '\n## Så arbetar vi\n\nMed trygghetsvandringar.\n',
    });
    const area = select('#fokusomrade-trygg-offentlig-miljo', built)!;
    const nested = selectAll('h4', built).map(textOf);
    expect(area.tagName).toBe('h3');
    expect(nested.some((text) => text.startsWith('Så arbetar vi'))).toBe(true);
    expect(textOf(select('.document', built)!)).toContain('Delmål Fler trygghetsvandringar i bostadsområdena');
  });

  it('anchors the focus areas on the list when the text has no descriptions', async () => {
    const built = await page({ [TEXT]: replaceOnce('::fokusomraden-beskrivningar', 'Beskrivningarna kommer senare.') });
    expect(select('#fokusomrade-trygg-offentlig-miljo', built)?.tagName).toBe('li');
  });

  it('explains each term at its first use, also two new terms in one paragraph', async () => {
    const built = await page({ [TEXT]: replaceOnce('verka i.', 'verka i. Vi arbetar med EST och trygghetsvandring.') });
    const marked = selectAll('a.term', built).map((link) => [textOf(link), link.properties.href]);
    expect(marked).toEqual([
      ['EST', '#begrepp-est'],
      ['trygghetsvandring', '#begrepp-trygghetsvandring'],
    ]);
  });

  it("keeps a table column's alignment as a class, without the obsolete align attribute or an inline style", async () => {
    const built = await page({ [TEXT]: replaceOnce('verka i.', TABLE) });
    expect(alignments(built)).toEqual(ALIGNED);
    expect(selectAll('[align], [style]', built)).toEqual([]);
  });

  it('gives numbered focus areas and their numbered sub-goals no second marker', async () => {
    const built = await page({ [AREA]: (valid) => valid.replace('title: Trygg offentlig miljö', NUMBERED_AREA) });
    expect(numberedLists(built)).toEqual(NUMBERED_LISTS);
  });

  it('leaves the markers on the lists of unnumbered focus areas and goals', async () => {
    const built = await page({ [AREA]: (valid) => valid.replace('title: Trygg offentlig miljö', 'title: Trygg offentlig miljö\ngoals:\n  - Fler trygghetsvandringar') });
    expect(selectAll('ul.numbered, ol.numbered', select('.document', built)!)).toEqual([]);
  });

  it('keeps the period in the title on one line, its text as written', async () => {
    const built = await page({});
    const title = select('h1', built)!;
    expect(textOf(title)).toBe('Samverkansöverenskommelse för ökad trygghet 2026–2029');
    expect(selectAll('.nowrap', title).map(textOf)).toEqual(['2026–2029']);
  });

  it("lists h2 and h3 in its contents, not a focus area description's own headings", async () => {
    const built = await page({ [AREA]: (valid) => `${valid.trimEnd()}\n\n## Så arbetar vi\n\nMed trygghetsvandringar.\n` });
    expect(selectAll('.toc a', built).map(textOf)).not.toContain('Så arbetar vi');
    expect(selectAll('h4', built).map(textOf)).toContain('Så arbetar vi');
  });
});

const TABLE = 'verka i.\n\n| Insats | Antal | Var |\n| :--- | ---: | :---: |\n| Trygghetsvandringar | 2 | centrum |\n';
const ALIGNED = [
  ['th', 'align-left'],
  ['th', 'align-right'],
  ['th', 'align-center'],
  ['td', 'align-left'],
  ['td', 'align-right'],
  ['td', 'align-center'],
];
const alignments = (tree: Root) => selectAll('th, td', tree).map((cell) => [cell.tagName, String(cell.properties.className)]);

const NUMBERED_AREA = 'number: "1"\ntitle: Trygg offentlig miljö\ngoals:\n  - Fler trygghetsvandringar\n  - Färre anmälda skadegörelser';
const NUMBERED_LISTS = [
  ['1. Trygg offentlig miljö'],
  ['1.1 Fler trygghetsvandringar', '1.2 Färre anmälda skadegörelser'],
];
/** The entries of the text's lists that set no marker of their own, first words only. */
const numberedLists = (tree: Root) =>
  selectAll('.document ul.numbered', tree).map((list) => selectAll(':scope > li', list).map((item) => textOf(item).replace(/\d+$/, '')));

/** Whether a stylesheet sets the alignment of each alignment class, for th and td alike. */
function alignsColumns(css: string): boolean {
  return ['right', 'center'].every((alignment) =>
    new RegExp(`th\\.align-${alignment},\\s*td\\.align-${alignment}\\s*\\{[^}]*text-align:\\s*${alignment}`).test(css),
  );
}

describe('the print document', () => {
  it('gives the footnotes of a promise in the appendix ids of their own', async () => {
    const { content, errors } = await checkRoot(
      makeFixture({ [PROMISE]: (valid) => `${valid}\nEnligt trygghetsmätningen[^1].\n\n[^1]: Trygghetsmätning 2025.\n` }),
    );
    expect(errors).toEqual([]);
    const printed = fromHtml(await renderEditionPrint(content, content.editions[0]!, NO_FRAME));
    const all = selectAll('[id]', printed).map((node) => String(node.properties.id));
    expect(all.filter((id, index) => all.indexOf(id) !== index)).toEqual([]);
    expect(textOf(select('.appendix', printed)!)).toContain('Trygghetsmätning 2025.');
  });

  it("keeps a table column's alignment, and print.css aligns, rules and spaces tables as style.css does", async () => {
    const printed = await print({ [TEXT]: replaceOnce('verka i.', TABLE) });
    expect(alignments(printed)).toEqual(ALIGNED);
    const [web, css] = [STYLESHEET_ASSET, PRINT_CSS_ASSET].map((asset) => new TextDecoder().decode(TEST_ASSETS.read(asset)));
    expect(alignsColumns(web!)).toBe(true);
    expect(alignsColumns(css!)).toBe(true);
    expect(css).toMatch(/\btd\s*\{[^}]*border:/);
    expect(css).toMatch(/\btable\s*\{[^}]*margin:\s*\S+\s+\S+\s+[1-9]/);
  });

  it('gives numbered focus areas and their numbered sub-goals no second marker', async () => {
    const printed = await print({ [AREA]: (valid) => valid.replace('title: Trygg offentlig miljö', NUMBERED_AREA) });
    expect(numberedLists(printed)).toEqual(NUMBERED_LISTS);
  });

  it('keeps the period on the title page on one line', async () => {
    const printed = await print({});
    expect(selectAll('.title-page h1 .nowrap', printed).map(textOf)).toEqual(['2026–2029']);
  });

  it("lists every heading in its contents, as the bookmarks do, a focus area description's own included", async () => {
    const printed = await print({ [AREA]: (valid) => `${valid.trimEnd()}\n\n## Så arbetar vi\n\nMed trygghetsvandringar.\n` });
    const entries = selectAll('.toc a', printed).map((link) => String(link.properties.href));
    const headings = selectAll('.document :is(h2, h3, h4, h5, h6)', printed).map((heading) => `#${String(heading.properties.id)}`);
    expect(select('.document h4', printed)).toBeDefined();
    expect(headings.filter((id) => !entries.includes(id))).toEqual([]);
  });
});

async function print(overrides: Record<string, Override>) {
  const { content, errors } = await checkRoot(makeFixture(overrides));
  expect(errors).toEqual([]);
  return fromHtml(await renderEditionPrint(content, content.editions[0]!, NO_FRAME));
}
