// PDF/UA asks every link annotation for /Contents, a description a screen reader can give
// without the text around it; Chromium writes none. Each annotation gets the accessible name
// of the print document's link that it came from, matched by target: a named destination for
// a link inside the document, the absolute URI for any other. Runs before pdf-links.ts
// rewrites file: URIs, while they still equal what the browser resolved.
import { PDFArray, PDFDict, type PDFDocument, PDFHexString, PDFName } from '@cantoo/pdf-lib';
import { sv } from '../language/index.ts';
import { destinationId, textOf } from './pdf-values.ts';

/** Target key → link text, as collected in the print page (print-pdf.ts). */
export type LinkTexts = Readonly<Record<string, string>>;

export const destinationKey = (id: string) => `dest:${id}`;
export const uriKey = (uri: string) => `uri:${uri}`;

export class LinkContentsError extends Error {}

export function addLinkContents(pdf: PDFDocument, texts: LinkTexts): void {
  for (const page of pdf.getPages()) {
    const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
    if (!annots || annots.size() === 0) continue;
    // PDF/UA: annotations are visited in structure order.
    page.node.set(PDFName.of('Tabs'), PDFName.of('S'));
    for (let index = 0; index < annots.size(); index += 1) {
      const annotation = annots.lookupMaybe(index, PDFDict);
      if (annotation?.lookup(PDFName.of('Subtype')) !== PDFName.of('Link') || annotation.get(PDFName.of('Contents'))) continue;
      const destination = destinationId(annotation.lookup(PDFName.of('Dest')));
      const uri = textOf(annotation.lookupMaybe(PDFName.of('A'), PDFDict)?.lookup(PDFName.of('URI')));
      const key = destination !== undefined ? destinationKey(destination) : uri !== undefined ? uriKey(uri) : undefined;
      const text = key === undefined ? undefined : texts[key];
      // The texts themselves are the print document's, in its language; this says why one is missing.
      if (!text) throw new LinkContentsError(sv.print.linkWithoutText(destination ?? uri));
      annotation.set(PDFName.of('Contents'), PDFHexString.fromText(text));
    }
  }
}
