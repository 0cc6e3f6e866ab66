// PDF/A wants a trailer /ID; Chromium writes none. It is derived from the file itself (an
// MD5 of the bytes, as the spec suggests), so the same sources still give the same bytes: the
// file is saved once with a blank ID of the same length, and the digest of those bytes is
// written over the blank, which moves no offset.
import { createHash } from 'node:crypto';
import { type PDFDocument, PDFHexString } from '@cantoo/pdf-lib';

const BLANK = '0'.repeat(32);
const ascii = (text: string) => new TextEncoder().encode(text);

export async function saveWithDocumentId(pdf: PDFDocument, save: () => Promise<Uint8Array>): Promise<Uint8Array> {
  // Both parts the same: this is the file's first version; a signature's revision changes only the second.
  const blank = PDFHexString.of(BLANK);
  pdf.context.trailerInfo.ID = pdf.context.obj([blank, blank]);
  const bytes = await save();
  const [first, second] = blankIdOffsets(bytes);
  const id = ascii(createHash('md5').update(bytes).digest('hex'));
  bytes.set(id, first);
  bytes.set(id, second);
  return bytes;
}

/** Where the two blank IDs' digits are: in the trailer (or cross-reference stream) that startxref points to. */
function blankIdOffsets(bytes: Uint8Array): [number, number] {
  const file = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const xref = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(file.toString('latin1', Math.max(0, file.length - 64)));
  const hex = ascii(`<${BLANK}>`);
  const first = xref ? file.indexOf(hex, Number(xref[1])) : -1;
  const second = first < 0 ? -1 : file.indexOf(hex, first + hex.length);
  // Side by side in one array, as pdf-lib writes them; anything else is a change in pdf-lib that must not pass unseen.
  if (first < 0 || second < 0 || second - first > hex.length + 2) throw new Error('pdf-document-id: the blank /ID is not in the trailer that pdf-lib wrote');
  return [first + 1, second + 1];
}
