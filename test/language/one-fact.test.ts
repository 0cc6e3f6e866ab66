// One fact reads the same on the edition's page, in its print document and in the comparison:
// signing place and date, decision, period and status all go through the language module's
// formatters. Rendered from content in memory: no build, no browser.
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { remove } from 'unist-util-remove';
import { beforeAll, describe, expect, it } from 'vitest';
import { comparisonPrintHtml } from '../../scripts/compare/comparison-print.ts';
import { comparisonOf, renderComparisonPage } from '../../scripts/compare/render-comparison.ts';
import { wordsFor } from '../../scripts/language/index.ts';
import type { Content, Edition } from '../../scripts/model/model.ts';
import { renderEditionPage } from '../../scripts/render/edition-page.ts';
import { renderEditionPrint } from '../../scripts/render/edition-print.ts';
import { AREA, checkRoot, EDITION, makeFixture, replaceOnce, TEXT, validText } from '../helpers/check-fixture.ts';
import { textOf } from '../helpers/html.ts';

const FRAME = { fontFaces: '', css: '' };

/** The valid fixture's edition, renewed as 2030-2033: signed, with a decision, derived from 2026-2029. */
const renewed = [
  replaceOnce('id: 2026-2029', 'id: 2030-2033\nderivedFrom: 2026-2029'),
  replaceOnce('status: final', 'status: signed'),
  replaceOnce('  start: 2026-01-01\n  end: 2029-12-31', '  start: 2030-01-01\n  end: 2033-12-31'),
  replaceOnce('signing:\n  place: Degerfors\n  date: 2026-02-16', 'decision:\n  body: Kommunfullmäktige\n  date: 2030-03-15\n  paragraph: § 12\nsigning:\n  place: Degerfors\n  date: 2030-04-02'),
].reduce((text, edit) => edit(text), validText(EDITION));

const FACTS = {
  signing: 'Degerfors 2 april 2030',
  decision: 'Kommunfullmäktige 15 mars 2030, § 12',
  period: '1 januari 2030 – 31 december 2033',
  status: 'Undertecknad',
};

let content: Content;
let from: Edition;
let to: Edition;
beforeAll(async () => {
  ({ content } = await checkRoot(
    makeFixture({
      'agreement/2030-2033/edition.yaml': renewed,
      'agreement/2030-2033/text.md': validText(TEXT),
      [AREA.replace('2026-2029', '2030-2033')]: validText(AREA),
    }),
  ));
  from = content.editions.find((edition) => edition.id === '2026-2029')!;
  to = content.editions.find((edition) => edition.id === '2030-2033')!;
});

/** The value less the change labels ("Tillagt: "): hidden for screen readers on the web, printed in the PDF. */
function visible(node: Element): string {
  const copy = structuredClone(node);
  const hidden = new Set(selectAll('.visually-hidden, .change-label', copy));
  remove(copy, (child) => hidden.has(child as Element));
  return textOf(copy).trim();
}

/** The edition's facts (title block or title page): term → value. */
function facts(page: Root): Record<string, string> {
  const list = select('dl.facts', page)!;
  const terms = selectAll('dt', list).map(textOf);
  const values = selectAll('dd', list).map(textOf);
  return Object.fromEntries(terms.map((term, index) => [term, values[index]!]));
}

/** The comparison's metadata table: field → [before, after]. */
function changedFields(page: Root): Record<string, [string, string]> {
  return Object.fromEntries(
    selectAll('tbody tr', page).map((row) => {
      const [before, after] = selectAll('td', row).map(visible);
      return [textOf(select('th', row)!), [before!, after!]];
    }),
  );
}

describe('one fact reads the same everywhere', () => {
  it('the formatters give the facts as written here', () => {
    const { format } = wordsFor(content.site.language);
    const data = to.meta.data;
    expect(format.signing(data)).toBe(FACTS.signing);
    expect(format.decision(data.decision!)).toBe(FACTS.decision);
    expect(format.period(data.period)).toBe(FACTS.period);
    expect(format.editionStatus(data.status)).toBe(FACTS.status);
  });

  it('on the web page', async () => {
    const page = fromHtml(await renderEditionPage(content, to, { pdf: 'x.pdf' }));
    expect(facts(page)).toMatchObject({ Beslut: FACTS.decision, Undertecknad: FACTS.signing, Period: FACTS.period, Status: FACTS.status });
    expect(textOf(select('p.signing-place', page)!)).toBe(FACTS.signing);
  });

  it('in the print document', async () => {
    const page = fromHtml(await renderEditionPrint(content, to, FRAME));
    expect(facts(page)).toMatchObject({ Beslut: FACTS.decision, Undertecknad: FACTS.signing, Period: FACTS.period, Status: FACTS.status });
    expect(textOf(select('p.signing-place', page)!)).toBe(FACTS.signing);
    expect(selectAll('.signatory-place', page).map(textOf)).toEqual(to.meta.data.signatories.map(() => `Ort och datum: ${FACTS.signing}`));
  });

  it('in the comparison, on the web page and in its print document', () => {
    const comparison = comparisonOf(content, from, to);
    for (const html of [renderComparisonPage(content, from, to), comparisonPrintHtml(comparison, FRAME)]) {
      const fields = changedFields(fromHtml(html));
      expect(fields['Beslut']).toEqual(['saknas', FACTS.decision]);
      expect(fields['Ort och datum för underskrift']).toEqual(['Degerfors 16 februari 2026', FACTS.signing]);
      expect(fields['Period']).toEqual(['1 januari 2026 – 31 december 2029', FACTS.period]);
      expect(fields['Status']).toEqual(['Färdig för beslut', FACTS.status]);
    }
  });

  it('never shows the ISO form of a date that can be written out', async () => {
    const pages = [
      await renderEditionPage(content, to, { pdf: 'x.pdf' }),
      await renderEditionPrint(content, to, FRAME),
      renderComparisonPage(content, from, to),
      comparisonPrintHtml(comparisonOf(content, from, to), FRAME),
    ];
    for (const html of pages) {
      const text = textOf(select('body', fromHtml(html))!);
      for (const iso of ['2030-03-15', '2030-04-02', '2030-01-01', '2033-12-31', '2026-02-16']) expect(text).not.toContain(iso);
    }
  });
});

describe('the draft mark', () => {
  it('is the same word in the page banner, on the title page and in the running header', async () => {
    const draft = { ...to, meta: { ...to.meta, data: { ...to.meta.data, status: 'draft' as const } } };
    const mark = wordsFor(content.site.language).document.draftMark;
    const page = fromHtml(await renderEditionPage(content, draft, { pdf: 'x.pdf' }));
    expect(textOf(select('.draft-banner strong', page)!)).toBe(`${mark}.`);
    const print = await renderEditionPrint(content, draft, FRAME);
    expect(textOf(select('.draft-mark', fromHtml(print))!)).toBe(mark);
    expect(print).toContain(`@top-center { content: "${mark}"; }`);
  });
});
