// PDF/UA: footnotes are Note elements with an /ID. In the print document each note begins with
// its number as a link back to its call (render/print-footnotes.ts); the element holding that
// link is the note. It becomes a Note whose /ID is the name the call links to, so the call's
// destination and the note's element are one name.
import { PDFArray, PDFDict, type PDFDocument, PDFName, PDFRef, PDFString } from '@cantoo/pdf-lib';
import { compareCodePoints } from '../model/text.ts';
import { kidsOf, setType, structElements, structTreeRoot, typeOf } from './pdf-structure.ts';
import { destinationId, textOf } from './pdf-values.ts';

/** remark's GFM footnotes: the call has id user-content-fnref-X, the note user-content-fn-X. */
const BACK_LINK = /^user-content-fnref-(.+)$/;
export const noteId = (key: string) => `user-content-fn-${key}`;

function linkTarget(pdf: PDFDocument, link: PDFDict): string | undefined {
  for (const kid of kidsOf(link)) {
    const reference = kid instanceof PDFRef ? pdf.context.lookup(kid) : kid;
    const annotation = reference instanceof PDFDict ? reference.lookup(PDFName.of('Obj')) : undefined;
    const destination = annotation instanceof PDFDict ? destinationId(annotation.lookup(PDFName.of('Dest'))) : undefined;
    if (destination !== undefined) return destination;
  }
  return undefined;
}

export function tagFootnotes(pdf: PDFDocument): void {
  const root = structTreeRoot(pdf);
  if (!root) return;
  const named: Array<[string, PDFRef]> = [];
  for (const element of structElements(pdf)) {
    if (typeOf(element) !== 'Link' || !element.parent) continue;
    const key = BACK_LINK.exec(linkTarget(pdf, element.dict) ?? '')?.[1];
    if (key === undefined) continue;
    const id = noteId(key);
    setType(element.parent, 'Note');
    element.parent.dict.set(PDFName.of('ID'), PDFString.of(id));
    named.push([id, element.parent.ref]);
  }
  if (named.length === 0) return;
  // The IDTree (written flat by pdf-structure-ids.ts) names every element with an /ID.
  const tree = root.lookupMaybe(PDFName.of('IDTree'), PDFDict);
  const existing = tree?.lookupMaybe(PDFName.of('Names'), PDFArray)?.asArray() ?? [];
  for (let index = 0; index + 1 < existing.length; index += 2) {
    const name = textOf(existing[index]);
    const ref = existing[index + 1];
    if (name !== undefined && ref instanceof PDFRef) named.push([name, ref]);
  }
  named.sort(([a], [b]) => compareCodePoints(a, b));
  root.set(PDFName.of('IDTree'), pdf.context.obj({ Names: named.flatMap(([name, ref]) => [PDFString.of(name), ref]) }));
}
