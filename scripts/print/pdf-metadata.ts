// The PDF's document information, set after printing: Chromium only knows the <title> and
// stamps the current time, which would make every build's bytes differ.
import type { PDFDocument } from '@cantoo/pdf-lib';
import type { LinkBase } from './pdf-links.ts';
import type { EmbeddedSources } from './pdf-sources.ts';

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
  /** The content files the document was made from, embedded for the archive (pdf-sources.ts). */
  sources?: EmbeddedSources;
}

/** The document information dictionary, from the sources' facts rather than the browser's. */
export function setDocumentInfo(pdf: PDFDocument, meta: PdfMeta): void {
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
}
