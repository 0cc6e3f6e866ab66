// The second step of the PDF path: what the browser printed becomes the published PDF. Each
// pass is its own module and works on the loaded document; the passes run in a fixed order
// and the file is written once, so the bytes depend only on the print and the metadata.
import { PDFDocument } from '@cantoo/pdf-lib';
import { markArtifacts } from './pdf-artifacts.ts';
import { saveWithDocumentId } from './pdf-document-id.ts';
import { addLinkContents } from './pdf-link-contents.ts';
import { addListBodies } from './pdf-lists.ts';
import { tagFootnotes } from './pdf-notes.ts';
import { setDocumentInfo, type PdfMeta } from './pdf-metadata.ts';
import { rewriteFileLinks } from './pdf-links.ts';
import { restoreOutlineTitles } from './pdf-outline.ts';
import { addOutputIntent } from './pdf-output-intent.ts';
import { addRoleMap } from './pdf-role-map.ts';
import { embedSources } from './pdf-sources.ts';
import { rebuildParentTree } from './pdf-structure.ts';
import { renumberStructureIds } from './pdf-structure-ids.ts';
import { setXmpMetadata } from './pdf-xmp.ts';
import { nextTurn } from './next-turn.ts';
import type { PrintedPdf } from './print-pdf.ts';

export type PdfPass = (pdf: PDFDocument, printed: PrintedPdf, meta: PdfMeta) => void | Promise<void>;

export const PDF_PASSES: readonly PdfPass[] = [
  (pdf, _printed, meta) => setDocumentInfo(pdf, meta),
  // Before the file: links are rewritten: it matches them to the print page's links by URI.
  (pdf, printed) => addLinkContents(pdf, printed.links),
  (pdf, _printed, meta) => rewriteFileLinks(pdf, meta.linkBase),
  (pdf) => renumberStructureIds(pdf),
  (pdf, printed) => restoreOutlineTitles(pdf, printed.headings),
  // PDF/UA-1: page furniture as artifacts, standard types, list bodies, footnotes as Notes.
  (pdf) => markArtifacts(pdf),
  (pdf) => addRoleMap(pdf),
  (pdf) => addListBodies(pdf),
  (pdf) => tagFootnotes(pdf),
  (pdf) => rebuildParentTree(pdf),
  // PDF/A-3b: the claims, the colour space, the sources.
  (pdf, _printed, meta) => setXmpMetadata(pdf, meta),
  (pdf) => addOutputIntent(pdf),
  (pdf, _printed, meta) => embedSources(pdf, meta.sources, meta.date),
];

/** `extra`: one document's own passes (e.g. an edition's signature fields), after every PDF's. */
export async function postProcessPdf(printed: PrintedPdf, meta: PdfMeta, extra: readonly PdfPass[] = []): Promise<Uint8Array> {
  // updateMetadata: false, or pdf-lib writes its own producer and the current time.
  const pdf = await PDFDocument.load(printed.bytes, { updateMetadata: false });
  for (const pass of [...PDF_PASSES, ...extra]) {
    await pass(pdf, printed, meta);
    await nextTurn();
  }
  // Object streams keep the file small; the structure tree, outline and /Lang are ordinary
  // objects that pdf-lib carries over either way (checked in test/print).
  return saveWithDocumentId(pdf, () => pdf.save({ useObjectStreams: true }));
}
