// Chromium builds the bookmarks from the headings' laid-out lines and drops the space at
// each line break: a wrapped title becomes "samverkansöverenskommelseför ökad". The headings'
// own text, read from the page, puts the spaces back.
import { PDFDict, type PDFDocument, PDFHexString, PDFName } from '@cantoo/pdf-lib';
import { textOf } from './pdf-values.ts';

const squeeze = (text: string) => text.replace(/\s+/g, '');
const normalize = (text: string) => text.replace(/\s+/g, ' ').trim();

function* outlineItems(first: PDFDict | undefined): Generator<PDFDict> {
  // Depth-first, which is document order for Chromium's outline. The seen-set guards against a
  // malformed /Next cycle looping forever.
  const seen = new Set<PDFDict>();
  let item = first;
  while (item && !seen.has(item)) {
    seen.add(item);
    yield item;
    yield* outlineItems(item.lookupMaybe(PDFName.of('First'), PDFDict));
    item = item.lookupMaybe(PDFName.of('Next'), PDFDict);
  }
}

/**
 * Gives each bookmark the text of the heading it was made from. A bookmark is matched to the
 * next heading, in order, whose text is the same apart from whitespace; bookmarks that match
 * nothing are left as Chromium wrote them.
 */
export function restoreOutlineTitles(pdf: PDFDocument, headings: string[]): void {
  const outlines = pdf.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
  if (!outlines) return;
  let next = 0;
  for (const item of outlineItems(outlines.lookupMaybe(PDFName.of('First'), PDFDict))) {
    const title = textOf(item.get(PDFName.of('Title')));
    if (title === undefined) continue;
    const found = headings.findIndex((heading, i) => i >= next && squeeze(heading) === squeeze(title));
    if (found < 0) continue;
    next = found + 1;
    const text = normalize(headings[found] ?? title);
    if (text !== title) item.set(PDFName.of('Title'), PDFHexString.fromText(text));
  }
}
