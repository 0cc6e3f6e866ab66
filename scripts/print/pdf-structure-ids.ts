// Chromium names the table header cells of the tag tree after its internal DOM node numbers
// ("node00000055"), which shift from one print to the next. The names only link a data cell
// to its headers, so they are renumbered here in tag-tree order: the same document then gives
// the same bytes.
import { compareCodePoints } from '../model/text.ts';
import { PDFArray, PDFDict, type PDFDocument, PDFName, PDFRef, PDFString } from '@cantoo/pdf-lib';
import { deleteTree, structElements, structTreeRoot } from './pdf-structure.ts';
import { textOf } from './pdf-values.ts';

const ID = PDFName.of('ID');
const A = PDFName.of('A');
const HEADERS = PDFName.of('Headers');
const ID_TREE = PDFName.of('IDTree');

export function renumberStructureIds(pdf: PDFDocument): void {
  const root = structTreeRoot(pdf);
  if (!root) return;
  const elements = structElements(pdf);

  const renamed = new Map<string, string>();
  const named: Array<[string, PDFRef]> = [];
  for (const { dict, ref } of elements) {
    const old = textOf(dict.get(ID));
    if (old === undefined) continue;
    const name = `id${String(renamed.size + 1).padStart(6, '0')}`;
    renamed.set(old, name);
    dict.set(ID, PDFString.of(name));
    named.push([name, ref]);
  }
  if (renamed.size === 0) return;
  for (const { dict } of elements) {
    const attributes = dict.lookup(A);
    for (const attribute of attributes instanceof PDFArray ? attributes.asArray() : [attributes]) {
      const resolved = attribute instanceof PDFRef ? pdf.context.lookup(attribute) : attribute;
      const headers = resolved instanceof PDFDict ? resolved.lookup(HEADERS) : undefined;
      if (!(headers instanceof PDFArray)) continue;
      for (let index = 0; index < headers.size(); index += 1) {
        const name = renamed.get(textOf(headers.lookup(index)) ?? '');
        if (name) headers.set(index, PDFString.of(name));
      }
    }
  }
  // The ID tree maps names to elements; one flat, sorted leaf replaces Chromium's.
  deleteTree(pdf, root.get(ID_TREE));
  const names = pdf.context.obj(named.sort(([a], [b]) => compareCodePoints(a, b)).flatMap(([name, ref]) => [PDFString.of(name), ref]));
  root.set(ID_TREE, pdf.context.obj({ Names: names }));
}
