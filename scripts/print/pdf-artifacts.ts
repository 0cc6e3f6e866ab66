// Chromium draws the @page margin boxes (running header, page numbers, the draft mark) and
// decorations such as the signature lines outside any marked content: neither tagged nor an
// artifact, which PDF/UA forbids and which screen readers then read as body text. Every such
// painting is wrapped here in /Artifact BMC … EMC; the bytes between are left as they were,
// so the page renders the same.
import { PDFArray, type PDFDocument, PDFName, PDFRawStream, PDFRef, type PDFPage, decodePDFRawStream } from '@cantoo/pdf-lib';
import { paintingUnits, parseOperations } from './content-stream.ts';
import { nextTurn } from './next-turn.ts';

const CONTENTS = PDFName.of('Contents');

/** The page's content streams, decoded and joined as one (the spec treats them so). */
export function pageContent(page: PDFPage): Uint8Array {
  const contents = page.node.Contents();
  const streams = contents instanceof PDFArray ? contents.asArray().map((ref) => page.doc.context.lookup(ref)) : [contents];
  const parts = streams.map((stream) => (stream instanceof PDFRawStream ? decodePDFRawStream(stream).decode() : new Uint8Array()));
  const joined = new Uint8Array(parts.reduce((sum, part) => sum + part.length + 1, 0));
  let offset = 0;
  for (const part of parts) {
    joined.set(part, offset);
    joined[offset + part.length] = 0x0a;
    offset += part.length + 1;
  }
  return joined;
}

const OPEN = new TextEncoder().encode('/Artifact BMC\n');
const CLOSE = new TextEncoder().encode('\nEMC\n');

export async function markArtifacts(pdf: PDFDocument): Promise<void> {
  for (const page of pdf.getPages()) {
    await nextTurn();
    const content = pageContent(page);
    const loose = paintingUnits(parseOperations(content)).filter((unit) => !unit.marked);
    if (loose.length === 0) continue;
    const parts: Uint8Array[] = [];
    let from = 0;
    for (const unit of loose) {
      parts.push(content.subarray(from, unit.start), OPEN, content.subarray(unit.start, unit.end), CLOSE);
      from = unit.end;
    }
    parts.push(content.subarray(from));
    const bytes = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
    let offset = 0;
    for (const part of parts) {
      bytes.set(part, offset);
      offset += part.length;
    }
    const old = page.node.get(CONTENTS);
    const olds = old instanceof PDFArray ? old.asArray() : [old];
    // pdf-lib writes every object it holds: the replaced streams go, or they would stay in the file.
    for (const ref of olds) if (ref instanceof PDFRef) pdf.context.delete(ref);
    page.node.set(CONTENTS, pdf.context.register(pdf.context.flateStream(bytes)));
  }
}
