// PDF/A wants a trailer /ID; Chromium writes none. It is derived from the file itself (an
// MD5 of the bytes saved without it, as the spec suggests), so the same sources still give
// the same bytes.
import { createHash } from 'node:crypto';
import { type PDFDocument, PDFHexString } from 'pdf-lib';

export async function saveWithDocumentId(pdf: PDFDocument, save: () => Promise<Uint8Array>): Promise<Uint8Array> {
  const id = PDFHexString.of(createHash('md5').update(await save()).digest('hex'));
  // Both parts the same: this is the file's first version; a signature's revision changes only the second.
  pdf.context.trailerInfo.ID = pdf.context.obj([id, id]);
  return save();
}
