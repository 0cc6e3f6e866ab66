// PDF/A: the colours Chromium writes are DeviceRGB, which an archive can only reproduce when
// the file says what RGB means: an output intent with the sRGB ICC profile. The profile
// (IEC 61966-2.1, © Hewlett-Packard, freely redistributable) ships inside @cantoo/pdf-lib.
import { getDefaultSRGBProfile, type PDFDocument, PDFName, PDFString } from '@cantoo/pdf-lib';

export function addOutputIntent(pdf: PDFDocument): void {
  const profile = pdf.context.register(pdf.context.flateStream(getDefaultSRGBProfile(), { N: 3 }));
  const intent = pdf.context.obj({
    Type: 'OutputIntent',
    S: 'GTS_PDFA1',
    OutputConditionIdentifier: PDFString.of('sRGB IEC61966-2.1'),
    Info: PDFString.of('sRGB IEC61966-2.1'),
    DestOutputProfile: profile,
  });
  pdf.catalog.set(PDFName.of('OutputIntents'), pdf.context.obj([pdf.context.register(intent)]));
}
