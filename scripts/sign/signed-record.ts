// A signed PDF committed into an edition's folder, as the loader finds it: its bytes, and what
// check needs to know of it. Verifying is asynchronous and the rules are not, so it is done
// here, once, when the content is loaded; the rule signed-pdf-record reads the result.
import type { VFile } from 'vfile';
import { readSourceDigest } from './source-digest.ts';
import { brokenSignatures, verifyPdf } from './verify-pdf.ts';

/** Why a committed PDF cannot be used at all. */
export type RecordProblem =
  | { kind: 'not-a-file' }
  | { kind: 'unreadable'; code: string }
  | { kind: 'too-large'; bytes: number; limit: number }
  | { kind: 'not-a-pdf'; detail: string };

export interface SignedPdfRecord {
  /** Where it is, for messages. It has no text value: it is no text source, and no lock covers it. */
  file: VFile;
  /** Undefined when `problem` says why. */
  bytes?: Uint8Array;
  problem?: RecordProblem;
  /** The source digest the build wrote into it (source-digest.ts). */
  sourceDigest?: string;
  /** Every signature's field, oldest first. */
  signatures: string[];
  /** The fields whose signatures are broken, or after which more than signatures was added. */
  broken: string[];
}

export async function inspectSignedPdf(file: VFile, bytes: Uint8Array): Promise<SignedPdfRecord> {
  try {
    const [verification, sourceDigest] = await Promise.all([verifyPdf(bytes), readSourceDigest(bytes)]);
    return {
      file,
      bytes,
      sourceDigest,
      signatures: verification.signatures.map((signature) => signature.field),
      broken: brokenSignatures(verification.signatures).map((signature) => signature.field),
    };
  } catch (error) {
    return { file, problem: { kind: 'not-a-pdf', detail: (error as Error).message }, signatures: [], broken: [] };
  }
}
