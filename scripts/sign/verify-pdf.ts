// Verifies every signature in a PDF: that the bytes it covers are unchanged and its CMS
// verifies, what it covers (the whole file, or its own revision), its timestamp, optionally
// its certificate chain, and what the revisions after it changed.
import type { X509Certificate } from 'node:crypto';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, type PDFObject, PDFString } from '@cantoo/pdf-lib';
import { sv } from '../language/index.ts';
import { checkChain, type ChainCheck, toX509 } from './certificate-chain.ts';
import { type FormField, nameOf, signatureFields, textOf } from './form-fields.ts';
import { type ChangeKind, type ChangeSummary, compareRevisions } from './revision-changes.ts';
import { type RevisionEnd, revisionEndingAt, revisionEnds } from './revisions.ts';
import { type SignerIdentity, verifyCms, verifyTimestamp } from './verify-cms.ts';

export interface TimestampReport {
  time: Date;
  /** The token stamps this signature's value. */
  imprintOk: boolean;
  /** The token's own signature and digest verify. */
  tokenOk: boolean;
  /** The TSA's certificate has the timeStamping extended key usage (RFC 3161). */
  forTimestamping: boolean;
  authority: SignerIdentity | undefined;
  chain: ChainCheck | undefined;
}

export interface SignatureReport {
  field: string;
  subFilter: string | undefined;
  signer: SignerIdentity | undefined;
  /** /M: the time the signer claims, not proven (see timestamp). */
  claimedTime: Date | undefined;
  reason: string | undefined;
  location: string | undefined;
  timestamp: TimestampReport | undefined;
  byteRange: number[];
  /** Starts at 0 and leaves out exactly the /Contents hex string. */
  byteRangeOk: boolean;
  coversWholeFile: boolean;
  /** The 1-based revision whose end the range reaches; undefined when it ends inside one. */
  revision: number | undefined;
  /** The message digest over the byte ranges matches the one signed. */
  digestOk: boolean;
  /** The signature over the signed attributes verifies with the signer's certificate. */
  signatureOk: boolean;
  /** Signed attribute signing-certificate(-v2) names the signer's certificate; undefined when absent. */
  signingCertificateOk: boolean | undefined;
  /** PAdES baseline forbids a CMS signing-time attribute; reported, not an error. */
  hasSigningTimeAttribute: boolean;
  /** Present when trust anchors were given. */
  chain: ChainCheck | undefined;
  /** What the revisions after this signature's changed; 'none' when it covers the whole file. */
  changesAfter: ChangeSummary & { revisions: number };
  /** Everything above that is wrong, in Swedish. */
  problems: string[];
  /** The signed bytes are unchanged and the signature verifies. */
  intact: boolean;
}

export interface PdfVerification {
  size: number;
  revisions: number;
  signatures: SignatureReport[];
  /** Signature fields not yet signed, by name. */
  emptySignatureFields: string[];
  /** Every signature intact, only signatures added after any of them, and trusted when anchors were given. */
  ok: boolean;
}

export interface VerifyOptions {
  /** Trust anchors: the chain of each signer (and timestamp authority) must reach one. */
  trustAnchors?: X509Certificate[];
  /** The validation time for signatures without a timestamp; defaults to now. */
  now?: Date;
}

const TIME_STAMPING = '1.3.6.1.5.5.7.3.8';

const words = sv.sign.problems;

const numbersOf = (value: PDFObject | undefined) =>
  value instanceof PDFArray ? value.asArray().map((item) => (item instanceof PDFNumber ? item.asNumber() : Number.NaN)) : [];

function contentsBytes(value: PDFObject | undefined): Uint8Array | undefined {
  if (value instanceof PDFHexString || value instanceof PDFString) return value.asBytes();
  return undefined;
}

/** /M as PDF writes dates: D:YYYYMMDDHHmmSS with an optional offset (Z, +01'00'). */
function parsePdfDate(value: string | undefined): Date | undefined {
  const match = /^D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?([Z+-])?(\d{2})?'?(\d{2})?'?/.exec(value ?? '');
  if (!match) return undefined;
  const [, year, month = '01', day = '01', hour = '00', minute = '00', second = '00', sign, offsetHours = '00', offsetMinutes = '00'] = match;
  const utc = Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second));
  const offset = (Number(offsetHours) * 60 + Number(offsetMinutes)) * 60_000;
  return new Date(sign === '+' ? utc - offset : sign === '-' ? utc + offset : utc);
}

/** The range is [0, gap start, gap end, tail length] with the gap exactly the hex string. */
function byteRangeWellFormed(bytes: Uint8Array, range: number[]): boolean {
  if (range.length !== 4 || range.some((n) => !Number.isInteger(n) || n < 0)) return false;
  const [start, gapStart, gapEnd, tail] = range as [number, number, number, number];
  if (start !== 0 || gapStart >= gapEnd || gapEnd + tail > bytes.length) return false;
  if (bytes[gapStart] !== 0x3c || bytes[gapEnd - 1] !== 0x3e) return false;
  return /^[0-9a-fA-F\s]*$/.test(Buffer.from(bytes.subarray(gapStart + 1, gapEnd - 1)).toString('latin1'));
}

async function loadRevision(bytes: Uint8Array, cache: Map<number, Promise<PDFDocument>>, end: number): Promise<PDFDocument> {
  let pdf = cache.get(end);
  if (!pdf) {
    pdf = PDFDocument.load(bytes.subarray(0, end), { updateMetadata: false, ignoreEncryption: true });
    cache.set(end, pdf);
  }
  return pdf;
}

function chainFor(leaf: X509Certificate | undefined, pool: X509Certificate[], anchors: X509Certificate[] | undefined, time: Date): ChainCheck | undefined {
  if (!anchors) return undefined;
  if (!leaf) return { trusted: false, path: [], problem: words.signerCertificateMissing };
  return checkChain(leaf, pool, anchors, time);
}

async function verifySignature(
  bytes: Uint8Array,
  field: FormField,
  whole: PDFDocument,
  ends: readonly RevisionEnd[],
  cache: Map<number, Promise<PDFDocument>>,
  options: VerifyOptions,
): Promise<SignatureReport> {
  const problems: string[] = [];
  const dict = field.value;
  const get = (key: string) => (dict instanceof PDFDict ? dict.get(PDFName.of(key)) : undefined);
  const byteRange = numbersOf(get('ByteRange'));
  const byteRangeOk = byteRangeWellFormed(bytes, byteRange);
  const [, gapStart = 0, gapEnd = 0, tail = 0] = byteRange;
  const signedEnd = gapEnd + tail;
  const revision = byteRangeOk ? revisionEndingAt(ends, signedEnd) : undefined;
  if (!byteRangeOk) problems.push(words.badByteRange);
  else if (revision === undefined) problems.push(words.endsMidRevision);

  const report: SignatureReport = {
    field: field.name,
    subFilter: nameOf(get('SubFilter')),
    signer: undefined,
    claimedTime: parsePdfDate(textOf(get('M'))),
    reason: textOf(get('Reason')),
    location: textOf(get('Location')),
    timestamp: undefined,
    byteRange,
    byteRangeOk,
    coversWholeFile: byteRangeOk && signedEnd === bytes.length,
    revision,
    digestOk: false,
    signatureOk: false,
    signingCertificateOk: undefined,
    hasSigningTimeAttribute: false,
    chain: undefined,
    changesAfter: { kind: 'none', changes: [], revisions: 0 },
    problems,
    intact: false,
  };

  const cms = contentsBytes(get('Contents'));
  if (!cms || !byteRangeOk) {
    if (!cms) problems.push(words.noContents);
    return report;
  }
  // The CMS read from the dictionary must be the one in the gap: a later revision could
  // otherwise redefine the dictionary and show a different signature than the bytes hold.
  const gapHex = Buffer.from(bytes.subarray(gapStart + 1, gapEnd - 1)).toString('latin1').replace(/\s/g, '');
  if (!Buffer.from(gapHex, 'hex').equals(Buffer.from(cms))) {
    problems.push(words.contentsNotGap);
    return report;
  }
  const signed = Buffer.concat([bytes.subarray(0, gapStart), bytes.subarray(gapEnd, signedEnd)]);
  let check: ReturnType<typeof verifyCms>;
  try {
    check = verifyCms(cms, signed);
  } catch (error) {
    problems.push(words.notCms((error as Error).message));
    return report;
  }
  problems.push(...check.problems);
  report.signer = check.signer;
  report.digestOk = check.messageDigestOk;
  report.signatureOk = check.signatureOk;
  report.signingCertificateOk = check.signingCertificateOk;
  report.hasSigningTimeAttribute = check.hasSigningTimeAttribute;

  const pool = check.certificates.map(toX509);
  if (check.timestampToken) {
    try {
      const stamp = verifyTimestamp(check.timestampToken, check.signatureValue);
      problems.push(...stamp.problems);
      const tsaPool = stamp.certificates.map(toX509);
      const authority = stamp.authorityCertificate && toX509(stamp.authorityCertificate);
      // RFC 3161: a TSA's certificate is for timestamping only (extendedKeyUsage timeStamping).
      const forTimestamping = authority !== undefined && (authority.keyUsage ?? []).includes(TIME_STAMPING);
      if (!forTimestamping) problems.push(words.tsaNotForTimestamping);
      report.timestamp = {
        time: stamp.time,
        imprintOk: stamp.imprintOk,
        tokenOk: stamp.tokenOk,
        forTimestamping,
        authority: stamp.authority,
        chain: chainFor(authority, tsaPool, options.trustAnchors, stamp.time),
      };
    } catch (error) {
      problems.push(words.timestampUnreadable((error as Error).message));
    }
  }
  // The time the certificate must be valid at: the timestamp's, which a third party vouches
  // for; without one, now, as /M is only the signer's word (ETSI EN 319 102-1 for B-B).
  const time = report.timestamp?.time ?? options.now ?? new Date();
  report.chain = chainFor(check.signerCertificate && toX509(check.signerCertificate), pool, options.trustAnchors, time);
  if (report.chain && !report.chain.trusted) problems.push(words.notTrusted(report.chain.problem));
  if (report.timestamp?.chain && !report.timestamp.chain.trusted) {
    problems.push(words.tsaNotTrusted(report.timestamp.chain.problem));
  }

  const stampOk = !report.timestamp || (report.timestamp.imprintOk && report.timestamp.tokenOk && report.timestamp.forTimestamping);
  report.intact = report.digestOk && report.signatureOk && report.signingCertificateOk !== false && stampOk && revision !== undefined;

  if (revision !== undefined && revision < ends.length) {
    const signedRevision = await loadRevision(bytes, cache, signedEnd);
    report.changesAfter = { ...compareRevisions(signedRevision, whole), revisions: ends.length - revision };
  }
  const lastEnd = ends.at(-1)?.end ?? bytes.length;
  if (revision !== undefined && lastEnd < bytes.length) {
    // Bytes after the last "%%EOF" are no revision a reader shows, but they are not signed either.
    report.changesAfter.changes.push({ kind: 'content', what: sv.sign.changes.bytesAfter(bytes.length - lastEnd) });
    report.changesAfter.kind = 'content';
  }
  return report;
}

/** The signatures whose bytes changed, or after which more than signatures was added. */
export function brokenSignatures(signatures: readonly SignatureReport[]): SignatureReport[] {
  const acceptable: ChangeKind[] = ['none', 'signatures'];
  return signatures.filter((signature) => !signature.intact || !acceptable.includes(signature.changesAfter.kind));
}

export async function verifyPdf(bytes: Uint8Array, options: VerifyOptions = {}): Promise<PdfVerification> {
  const whole = await PDFDocument.load(bytes, { updateMetadata: false, ignoreEncryption: true });
  const fields = signatureFields(whole);
  const ends = revisionEnds(bytes);
  const cache = new Map<number, Promise<PDFDocument>>();
  const signatures: SignatureReport[] = [];
  for (const field of fields.filter((item) => item.value !== undefined)) {
    signatures.push(await verifySignature(bytes, field, whole, ends, cache, options));
  }
  // Oldest first: the order in which they were signed, which is the order of their ranges.
  signatures.sort((a, b) => (a.byteRange[2] ?? 0) + (a.byteRange[3] ?? 0) - ((b.byteRange[2] ?? 0) + (b.byteRange[3] ?? 0)));
  const broken = brokenSignatures(signatures);
  const ok = signatures.every(
    (signature) => !broken.includes(signature) && signature.chain?.trusted !== false && signature.timestamp?.chain?.trusted !== false,
  );
  return {
    size: bytes.length,
    revisions: ends.length,
    signatures,
    emptySignatureFields: fields.filter((item) => item.value === undefined).map((item) => item.name),
    ok,
  };
}
