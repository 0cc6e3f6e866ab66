// Where each signatory's signature line ended up in the printed PDF: page and position, read
// from the named destinations Chromium writes for link targets. Digital signing places one
// signature field per signatory there.
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFRef } from '@cantoo/pdf-lib';

export interface SignatureLine {
  /** The element id in the print document, e.g. "underskrift-1". */
  id: string;
  /** 1-based page number. */
  page: number;
  /**
   * Top-left corner of the signature box as Chromium writes it, in points. The build lays its
   * pages out with Paged.js, whose printed @page has no margin: these are page coordinates. (A
   * document printed without Paged.js gives them relative to the content box instead.)
   */
  x: number;
  y: number;
}

const SIGNATURE_ID = /^underskrift-\d+$/;

export async function findSignatureLines(bytes: Uint8Array): Promise<SignatureLine[]> {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  const dests = pdf.catalog.lookupMaybe(PDFName.of('Dests'), PDFDict);
  if (!dests) return [];
  const pages = pdf.getPages().map((page) => page.ref);
  const lines: SignatureLine[] = [];
  for (const [key, value] of dests.entries()) {
    const id = decodeURIComponent(key.decodeText());
    if (!SIGNATURE_ID.test(id)) continue;
    const destination = pdf.context.lookup(value);
    if (!(destination instanceof PDFArray)) continue;
    const pageRef = destination.get(0);
    const page = pageRef instanceof PDFRef ? pages.findIndex((ref) => ref === pageRef || ref.toString() === pageRef.toString()) : -1;
    const number = (index: number) => {
      const item = destination.lookup(index);
      return item instanceof PDFNumber ? item.asNumber() : 0;
    };
    if (page >= 0) lines.push({ id, page: page + 1, x: number(2), y: number(3) });
  }
  return lines.sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));
}
