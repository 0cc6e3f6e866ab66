// PDF/UA wants a list item's content in an LBody beside its label (Lbl); Chromium puts the
// content straight into the LI. Everything in an LI but its Lbl is moved into a new LBody.
import { PDFDict, type PDFDocument, PDFName, PDFRef } from '@cantoo/pdf-lib';
import { kidsOf, structElements, typeOf, wrapKids } from './pdf-structure.ts';

export function addListBodies(pdf: PDFDocument): void {
  for (const item of structElements(pdf).filter((element) => typeOf(element) === 'LI')) {
    const body = kidsOf(item.dict).filter((kid) => {
      const dict = kid instanceof PDFRef ? pdf.context.lookup(kid) : undefined;
      const type = dict instanceof PDFDict ? dict.lookupMaybe(PDFName.of('S'), PDFName)?.decodeText() : undefined;
      return type !== 'Lbl' && type !== 'LBody';
    });
    if (body.length > 0) wrapKids(pdf, item, body, 'LBody');
  }
}
