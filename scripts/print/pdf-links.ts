// Chromium turns a relative link in the print HTML (a footnote's "../promises/x/") into an
// absolute file:///…/dist/promises/x/ URI in the PDF: useless to a reader, and it writes the
// build machine's folder into the file, so two checkouts would give different bytes. Such
// links are rewritten to the published address here.
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PDFArray, PDFDict, type PDFDocument, PDFName, PDFString } from '@cantoo/pdf-lib';
import { sv } from '../language/index.ts';
import { textOf } from './pdf-values.ts';
import { isFileInside } from './browser.ts';

export interface LinkBase {
  /** The folder whose files are published, usually dist/. */
  dir: string;
  /** Where `dir` is published, e.g. "https://example.se/overenskommelse/"; a trailing slash is added. */
  url: string;
}

export class FileLinkError extends Error {}

function* uriActions(pdf: PDFDocument): Generator<PDFDict> {
  for (const page of pdf.getPages()) {
    const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
    if (!annots) continue;
    for (let i = 0; i < annots.size(); i += 1) {
      const annot = annots.lookupMaybe(i, PDFDict);
      const action = annot?.lookupMaybe(PDFName.of('A'), PDFDict);
      if (action?.lookupMaybe(PDFName.of('S'), PDFName) === PDFName.of('URI')) yield action;
    }
  }
}

/** Every link URI in the document, in page order. */
export function linkUris(pdf: PDFDocument): string[] {
  return [...uriActions(pdf)].flatMap((action) => textOf(action.get(PDFName.of('URI'))) ?? []);
}

/**
 * Rewrites file: links under `base.dir` to `base.url`. A file: link anywhere else, or any
 * file: link when no base is given, is an error: it could only point into the build machine.
 */
export function rewriteFileLinks(pdf: PDFDocument, base: LinkBase | undefined): void {
  const prefix = base ? (base.url.endsWith('/') ? base.url : `${base.url}/`) : '';
  for (const action of uriActions(pdf)) {
    const uri = textOf(action.get(PDFName.of('URI')));
    if (!uri?.startsWith('file:')) continue;
    if (!base || !isFileInside(uri, base.dir)) {
      throw new FileLinkError(sv.print.fileLink(uri, base && { dir: base.dir, url: prefix }));
    }
    const [path = '', fragment] = uri.split('#', 2);
    const rel = relative(base.dir, fileURLToPath(path)).split(sep).map(encodeURIComponent).join('/');
    // A folder link ("../promises/x/") keeps its slash, or the server would redirect it.
    const slash = path.endsWith('/') && rel !== '' ? '/' : '';
    const target = `${prefix}${rel}${slash}${fragment === undefined ? '' : `#${fragment}`}`;
    action.set(PDFName.of('URI'), PDFString.of(target));
  }
}
