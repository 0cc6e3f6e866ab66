// The structure tree (tags) of a printed PDF as the structure passes edit it: its elements in
// reading order, new elements between a parent and some of its kids, and the ParentTree that
// maps marked content and annotations back to their elements, rebuilt after such edits.
import { PDFArray, PDFDict, type PDFDocument, PDFName, PDFNull, PDFNumber, type PDFObject, PDFRef } from '@cantoo/pdf-lib';

const K = PDFName.of('K');
const P = PDFName.of('P');
const S = PDFName.of('S');
const PG = PDFName.of('Pg');
const TYPE = PDFName.of('Type');

export interface StructElement {
  dict: PDFDict;
  ref: PDFRef;
  parent?: StructElement;
}

export function structTreeRoot(pdf: PDFDocument): PDFDict | undefined {
  return pdf.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict);
}

export const typeOf = (element: StructElement) => element.dict.lookupMaybe(S, PDFName)?.decodeText() ?? '';

export function setType(element: StructElement, type: string): void {
  element.dict.set(S, PDFName.of(type));
}

/** /K as a list: a single kid or an array of them, each an MCID, a dictionary or a reference. */
export function kidsOf(dict: PDFDict): PDFObject[] {
  const kids = dict.get(K);
  if (kids === undefined) return [];
  return kids instanceof PDFArray ? kids.asArray() : [kids];
}

/** Every structure element below the root, depth-first in reading order. */
export function structElements(pdf: PDFDocument): StructElement[] {
  const root = structTreeRoot(pdf);
  if (!root) return [];
  const elements: StructElement[] = [];
  const seen = new Set<PDFDict>();
  const walk = (kids: PDFObject[], parent: StructElement | undefined) => {
    for (const kid of kids) {
      if (!(kid instanceof PDFRef)) continue;
      const dict = pdf.context.lookup(kid);
      // Marked-content and object references carry /Type /MCR or /OBJR and no /S.
      if (!(dict instanceof PDFDict) || !dict.get(S) || seen.has(dict)) continue;
      seen.add(dict);
      const element: StructElement = { dict, ref: kid, ...(parent ? { parent } : {}) };
      elements.push(element);
      walk(kidsOf(dict), element);
    }
  };
  walk(kidsOf(root), undefined);
  return elements;
}

/**
 * A new element of `type` under `parent` holding `kids` (taken from wherever they were),
 * placed where the first of them stood. Call rebuildParentTree once the edits are done.
 */
export function wrapKids(pdf: PDFDocument, parent: StructElement, kids: readonly PDFObject[], type: string): PDFRef {
  const wrapper = pdf.context.obj({ Type: 'StructElem', S: type, P: parent.ref, K: [...kids] });
  const page = parent.dict.get(PG);
  // Bare MCIDs name content on the element's own page; the wrapper must know that page too.
  if (page) wrapper.set(PG, page);
  const ref = pdf.context.register(wrapper);
  for (const kid of kids) {
    const dict = kid instanceof PDFRef ? pdf.context.lookup(kid) : undefined;
    if (dict instanceof PDFDict && dict.get(S)) dict.set(P, ref);
  }
  const all = kidsOf(parent.dict);
  const first = all.findIndex((kid) => kids.includes(kid));
  const rest = all.filter((kid) => !kids.includes(kid));
  rest.splice(first < 0 ? rest.length : first, 0, ref);
  parent.dict.set(K, pdf.context.obj(rest));
  return ref;
}

/**
 * The ParentTree from the tree as it now is: for each page, which element each MCID belongs
 * to; for each annotation, its element. Chromium's own is replaced (and its nodes deleted:
 * pdf-lib writes every object it holds).
 */
export function rebuildParentTree(pdf: PDFDocument): void {
  const root = structTreeRoot(pdf);
  if (!root) return;
  const pageKeys = new Map<string, number>();
  for (const page of pdf.getPages()) {
    const key = page.node.lookupMaybe(PDFName.of('StructParents'), PDFNumber);
    if (key) pageKeys.set(page.ref.toString(), key.asNumber());
  }
  const pageEntries = new Map<number, PDFRef[]>();
  const objectEntries = new Map<number, PDFRef>();
  for (const element of structElements(pdf)) {
    const ownPage = element.dict.get(PG);
    for (const kid of kidsOf(element.dict)) {
      if (kid instanceof PDFNumber) {
        if (ownPage instanceof PDFRef) addMcid(pageEntries, pageKeys.get(ownPage.toString()), kid.asNumber(), element.ref);
        continue;
      }
      const dict = kid instanceof PDFRef ? pdf.context.lookup(kid) : kid;
      if (!(dict instanceof PDFDict) || dict.get(S)) continue;
      const type = dict.lookupMaybe(TYPE, PDFName)?.decodeText();
      if (type === 'OBJR') {
        const object = dict.lookup(PDFName.of('Obj'));
        const key = object instanceof PDFDict ? object.lookupMaybe(PDFName.of('StructParent'), PDFNumber) : undefined;
        if (key) objectEntries.set(key.asNumber(), element.ref);
      } else {
        const page = dict.get(PG) ?? ownPage;
        const mcid = dict.lookupMaybe(PDFName.of('MCID'), PDFNumber);
        if (page instanceof PDFRef && mcid) addMcid(pageEntries, pageKeys.get(page.toString()), mcid.asNumber(), element.ref);
      }
    }
  }
  const nums: Array<[number, PDFObject]> = [
    ...[...pageEntries].map(([key, refs]): [number, PDFObject] => [key, pdf.context.obj(Array.from(refs, (ref) => ref ?? PDFNull))]),
    ...[...objectEntries],
  ].sort(([a], [b]) => a - b);
  deleteTree(pdf, root.get(PDFName.of('ParentTree')));
  root.set(PDFName.of('ParentTree'), pdf.context.register(pdf.context.obj({ Nums: nums.flatMap(([key, value]) => [PDFNumber.of(key), value]) })));
  const next = Math.max(-1, ...nums.map(([key]) => key)) + 1;
  const declared = root.lookupMaybe(PDFName.of('ParentTreeNextKey'), PDFNumber)?.asNumber() ?? 0;
  root.set(PDFName.of('ParentTreeNextKey'), PDFNumber.of(Math.max(next, declared)));
}

function addMcid(entries: Map<number, PDFRef[]>, key: number | undefined, mcid: number, ref: PDFRef): void {
  if (key === undefined) return;
  const refs = entries.get(key) ?? [];
  refs[mcid] = ref;
  entries.set(key, refs);
}

/**
 * Deletes a name or number tree that is about to be replaced: pdf-lib writes every object it
 * holds, referenced or not. The elements its leaves name stay.
 */
export function deleteTree(pdf: PDFDocument, node: PDFObject | undefined): void {
  const resolved = node instanceof PDFRef ? pdf.context.lookup(node) : node;
  if (resolved instanceof PDFDict) {
    const kids = resolved.lookup(PDFName.of('Kids'));
    if (kids instanceof PDFArray) for (const kid of kids.asArray()) deleteTree(pdf, kid);
    const nums = resolved.lookup(PDFName.of('Nums'));
    if (nums instanceof PDFArray) {
      // Per-page arrays may be objects of their own; annotation entries are elements, and stay.
      for (const value of nums.asArray()) if (value instanceof PDFRef && pdf.context.lookup(value) instanceof PDFArray) pdf.context.delete(value);
    }
  }
  if (node instanceof PDFRef) pdf.context.delete(node);
}
