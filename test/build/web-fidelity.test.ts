// The web page of the signed agreement says exactly what the published agreement says,
// paragraph by paragraph, with its footnotes numbered 1–6 in the signed order.
import { join } from 'node:path';
import { selectAll } from 'hast-util-select';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { readPage, textBlocks, textOf } from '../helpers/html.ts';
import { type AgreementText, normalise, readSignedAgreement, withoutFootnoteCalls } from '../helpers/check-fidelity.ts';

let published: AgreementText;
let page: ReturnType<typeof readPage>;

beforeAll(() => {
  published = readSignedAgreement();
  page = readPage(join(inject('distDir'), '2021-2025', 'index.html'));
});

describe('the 2021–2025 web page', () => {
  it('has the signed title as its h1 and <title>', () => {
    expect(textBlocks(page, 'h1')).toEqual([published.title]);
    expect(textOf(selectAll('title', page)[0]!)).toBe(published.title);
  });

  it('says every paragraph, heading and list item of the signed text, in order', () => {
    // Footnote numbers are compared on their own below; sup holds only them.
    const body = textBlocks(page, '.document', ['sup', '.signatures', '.glossary', '.footnotes']).map(normalise);
    expect(body).toEqual(published.body.map(withoutFootnoteCalls).map(normalise));
  });

  it('numbers footnotes 1–6 in reading order with the signed texts', () => {
    const footnotes = selectAll('.footnotes li', page).map((item) => textOf(item).replace(/\s*↩.*$/, ''));
    expect(footnotes.map(normalise)).toEqual(published.footnotes.map((footnote) => footnote.text));
    const references = selectAll('.document sup a[data-footnote-ref]', page).map((link) => textOf(link));
    expect(references).toEqual(['1', '2', '3', '4', '5', '6']);
  });

  it('links the promise footnotes 3 and 4 to the promise pages, and every footnote back', () => {
    const items = selectAll('.footnotes li', page);
    const promiseLinks = items.map((item) => selectAll('a:not([data-footnote-backref])', item).map((a) => a.properties.href));
    expect(promiseLinks[2]).toEqual(['../promises/degerfors-2021-narkotika-och-trafikbrott/index.html']);
    expect(promiseLinks[3]).toEqual(['../promises/degerfors-2021-trygghetsvandringar/index.html']);
    for (const item of items) expect(selectAll('a[data-footnote-backref]', item)).toHaveLength(1);
  });

  it('shows the signature block: place and date, both signatories with their titles', () => {
    const signatures = textBlocks(page, '.signatures').join(' \n ');
    for (const line of published.signatures) expect(signatures).toContain(line);
  });
});
