// Reading values Chromium writes into a PDF, shared by the post-processing passes.
import { PDFHexString, PDFName, type PDFObject, PDFString } from '@cantoo/pdf-lib';

/** A string (literal or hex) or a name as text; undefined for anything else. */
export const textOf = (value: PDFObject | undefined): string | undefined =>
  value instanceof PDFString || value instanceof PDFHexString || value instanceof PDFName ? value.decodeText() : undefined;

/** A named destination as the element id it came from: Chromium percent-encodes it, as in a URL's fragment. */
export function destinationId(value: PDFObject | undefined): string | undefined {
  const name = textOf(value);
  if (name === undefined) return undefined;
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}
