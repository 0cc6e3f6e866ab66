// The source digest (edition-digest.ts) in a PDF's document information: written when the PDF
// is made, read from a signed PDF committed later. Apart from the digest itself so that the
// check, which computes the digest (rule signed-pdf-record), does not load a PDF library.
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from '@cantoo/pdf-lib';
import { sv } from '../language/index.ts';

/** The key in the PDF's document information dictionary. */
export const SOURCE_DIGEST_KEY = 'SourceDigest';

const infoOf = (pdf: PDFDocument) => pdf.context.lookupMaybe(pdf.context.trailerInfo.Info, PDFDict);

/** Writes the digest into the document information dictionary: a pass after setDocumentInfo. */
export function writeSourceDigest(pdf: PDFDocument, digest: string): void {
  const info = infoOf(pdf);
  if (!info) throw new Error(sv.sign.noDocumentInfo);
  info.set(PDFName.of(SOURCE_DIGEST_KEY), PDFString.of(digest));
}

/** The digest a PDF carries; in a signed PDF, as its last revision has it. */
export async function readSourceDigest(bytes: Uint8Array): Promise<string | undefined> {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false, ignoreEncryption: true });
  const value = infoOf(pdf)?.lookup(PDFName.of(SOURCE_DIGEST_KEY));
  return value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : undefined;
}
