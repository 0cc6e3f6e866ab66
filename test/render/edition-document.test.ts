// How an edition is assembled into one document: one footnote numbering whatever the labels,
// focus-area descriptions nested under their headings, goals shown, terms explained.
import { NO_FRAME } from '../helpers/workspace.ts';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { describe, expect, it } from 'vitest';
import { renderEditionPage } from '../../scripts/render/edition-page.ts';
import { renderEditionPrint } from '../../scripts/render/edition-print.ts';
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

  it('renders a table with aligned columns without the obsolete align attribute', async () => {
    const built = await page({ [TEXT]: replaceOnce('verka i.', 'verka i.\n\n| Insats | Antal |\n| :--- | ---: |\n| Trygghetsvandringar | 2 |\n') });
    expect(selectAll('table td', built)).toHaveLength(2);
    expect(selectAll('[align]', built)).toEqual([]);
  });
});

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
});
