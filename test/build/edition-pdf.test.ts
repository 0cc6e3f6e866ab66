// The PDFs the signatories sign and the archive keeps, checked with poppler and qpdf, which
// share no code with the Chromium and pdf-lib that made them.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { fixtureWorkspace, NO_FRAME } from '../helpers/workspace.ts';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { findSignatureLines } from '../../scripts/print/signature-lines.ts';
import { checkContent } from '../../scripts/validate/check-content.ts';
import { renderEditionPrint } from '../../scripts/render/edition-print.ts';
import type { Content, Edition } from '../../scripts/model/model.ts';
import { textOf } from '../helpers/html.ts';
import { footnoteCallPages } from '../helpers/pdf-ua.ts';
import { isA4, outlineTitles, pdfFonts, pdfInfo, pdfLanguage, pdfText, qpdfCheck } from '../helpers/pdf.ts';
import { normalise, readSignedAgreement, withoutFootnoteCalls } from '../helpers/check-fidelity.ts';

let content: Content;
const pdfOf = (id: string) => {
  const dir = join(inject('distDir'), id);
  const pdfs = readdirSync(dir).filter((name) => name.endsWith('.pdf'));
  expect(pdfs, `exactly one PDF in ${id}/`).toHaveLength(1);
  return join(dir, pdfs[0]!);
};
const editionOf = (id: string): Edition => content.editions.find((edition) => edition.id === id)!;

/** The body text of every page, without the running header, the draft mark and the page number. */
function bodyText(pdf: string, edition: Edition): string {
  const data = edition.meta.data;
  const margins = new Set([data.shortTitle ?? data.title, 'UTKAST']);
  const pages = pdfInfo(pdf).pages;
  const text: string[] = [];
  for (let page = 1; page <= pages; page += 1) {
    const lines = pdfText(pdf, page).split('\n').filter((line) => !margins.has(line.trim()) && !/^Sida \d+ av \d+$/.test(line.trim()));
    // The period in the header stands on the same line as nothing else.
    text.push(lines.filter((line) => !/^\d+ \p{L}+ \d{4} – \d+ \p{L}+ \d{4}$/u.test(line.trim())).join('\n'));
  }
  return text.join('\n').replace(/\s+/g, ' ');
}

/** Footnote numbers are superscripts set right after a word or a quote: take them out to compare prose. */
const withoutFootnoteNumbers = (text: string) => text.replace(/(?<=[\p{L}.”"*])\d+(?=[\s.,;:”"]|$)/gu, '');

beforeAll(async () => {
  content = await checkContent(fixtureWorkspace('site'));
});

describe.each(['2021-2025', '2026-2029'])('the PDF of %s', (id) => {
  it('is tagged, A4, titled, in Swedish, with every font embedded, and passes qpdf --check', () => {
    const pdf = pdfOf(id);
    const info = pdfInfo(pdf);
    expect(info.tagged).toBe(true);
    expect(isA4(info.pageSize)).toBe(true);
    // A draft's title says it is one (issue 14).
    const data = editionOf(id).meta.data;
    expect(info.title).toBe(data.status === 'draft' ? `Utkast: ${data.title}` : data.title);
    expect(info.author).toContain('Degerfors kommun');
    expect(pdfLanguage(pdf)).toBe('sv');
    const fonts = pdfFonts(pdf);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((font) => !font.embedded)).toEqual([]);
    expect(fonts.every((font) => font.name.startsWith('Noto'))).toBe(true);
    expect(qpdfCheck(pdf).ok).toBe(true);
  });

  it('has a bookmark for every h1 and h2 of the document', async () => {
    const pdf = pdfOf(id);
    // With Paged.js in the frame, as the build prints it: the notes at the foot of the page, no endnote heading.
    const printed = fromHtml(await renderEditionPrint(content, editionOf(id), { ...NO_FRAME, script: 'paged.min.js' }));
    const headings = selectAll('h1, h2', printed).map(textOf);
    // A heading that wraps loses the space at the break in its bookmark (Chromium), so spaces are not compared.
    const squash = (text: string) => text.replace(/\s+/g, '');
    const bookmarks = outlineTitles(pdf).map(squash);
    expect(headings.length).toBeGreaterThan(5);
    for (const heading of headings) expect(bookmarks, heading).toContain(squash(heading));
  });

  it('lists in its contents only sections the print has, each with its page', () => {
    const pdf = pdfOf(id);
    const lines = pdfText(pdf, 2).split('\n').map((line) => line.trim()).filter(Boolean);
    expect(lines).toContain('Innehåll');
    const pages = lines.filter((line) => /^\d+$/.test(line)).map(Number);
    expect(pages.length).toBeGreaterThan(10);
    // The endnotes' section moves to the foot of the pages in print: no entry, and no page 0.
    expect(lines.filter((line) => /Fotnoter$/.test(line))).toEqual([]);
    expect(pages).not.toContain(0);
  });

  it('lists in its printed contents every heading it has a bookmark for, whatever its level', () => {
    const pdf = pdfOf(id);
    const squash = (text: string) => text.replace(/\s+/g, '');
    // The contents start on page 2, after the title page; they end where the first bookmark below them starts.
    const [, contentsHeading, ...headings] = outlineTitles(pdf);
    expect(contentsHeading).toBe('Innehåll');
    const contents = squash(pdfText(pdf, 2) + pdfText(pdf, 3));
    expect(headings.filter((heading) => !contents.includes(squash(heading)))).toEqual([]);
  });

  it('sets the period in its title on one line of the title page', () => {
    const period = /\d{4} ?[–-] ?\d{4}/.exec(editionOf(id).meta.data.title)![0];
    expect(pdfText(pdfOf(id), 1).split('\n').some((line) => line.includes(period))).toBe(true);
  });

  it('numbers its pages "Sida X av N" on every page', () => {
    const pdf = pdfOf(id);
    const pages = pdfInfo(pdf).pages;
    for (let page = 1; page <= pages; page += 1) expect(pdfText(pdf, page)).toContain(`Sida ${page} av ${pages}`);
  });

  it('has a signature page with every signatory, their title and party, and a place-and-date line each', () => {
    const pdf = pdfOf(id);
    const data = editionOf(id).meta.data;
    const pages = pdfInfo(pdf).pages;
    const signaturePage = Array.from({ length: pages }, (_, index) => pdfText(pdf, index + 1)).find((text) => /^Underskrifter$/m.test(text) && text.includes('Ort och datum:'));
    expect(signaturePage).toBeDefined();
    for (const signatory of data.signatories) {
      expect(signaturePage).toContain(signatory.name);
      expect(signaturePage).toContain(signatory.title);
    }
    expect(signaturePage!.match(/Ort och datum:/g)).toHaveLength(data.signatories.length);
  });
});

describe('the signed 2021–2025 PDF', () => {
  it('says every paragraph of the signed text, in order', () => {
    const edition = editionOf('2021-2025');
    const text = withoutFootnoteNumbers(bodyText(pdfOf('2021-2025'), edition));
    let from = 0;
    for (const block of readSignedAgreement().body.map(withoutFootnoteCalls).map(normalise)) {
      const at = text.indexOf(block, from);
      expect(at, `"${block.slice(0, 60)}…" after position ${from}`).toBeGreaterThanOrEqual(0);
      from = at + block.length;
    }
  });

  it('prints each of footnotes 1–6 at the foot of the page that calls it, under its number, with the signed text', async () => {
    const pdf = pdfOf('2021-2025');
    const calls = await footnoteCallPages(readFileSync(pdf));
    const signed = readSignedAgreement().footnotes;
    expect(calls.map((call) => call.number)).toEqual(signed.map((footnote) => footnote.number));
    for (const { number, page } of calls) {
      const text = normalise(pdfText(pdf, page));
      const footnote = signed[number - 1]!;
      expect(text, `footnote ${number} on page ${page}`).toContain(`${number} ${normalise(footnote.text)}`);
    }
  });

  it('names the signing place and date as signed, and carries no UTKAST mark', () => {
    const pdf = pdfOf('2021-2025');
    expect(pdfText(pdf, 1)).toContain('Degerfors 2021-XX-XX');
    expect(pdfText(pdf)).not.toContain('UTKAST');
  });
});

describe('the 2026–2029 draft PDF', () => {
  it('says UTKAST on every page, the title page included', () => {
    const pdf = pdfOf('2026-2029');
    const pages = pdfInfo(pdf).pages;
    for (let page = 1; page <= pages; page += 1) expect(pdfText(pdf, page), `page ${page}`).toContain('UTKAST');
  });
});

describe('the signature lines', () => {
  it.each(['2021-2025', '2026-2029'])('of %s can be found after printing: one per signatory, side by side on the signature page', async (id) => {
    const pdf = pdfOf(id);
    const lines = await findSignatureLines(readFileSync(pdf));
    const signatories = editionOf(id).meta.data.signatories;
    expect(lines.map((line) => line.id)).toEqual(signatories.map((_, index) => `underskrift-${index + 1}`));
    const signaturePage = Array.from({ length: pdfInfo(pdf).pages }, (_, index) => index + 1).find((page) =>
      pdfText(pdf, page).includes('Ort och datum:'),
    );
    for (const line of lines) expect(line.page).toBe(signaturePage);
    expect(lines[1]!.x).toBeGreaterThan(lines[0]!.x);
  });
});
