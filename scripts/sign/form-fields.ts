// The signature fields of a PDF, read from the AcroForm's field tree: the signer fills one by
// name, the verifier reports them, and both need the same idea of a field's full name.
import { PDFArray, PDFDict, type PDFDocument, PDFHexString, PDFName, type PDFObject, PDFRef, PDFString } from '@cantoo/pdf-lib';

export interface FormField {
  /** Fully qualified name: the /T of each ancestor and the field itself, joined with dots. */
  name: string;
  ref: PDFRef | undefined;
  dict: PDFDict;
  /** /FT, inherited from an ancestor when the field has none of its own. */
  type: string | undefined;
  /** The widgets: the field itself when it has no kids of its own (a merged field and widget). */
  widgets: Array<{ ref: PDFRef | undefined; dict: PDFDict }>;
  /** /V, resolved: for a signature field, the signature dictionary. */
  value: PDFObject | undefined;
  valueRef: PDFRef | undefined;
}

export const textOf = (value: PDFObject | undefined): string | undefined =>
  value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : undefined;

export const nameOf = (value: PDFObject | undefined): string | undefined => (value instanceof PDFName ? value.decodeText() : undefined);

export function acroForm(pdf: PDFDocument): PDFDict | undefined {
  return pdf.catalog.lookupMaybe(PDFName.of('AcroForm'), PDFDict);
}

/** Every terminal field (one that carries a value), in field-tree order. */
export function formFields(pdf: PDFDocument): FormField[] {
  const fields: FormField[] = [];
  const seen = new Set<PDFDict>();
  const visit = (item: PDFObject | undefined, parentName: string, inheritedType: string | undefined) => {
    const ref = item instanceof PDFRef ? item : undefined;
    const dict = item instanceof PDFRef ? pdf.context.lookup(item) : item;
    if (!(dict instanceof PDFDict) || seen.has(dict)) return;
    seen.add(dict);
    const partial = textOf(dict.get(PDFName.of('T')));
    const name = partial === undefined ? parentName : parentName ? `${parentName}.${partial}` : partial;
    const type = nameOf(dict.get(PDFName.of('FT'))) ?? inheritedType;
    const kids = dict.lookupMaybe(PDFName.of('Kids'), PDFArray);
    // Kids without /T are widgets of this field; kids with /T are fields of their own.
    const kidDicts = kids ? kids.asArray().map((kid) => ({ ref: kid instanceof PDFRef ? kid : undefined, dict: pdf.context.lookup(kid) })) : [];
    const childFields = kidDicts.filter((kid) => kid.dict instanceof PDFDict && kid.dict.has(PDFName.of('T')));
    if (childFields.length > 0) {
      for (const kid of kids?.asArray() ?? []) visit(kid, name, type);
      return;
    }
    const widgets = kidDicts.length > 0 ? kidDicts.flatMap((kid) => (kid.dict instanceof PDFDict ? [{ ref: kid.ref, dict: kid.dict }] : [])) : [{ ref, dict }];
    const rawValue = dict.get(PDFName.of('V'));
    fields.push({
      name,
      ref,
      dict,
      type,
      widgets,
      value: rawValue instanceof PDFRef ? pdf.context.lookup(rawValue) : rawValue,
      valueRef: rawValue instanceof PDFRef ? rawValue : undefined,
    });
  };
  const top = acroForm(pdf)?.lookupMaybe(PDFName.of('Fields'), PDFArray);
  for (const item of top?.asArray() ?? []) visit(item, '', undefined);
  return fields;
}

export function signatureFields(pdf: PDFDocument): FormField[] {
  return formFields(pdf).filter((field) => field.type === 'Sig');
}

/** The page (0-based) a widget sits on: its /P, else the page whose /Annots lists it. */
export function widgetPage(pdf: PDFDocument, widget: { ref: PDFRef | undefined; dict: PDFDict }): number | undefined {
  const pages = pdf.getPages();
  const parent = widget.dict.get(PDFName.of('P'));
  if (parent instanceof PDFRef) {
    const index = pages.findIndex((page) => page.ref.objectNumber === parent.objectNumber);
    if (index >= 0) return index;
  }
  const index = pages.findIndex((page) =>
    (page.node.lookupMaybe(PDFName.of('Annots'), PDFArray)?.asArray() ?? []).some((item) =>
      widget.ref && item instanceof PDFRef ? item.objectNumber === widget.ref.objectNumber : pdf.context.lookup(item) === widget.dict,
    ),
  );
  return index >= 0 ? index : undefined;
}
