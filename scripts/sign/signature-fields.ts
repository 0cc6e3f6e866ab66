// Empty signature fields where the signatories sign, placed without any geometry of our own:
// the print HTML has an empty block link at each signature line (<a id="X" href="#X"
// style="display:block;…">), Chromium prints it as a Link annotation with exactly that box
// and a place in the tag tree, and here the link becomes a signature widget and its
// structure element a Form. The PDF stays tagged and the parent tree keeps pointing at the
// same element. A pass after printing, on the same loaded document as the others.
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, type PDFObject, PDFRef, PDFString } from '@cantoo/pdf-lib';
import { sv } from '../language/index.ts';

export interface SignatureFieldSpec {
  /** Field name, e.g. signatureFieldName("Anna Andersson") = "anna-andersson". */
  name: string;
  /** What a screen reader and a hovering pointer say: "Anna Andersson, Kommunstyrelsens ordförande". */
  tooltip: string;
  /** Id of the empty block link in the print HTML, e.g. "underskrift-1-falt". */
  anchor: string;
}

/** A field could not be placed: the print HTML lacks the link, or the link is not tagged. */
export class SignatureFieldError extends Error {}

const words = sv.sign.fields;

// Print (4): the empty field's box shows on a printout like the line beneath it.
const PRINT = 4;

/** A field name that survives being typed on a command line: ASCII letters, digits and hyphens. */
export function signatureFieldName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const decoded = (value: string) => {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
};

/** The named destination a link goes to: /Dest, or a GoTo action's /D. */
function linkTarget(annotation: PDFDict): string | undefined {
  const action = annotation.lookupMaybe(PDFName.of('A'), PDFDict);
  const dest = annotation.get(PDFName.of('Dest')) ?? action?.get(PDFName.of('D'));
  if (dest instanceof PDFName) return decoded(dest.decodeText());
  if (dest instanceof PDFString || dest instanceof PDFHexString) return decoded(dest.decodeText());
  return undefined;
}

interface LinkAnnotation {
  ref: PDFRef;
  dict: PDFDict;
  page: PDFRef;
}

function linksByTarget(pdf: PDFDocument): Map<string, LinkAnnotation[]> {
  const links = new Map<string, LinkAnnotation[]>();
  for (const page of pdf.getPages()) {
    for (const item of page.node.lookupMaybe(PDFName.of('Annots'), PDFArray)?.asArray() ?? []) {
      if (!(item instanceof PDFRef)) continue;
      const dict = pdf.context.lookup(item);
      if (!(dict instanceof PDFDict) || dict.get(PDFName.of('Subtype')) !== PDFName.of('Link')) continue;
      const target = linkTarget(dict);
      if (target !== undefined) links.set(target, [...(links.get(target) ?? []), { ref: item, dict, page: page.ref }]);
    }
  }
  return links;
}

/** A number tree lookup (the parent tree is one): /Nums pairs, or /Kids with /Limits. */
function numberTreeGet(pdf: PDFDocument, node: PDFDict | undefined, key: number): PDFObject | undefined {
  if (!node) return undefined;
  const nums = node.lookupMaybe(PDFName.of('Nums'), PDFArray);
  if (nums) {
    for (let index = 0; index + 1 < nums.size(); index += 2) {
      const number = nums.lookup(index);
      if (number instanceof PDFNumber && number.asNumber() === key) return nums.get(index + 1);
    }
  }
  for (const kid of node.lookupMaybe(PDFName.of('Kids'), PDFArray)?.asArray() ?? []) {
    const child = pdf.context.lookup(kid);
    if (!(child instanceof PDFDict)) continue;
    const limits = child.lookupMaybe(PDFName.of('Limits'), PDFArray);
    const [low, high] = [limits?.lookup(0), limits?.lookup(1)];
    if (low instanceof PDFNumber && high instanceof PDFNumber && (key < low.asNumber() || key > high.asNumber())) continue;
    const found = numberTreeGet(pdf, child, key);
    if (found) return found;
  }
  return undefined;
}

function acroFormFields(pdf: PDFDocument): PDFArray {
  let form = pdf.catalog.lookupMaybe(PDFName.of('AcroForm'), PDFDict);
  if (!form) {
    form = pdf.context.obj({});
    pdf.catalog.set(PDFName.of('AcroForm'), pdf.context.register(form));
  }
  let fields = form.lookupMaybe(PDFName.of('Fields'), PDFArray);
  if (!fields) {
    fields = pdf.context.obj([]);
    form.set(PDFName.of('Fields'), fields);
  }
  return fields;
}

function boxOf(dict: PDFDict): { width: number; height: number } {
  const rect = dict.lookupMaybe(PDFName.of('Rect'), PDFArray);
  const [x1 = 0, y1 = 0, x2 = 0, y2 = 0] = (rect?.asArray() ?? []).map((item) => (item instanceof PDFNumber ? item.asNumber() : 0));
  return { width: Math.abs(x2 - x1), height: Math.abs(y2 - y1) };
}

function retagAsForm(pdf: PDFDocument, link: LinkAnnotation, spec: SignatureFieldSpec): void {
  const structParent = link.dict.lookupMaybe(PDFName.of('StructParent'), PDFNumber);
  if (!structParent) {
    throw new SignatureFieldError(words.untagged(spec.anchor));
  }
  const root = pdf.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict);
  const entry = numberTreeGet(pdf, root?.lookupMaybe(PDFName.of('ParentTree'), PDFDict), structParent.asNumber());
  const element = entry instanceof PDFRef ? pdf.context.lookup(entry) : entry;
  if (!(element instanceof PDFDict) || !refersTo(pdf, element, link.ref)) {
    throw new SignatureFieldError(words.notInTree(spec.anchor, structParent.asNumber()));
  }
  element.set(PDFName.of('S'), PDFName.of('Form'));
}

/** Whether a structure element's /K holds an object reference (OBJR) to `ref`. */
function refersTo(pdf: PDFDocument, element: PDFDict, ref: PDFRef): boolean {
  const kids = element.get(PDFName.of('K'));
  const items = kids instanceof PDFArray ? kids.asArray() : kids ? [kids] : [];
  return items.some((item) => {
    const kid = item instanceof PDFRef ? pdf.context.lookup(item) : item;
    return kid instanceof PDFDict && kid.get(PDFName.of('Type')) === PDFName.of('OBJR') && kid.get(PDFName.of('Obj')) === ref;
  });
}

export function addSignatureFieldsToDocument(pdf: PDFDocument, fields: readonly SignatureFieldSpec[]): void {
  if (fields.length === 0) return;
  const links = linksByTarget(pdf);
  const names = new Set<string>();
  for (const spec of fields) {
    if (names.has(spec.name)) throw new SignatureFieldError(words.twice(spec.name));
    names.add(spec.name);
    const found = links.get(spec.anchor) ?? [];
    if (found.length !== 1) {
      throw new SignatureFieldError(found.length === 0 ? words.noLink(spec.anchor, spec.name) : words.severalLinks(found.length, spec.anchor, spec.name));
    }
    const link = found[0]!;
    retagAsForm(pdf, link, spec);

    const { dict } = link;
    for (const key of ['Dest', 'A', 'Border', 'H', 'PA', 'QuadPoints']) dict.delete(PDFName.of(key));
    dict.set(PDFName.of('Subtype'), PDFName.of('Widget'));
    dict.set(PDFName.of('FT'), PDFName.of('Sig'));
    dict.set(PDFName.of('T'), PDFHexString.fromText(spec.name));
    dict.set(PDFName.of('TU'), PDFHexString.fromText(spec.tooltip));
    dict.set(PDFName.of('F'), PDFNumber.of(PRINT));
    dict.set(PDFName.of('P'), link.page);
    // An empty appearance: PDF/A wants one for every widget, and a signer may replace it.
    const { width, height } = boxOf(dict);
    const appearance = pdf.context.formXObject([], { BBox: [0, 0, width, height] });
    dict.set(PDFName.of('AP'), pdf.context.obj({ N: pdf.context.register(appearance) }));
    acroFormFields(pdf).push(link.ref);
  }
}

/** The same, over the bytes of a printed PDF. */
export async function addSignatureFields(bytes: Uint8Array, fields: readonly SignatureFieldSpec[]): Promise<Uint8Array> {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  addSignatureFieldsToDocument(pdf, fields);
  return pdf.save({ useObjectStreams: true });
}

/** One field per signatory, named after them, at the anchor the print HTML gives their line. */
export function signatoryFieldSpecs(
  signatories: ReadonlyArray<{ name: string; title: string }>,
  anchorOf: (index: number) => string,
): SignatureFieldSpec[] {
  return signatories.map((signatory, index) => ({
    name: signatureFieldName(signatory.name),
    tooltip: `${signatory.name}, ${signatory.title}`,
    anchor: anchorOf(index),
  }));
}
