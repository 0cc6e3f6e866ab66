// Chromium tags <em>, <strong> and <aside> as /Em, /Strong and /Aside: PDF 2.0 types that
// PDF 1.7 (and so PDF/UA-1) does not know. The RoleMap says what standard type each one is.
import { PDFDict, type PDFDocument, PDFName } from '@cantoo/pdf-lib';
import { sv } from '../language/index.ts';
import { structElements, structTreeRoot, typeOf } from './pdf-structure.ts';

/** ISO 32000-1, 14.8.4. */
export const STANDARD_STRUCTURE_TYPES: ReadonlySet<string> = new Set(
  (
    'Document Part Art Sect Div BlockQuote Caption TOC TOCI Index NonStruct Private P H H1 H2 H3 H4 H5 H6 ' +
    'L LI Lbl LBody Table TR TH TD THead TBody TFoot Span Quote Note Reference BibEntry Code Link Annot ' +
    'Ruby RB RT RP Warichu WT WP Figure Formula Form'
  ).split(' '),
);

export const ROLE_MAP: Readonly<Record<string, string>> = { Em: 'Span', Strong: 'Span', Aside: 'Sect' };

export class UnmappedStructureTypeError extends Error {}

export function addRoleMap(pdf: PDFDocument): void {
  const root = structTreeRoot(pdf);
  if (!root) return;
  const used = new Set(structElements(pdf).map(typeOf).filter((type) => !STANDARD_STRUCTURE_TYPES.has(type)));
  const unknown = [...used].filter((type) => !(type in ROLE_MAP));
  // A newer Chromium may tag with types of its own: better a clear failure than a PDF that claims PDF/UA and is not.
  if (unknown.length > 0) throw new UnmappedStructureTypeError(sv.print.unmappedTypes(unknown));
  if (used.size === 0) return;
  const map = root.lookupMaybe(PDFName.of('RoleMap'), PDFDict) ?? pdf.context.obj({});
  for (const type of [...used].sort()) map.set(PDFName.of(type), PDFName.of(ROLE_MAP[type]!));
  root.set(PDFName.of('RoleMap'), map);
}
