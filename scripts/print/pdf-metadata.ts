// The PDF's document information, set after printing: Chromium only knows the <title> and
// stamps the current time, which would make every build's bytes differ.
import { PDFDocument } from 'pdf-lib';
import { renumberStructureIds } from './pdf-structure-ids.ts';
import { type LinkBase, rewriteFileLinks } from './pdf-links.ts';
import { restoreOutlineTitles } from './pdf-outline.ts';

export const PRODUCER = 'agreement-as-code';

export interface PdfMeta {
  title: string;
  /** The parties; joined into the Author field. */
  authors: string[];
  subject?: string;
  keywords?: string[];
  /** BCP 47; defaults to Swedish. */
  language?: string;
  /** CreationDate and ModDate: the sources' date (see source-date.ts), not the build's. */
  date: Date;
  /** Where file: links in the PDF are published; see pdf-links.ts. */
  linkBase?: LinkBase;
}

export interface FinalizeOptions {
  /** Text of the document's headings in order, to mend the bookmarks (see pdf-outline.ts). */
  headings?: string[];
}

export async function finalizePdf(bytes: Uint8Array, meta: PdfMeta, options: FinalizeOptions = {}): Promise<Uint8Array> {
  // updateMetadata: false, or pdf-lib writes its own producer and the current time.
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  // showInWindowTitleBar sets DisplayDocTitle, which PDF/UA asks for: readers then show the
  // title instead of the file name.
  pdf.setTitle(meta.title, { showInWindowTitleBar: true });
  pdf.setAuthor(meta.authors.join(', '));
  if (meta.subject) pdf.setSubject(meta.subject);
  // pdf-lib joins keywords with spaces; terms such as "lokalpolisområde Degerfors" would then
  // run together, so they are joined here with the separator readers split on.
  if (meta.keywords?.length) pdf.setKeywords([meta.keywords.join(', ')]);
  pdf.setLanguage(meta.language ?? 'sv');
  pdf.setCreator(PRODUCER);
  pdf.setProducer(PRODUCER);
  pdf.setCreationDate(meta.date);
  pdf.setModificationDate(meta.date);
  rewriteFileLinks(pdf, meta.linkBase);
  renumberStructureIds(pdf);
  if (options.headings) restoreOutlineTitles(pdf, options.headings);
  // Object streams keep the file small; the structure tree, outline and /Lang are ordinary
  // objects that pdf-lib carries over either way (checked in test/print).
  return pdf.save({ useObjectStreams: true });
}
