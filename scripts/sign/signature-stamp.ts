// A visible signature: the signer's name and the time drawn in the field's appearance, so a
// printout of the signed PDF shows who signed and when. The appearance belongs to the signed
// revision; a later change to it would show as a change after signing.
import {
  beginText,
  endText,
  moveText,
  PDFArray,
  type PDFDict,
  type PDFDocument,
  PDFName,
  PDFNumber,
  popGraphicsState,
  pushGraphicsState,
  rectangle,
  setFillingGrayscaleColor,
  setFontAndSize,
  setLineWidth,
  setStrokingGrayscaleColor,
  showText,
  StandardFonts,
  stroke,
} from '@cantoo/pdf-lib';
import { sv } from '../language/index.ts';
import { SignPdfError } from './sign-error.ts';

export interface StampText {
  /** The line above the name, in the document's language (the signature's reason's). */
  heading: string;
  name: string;
  time: Date;
}

// Print (4) and Locked (128): a visible signature is part of the printed page.
const PRINT_LOCKED = 4 | 128;

/** Swedish local time: the time the signatories read on their own clocks. */
export function stampTime(time: Date): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', dateStyle: 'short', timeStyle: 'long' }).format(time);
}

function rectOf(widget: PDFDict): [number, number, number, number] {
  const rect = widget.lookupMaybe(PDFName.of('Rect'), PDFArray);
  const values = (rect?.asArray() ?? []).map((item) => (item instanceof PDFNumber ? item.asNumber() : 0));
  const [x1 = 0, y1 = 0, x2 = 0, y2 = 0] = values;
  return [Math.min(x1, x2), Math.min(y1, y2), Math.max(x1, x2), Math.max(y1, y2)];
}

export function drawSignatureStamp(pdf: PDFDocument, widget: PDFDict, text: StampText): void {
  const [x1, y1, x2, y2] = rectOf(widget);
  const width = x2 - x1;
  const height = y2 - y1;
  if (width < 20 || height < 10) throw new SignPdfError(sv.sign.pdf.tooSmall, 'no-room');
  // Helvetica, one of the standard fonts: WinAnsi covers å, ä and ö, and a viewer has it.
  const font = pdf.embedStandardFont(StandardFonts.Helvetica);
  const lines = [text.heading, text.name, stampTime(text.time)];
  const size = Math.min(9, (height - 4) / (lines.length * 1.25));
  const fits = (line: string) => font.widthOfTextAtSize(line, size) <= width - 4;
  const operators = [
    pushGraphicsState(),
    setStrokingGrayscaleColor(0.4),
    setLineWidth(0.5),
    rectangle(0.25, 0.25, width - 0.5, height - 0.5),
    stroke(),
    setFillingGrayscaleColor(0),
    beginText(),
    setFontAndSize('F1', size),
    moveText(2, height - 2 - size),
  ];
  lines.forEach((line, index) => {
    let shown = line;
    while (shown.length > 1 && !fits(shown)) shown = `${shown.slice(0, -2)}…`;
    if (index > 0) operators.push(moveText(0, -size * 1.25));
    operators.push(showText(font.encodeText(shown)));
  });
  operators.push(endText(), popGraphicsState());
  const appearance = pdf.context.formXObject(operators, {
    BBox: [0, 0, width, height],
    Resources: { Font: { F1: font.ref } },
  });
  widget.set(PDFName.of('AP'), pdf.context.obj({ N: pdf.context.register(appearance) }));
  widget.set(PDFName.of('F'), PDFNumber.of(PRINT_LOCKED));
}
