// The organisation's seal, added by the build to each edition PDF that is not a draft: the last
// step of the PDF path, before the pages give the PDFs' digests, so what a reader downloads is
// what the page describes. Signatories sign their own fields later, on top of it.
import { EnvironmentError } from '../errors.ts';
import { sv } from '../language/index.ts';
import type { SigningIdentity } from '../sign/pkcs12.ts';
import { signPdf, SignPdfError } from '../sign/sign-pdf.ts';

export interface Seal {
  identity: SigningIdentity;
  /** The claimed signing time: SOURCE_DATE_EPOCH in a reproducible build, else now. */
  signingTime: Date;
  /** An RFC 3161 timestamp authority (PAdES B-T). */
  tsaUrl?: string;
}

export async function sealPdf(bytes: Uint8Array, text: { reason: string; location?: string }, seal: Seal): Promise<Uint8Array> {
  try {
    return await signPdf(bytes, { identity: seal.identity, reason: text.reason, location: text.location, signingTime: seal.signingTime, tsaUrl: seal.tsaUrl });
  } catch (error) {
    if (error instanceof SignPdfError) throw new EnvironmentError(sv.workspace.sealFailed(error.message));
    throw error;
  }
}
