// What the revisions after a signature changed, found by comparing the object graph of the
// signed revision with that of the whole file (not their bytes: a new revision rewrites the
// objects it touches). Filling a signature field, adding a signature field and its widget,
// are expected; anything that shows on the pages or changes the document's structure is a
// change of content. Form fields other than signatures are a category of their own: these
// documents have none, so any is worth reporting.
import {
  PDFArray,
  PDFDict,
  type PDFDocument,
  PDFName,
  type PDFObject,
  PDFRef,
  PDFStream,
} from '@cantoo/pdf-lib';
import { sv } from '../language/index.ts';
import { acroForm, formFields, nameOf } from './form-fields.ts';

export type ChangeKind = 'none' | 'signatures' | 'form-fields' | 'content';

export interface ChangeSummary {
  kind: ChangeKind;
  /** One line each, in Swedish. */
  changes: Array<{ kind: Exclude<ChangeKind, 'none'>; what: string }>;
}

const words = sv.sign.changes;

const SEVERITY: Record<ChangeKind, number> = { none: 0, signatures: 1, 'form-fields': 2, content: 3 };

function worstKind(kinds: ChangeKind[]): ChangeKind {
  return kinds.reduce<ChangeKind>((worst, kind) => (SEVERITY[kind] > SEVERITY[worst] ? kind : worst), 'none');
}

const TYPE = PDFName.of('Type');
const SUBTYPE = PDFName.of('Subtype');

/** Pages, widgets and signature dictionaries are compared on their own; elsewhere only their identity counts. */
function comparedElsewhere(value: PDFObject | undefined): boolean {
  if (!(value instanceof PDFDict)) return false;
  const type = nameOf(value.get(TYPE));
  return type === 'Page' || type === 'Sig' || nameOf(value.get(SUBTYPE)) === 'Widget';
}

class GraphComparison {
  private readonly results = new Map<string, boolean>();

  constructor(
    private readonly before: PDFDocument,
    private readonly after: PDFDocument,
  ) {}

  same(a: PDFObject | undefined, b: PDFObject | undefined): boolean {
    if (a instanceof PDFRef && b instanceof PDFRef) {
      const key = `${a.objectNumber} ${a.generationNumber}/${b.objectNumber} ${b.generationNumber}`;
      const known = this.results.get(key);
      if (known !== undefined) return known;
      // A pair still being compared counts as equal: the graph has cycles (/Parent, /P).
      this.results.set(key, true);
      const left = this.before.context.lookup(a);
      const right = this.after.context.lookup(b);
      const result = comparedElsewhere(left) || comparedElsewhere(right) ? a.objectNumber === b.objectNumber : this.sameResolved(left, right);
      this.results.set(key, result);
      return result;
    }
    return this.sameObject(a, b);
  }

  /** Compares what two values resolve to, also pages, widgets and signature dictionaries. */
  sameObject(a: PDFObject | undefined, b: PDFObject | undefined): boolean {
    const left = a instanceof PDFRef ? this.before.context.lookup(a) : a;
    const right = b instanceof PDFRef ? this.after.context.lookup(b) : b;
    return this.sameResolved(left, right);
  }

  private sameResolved(a: PDFObject | undefined, b: PDFObject | undefined): boolean {
    if (a === undefined || b === undefined) return a === b;
    if (a instanceof PDFStream || b instanceof PDFStream) {
      if (!(a instanceof PDFStream && b instanceof PDFStream)) return false;
      return this.sameDict(a.dict, b.dict, ['Length']) && Buffer.from(a.getContents()).equals(Buffer.from(b.getContents()));
    }
    if (a instanceof PDFDict || b instanceof PDFDict) {
      return a instanceof PDFDict && b instanceof PDFDict && this.sameDict(a, b, []);
    }
    if (a instanceof PDFArray || b instanceof PDFArray) {
      if (!(a instanceof PDFArray && b instanceof PDFArray) || a.size() !== b.size()) return false;
      return a.asArray().every((item, index) => this.same(item, b.get(index)));
    }
    return a.constructor === b.constructor && a.toString() === b.toString();
  }

  /** Keys whose values differ (or exist on one side only), leaving out `ignoreKeys`. */
  differingKeys(a: PDFDict, b: PDFDict, ignoreKeys: readonly string[] = []): string[] {
    const keys = new Set([...a.keys(), ...b.keys()].map((key) => key.decodeText()));
    return [...keys].filter((key) => !ignoreKeys.includes(key) && !this.same(a.get(PDFName.of(key)), b.get(PDFName.of(key))));
  }

  private sameDict(a: PDFDict, b: PDFDict, ignoreKeys: readonly string[]): boolean {
    return this.differingKeys(a, b, ignoreKeys).length === 0;
  }
}

function annotations(pdf: PDFDocument, pageIndex: number): PDFObject[] {
  const page = pdf.getPage(pageIndex);
  return page.node.lookupMaybe(PDFName.of('Annots'), PDFArray)?.asArray() ?? [];
}

function isWidget(pdf: PDFDocument, annotation: PDFObject): boolean {
  const dict = annotation instanceof PDFRef ? pdf.context.lookup(annotation) : annotation;
  return dict instanceof PDFDict && nameOf(dict.get(SUBTYPE)) === 'Widget';
}

/** What `after` (the whole file) changed compared with `before` (the file as it was signed). */
export function compareRevisions(before: PDFDocument, after: PDFDocument): ChangeSummary {
  const graph = new GraphComparison(before, after);
  const changes: ChangeSummary['changes'] = [];
  const content = (what: string) => changes.push({ kind: 'content', what });

  // The catalog: everything but the form, the page tree (compared page by page) and the
  // document security store (validation data added for long-term validation).
  for (const key of graph.differingKeys(before.catalog, after.catalog, ['AcroForm', 'Pages', 'DSS'])) {
    content(words.catalog(key));
  }

  const pagesBefore = before.getPageCount();
  const pagesAfter = after.getPageCount();
  if (pagesAfter > pagesBefore) content(words.pagesAdded(pagesAfter - pagesBefore));
  if (pagesAfter < pagesBefore) content(words.pagesRemoved(pagesBefore - pagesAfter));
  for (let index = 0; index < Math.min(pagesBefore, pagesAfter); index += 1) {
    const a = before.getPage(index);
    const b = after.getPage(index);
    if (a.ref.objectNumber !== b.ref.objectNumber) {
      content(words.pageReplaced(index + 1));
      continue;
    }
    // /Tabs may be set when a signature field brings the page its first annotation.
    for (const key of graph.differingKeys(a.node, b.node, ['Annots', 'Parent', 'Tabs'])) {
      content(key === 'Contents' ? words.pageContent(index + 1) : words.pageKey(index + 1, key));
    }
    // Widgets belong to the form, compared field by field below; every other annotation
    // (links, comments, stamps) is part of the page.
    const others = (pdf: PDFDocument, i: number) => annotations(pdf, i).filter((item) => !isWidget(pdf, item));
    const left = others(before, index);
    const right = others(after, index);
    if (left.length !== right.length || !left.every((item, i) => graph.same(item, right[i]))) {
      content(words.annotations(index + 1));
    }
  }

  const fieldsBefore = new Map(formFields(before).map((field) => [field.name, field]));
  const fieldsAfter = formFields(after);
  for (const field of fieldsAfter) {
    const earlier = fieldsBefore.get(field.name);
    fieldsBefore.delete(field.name);
    const signature = field.type === 'Sig';
    if (!earlier) {
      changes.push({
        kind: signature ? 'signatures' : 'form-fields',
        what: signature ? words.signatureFieldAdded(field.name, field.value !== undefined) : words.formFieldAdded(field.name),
      });
      continue;
    }
    if (signature && earlier.value !== undefined) {
      if (!graph.sameObject(earlier.valueRef ?? earlier.value, field.valueRef ?? field.value)) {
        content(words.signatureReplaced(field.name));
      }
    } else if (signature && field.value !== undefined) {
      changes.push({ kind: 'signatures', what: words.signed(field.name) });
    } else if (!signature && !graph.sameObject(earlier.valueRef ?? earlier.value, field.valueRef ?? field.value)) {
      changes.push({ kind: 'form-fields', what: words.formFieldValue(field.name) });
    }
    // Signing may set the value, the appearance and the flags; a field moved or renamed is more.
    const allowed = signature && earlier.value === undefined ? ['V', 'AP', 'F', 'Kids', 'Parent', 'P'] : ['V', 'Kids', 'Parent', 'P', ...(signature ? [] : ['AP'])];
    const moved = graph.differingKeys(earlier.dict, field.dict, allowed);
    if (moved.length > 0) changes.push({ kind: signature ? 'content' : 'form-fields', what: words.fieldKeys(field.name, moved) });
  }
  for (const name of fieldsBefore.keys()) content(words.fieldRemoved(name));

  const formBefore = acroForm(before);
  const formAfter = acroForm(after);
  if (formBefore && formAfter) {
    for (const key of graph.differingKeys(formBefore, formAfter, ['Fields', 'SigFlags', 'DR', 'DA'])) {
      changes.push({ kind: 'form-fields', what: words.form(key) });
    }
  }
  return { kind: worstKind(changes.map((change) => change.kind)), changes };
}
