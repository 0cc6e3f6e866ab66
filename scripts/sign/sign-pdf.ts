// Signs a PDF as an incremental update: the signed revision is appended, so the bytes before
// it stay an identical prefix and every earlier signature keeps verifying. @cantoo/pdf-lib
// writes the revision (a filled field, or a new invisible seal field) with a placeholder
// signature; @signpdf/signpdf computes the byte range and puts the CMS in the placeholder.
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFRef, PDFString } from '@cantoo/pdf-lib';
import { SignPdf } from '@signpdf/signpdf';
import { Signer } from '@signpdf/utils';
import { sv } from '../language/index.ts';
import { signDetached } from './cms-signature.ts';
import { commonNameOf } from './distinguished-name.ts';
import { acroForm, formFields, signatureFields } from './form-fields.ts';
import type { SigningIdentity } from './pkcs12.ts';
import { SignPdfError } from './sign-error.ts';
import { drawSignatureStamp } from './signature-stamp.ts';
import { requestTimestamp, TimestampError } from './timestamp-client.ts';

export { SignPdfError, type SignFailure } from './sign-error.ts';

export interface SignPdfOptions {
  identity: SigningIdentity;
  /** An existing, empty signature field to fill; without it a new invisible seal field is added. */
  field?: string;
  /** Name of the seal field when `field` is not given. */
  sealFieldName?: string;
  reason?: string;
  location?: string;
  /** The claimed signing time, written as /M: a fixed time gives reproducible bytes (RSA). */
  signingTime: Date;
  /** An RFC 3161 timestamp authority: the signature gets a timestamp token (PAdES B-T). */
  tsaUrl?: string;
  /**
   * Draw the heading, the signer's name and the time in the field (which must have a size on the
   * page); the heading in the language of the reason beside it, so the document speaks one.
   */
  visible?: { heading: string };
}

export const DEFAULT_SEAL_FIELD = 'organisationens-sigill';

const words = sv.sign.pdf;

// Room for the CMS beside its certificates: signed attributes, an RSA-8192 or ECDSA value and
// the structure around them; a timestamp token brings its own certificates as well.
const SIGNATURE_SLACK = 2048;
const TIMESTAMP_ROOM = 16384;

// Widget flags: Hidden (2) for the invisible seal, so it needs no place in the tag tree;
// Print (4) for a visible signature; Locked (128) on both: not to be moved or deleted.
const HIDDEN_LOCKED = 2 | 128;
const SIGFLAGS_SIGNATURES_EXIST_APPEND_ONLY = 3;

/** @signpdf recognises the /ByteRange it is to fill by this name in its last three entries. */
const BYTE_RANGE_PLACEHOLDER = '**********';

class CadesSigner extends Signer {
  constructor(
    private readonly identity: SigningIdentity,
    private readonly tsaUrl: string | undefined,
  ) {
    super();
  }

  override async sign(content: Buffer): Promise<Buffer> {
    const tsaUrl = this.tsaUrl;
    const timestamp = tsaUrl ? (value: Uint8Array) => requestTimestamp(tsaUrl, value) : undefined;
    return Buffer.from(await signDetached(content, this.identity, { timestamp }));
  }
}

/** Whether the last cross-reference section is a stream: the new revision then writes one too. */
function usesXrefStreams(bytes: Uint8Array): boolean {
  const tail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - 1024))).toString('latin1');
  const offset = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail)?.[1] ?? Number.NaN);
  if (!Number.isFinite(offset)) return false;
  return !Buffer.from(bytes.subarray(offset, offset + 4)).toString('latin1').startsWith('xref');
}

function placeholderLength(identity: SigningIdentity, timestamp: boolean): number {
  const certificates = [identity.certificate, ...identity.chain].reduce((sum, certificate) => sum + certificate.toSchema().toBER().byteLength, 0);
  return certificates + SIGNATURE_SLACK + (timestamp ? TIMESTAMP_ROOM : 0);
}

const commonName = (identity: SigningIdentity) => commonNameOf(identity.certificate.subject);

/** A field name not yet taken: the seal of a second signing round gets "-2" and so on. */
function freeName(pdf: PDFDocument, base: string): string {
  const taken = new Set(formFields(pdf).map((field) => field.name));
  let name = base;
  for (let n = 2; taken.has(name); n += 1) name = `${base}-${n}`;
  return name;
}

function addSealField(pdf: PDFDocument, name: string): PDFDict {
  const page = pdf.getPage(0);
  const widget = pdf.context.obj({
    Type: 'Annot',
    Subtype: 'Widget',
    FT: 'Sig',
    T: PDFHexString.fromText(name),
    Rect: [0, 0, 0, 0],
    F: HIDDEN_LOCKED,
    P: page.ref,
  });
  const ref = pdf.context.register(widget);
  const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
  if (annots) annots.push(ref);
  else page.node.set(PDFName.of('Annots'), pdf.context.obj([ref]));
  // PDF/UA: a page with annotations says its tab order follows the structure.
  if (!page.node.has(PDFName.of('Tabs'))) page.node.set(PDFName.of('Tabs'), PDFName.of('S'));
  formDict(pdf).lookup(PDFName.of('Fields'), PDFArray).push(ref);
  return widget;
}

function formDict(pdf: PDFDocument): PDFDict {
  let form = acroForm(pdf);
  if (!form) {
    form = pdf.context.obj({ Fields: [] });
    pdf.catalog.set(PDFName.of('AcroForm'), pdf.context.register(form));
  }
  if (!form.has(PDFName.of('Fields'))) form.set(PDFName.of('Fields'), pdf.context.obj([]));
  return form;
}

function signatureDictionary(pdf: PDFDocument, options: SignPdfOptions, contentsLength: number): PDFRef {
  const placeholder = PDFName.of(BYTE_RANGE_PLACEHOLDER);
  // /ByteRange before /Contents: @signpdf looks for the first "/Contents " after the placeholder.
  const dict = pdf.context.obj({
    Type: 'Sig',
    Filter: 'Adobe.PPKLite',
    SubFilter: 'ETSI.CAdES.detached',
    ByteRange: [PDFNumber.of(0), placeholder, placeholder, placeholder],
    Contents: PDFHexString.of('0'.repeat(contentsLength * 2)),
    M: PDFString.fromDate(options.signingTime),
  });
  const name = commonName(options.identity);
  if (name) dict.set(PDFName.of('Name'), PDFHexString.fromText(name));
  if (options.reason) dict.set(PDFName.of('Reason'), PDFHexString.fromText(options.reason));
  if (options.location) dict.set(PDFName.of('Location'), PDFHexString.fromText(options.location));
  return pdf.context.register(dict);
}

export async function signPdf(bytes: Uint8Array, options: SignPdfOptions): Promise<Uint8Array> {
  let pdf: PDFDocument;
  try {
    pdf = await PDFDocument.load(bytes, { forIncrementalUpdate: true, updateMetadata: false });
  } catch (error) {
    throw new SignPdfError(words.unreadable((error as Error).message), 'unreadable');
  }

  let fieldDict: PDFDict;
  if (options.field !== undefined) {
    const fields = signatureFields(pdf);
    const field = fields.find((item) => item.name === options.field);
    if (!field) {
      const empty = fields.filter((item) => item.value === undefined).map((item) => item.name);
      throw new SignPdfError(words.noSuchField(options.field, empty), 'unknown-field');
    }
    if (field.value !== undefined) throw new SignPdfError(words.alreadySigned(field.name), 'not-empty');
    fieldDict = field.dict;
    if (options.visible) {
      const widget = field.widgets[0];
      if (!widget) throw new SignPdfError(words.noPlace(field.name), 'no-room');
      drawSignatureStamp(pdf, widget.dict, { heading: options.visible.heading, name: commonName(options.identity) ?? '', time: options.signingTime });
    }
  } else {
    if (options.visible) throw new SignPdfError(words.visibleSealNeedsField, 'no-room');
    fieldDict = addSealField(pdf, freeName(pdf, options.sealFieldName ?? DEFAULT_SEAL_FIELD));
  }

  const form = formDict(pdf);
  form.set(PDFName.of('SigFlags'), PDFNumber.of(SIGFLAGS_SIGNATURES_EXIST_APPEND_ONLY));
  fieldDict.set(PDFName.of('V'), signatureDictionary(pdf, options, placeholderLength(options.identity, options.tsaUrl !== undefined)));

  const prepared = await pdf.save({ useObjectStreams: usesXrefStreams(bytes) });
  if (!Buffer.from(prepared.subarray(0, bytes.length)).equals(Buffer.from(bytes))) {
    // Never expected: it would break every earlier signature, so it is checked, not assumed.
    throw new Error('the incremental update changed bytes of the earlier revisions');
  }
  try {
    return new Uint8Array(await new SignPdf().sign(Buffer.from(prepared), new CadesSigner(options.identity, options.tsaUrl)));
  } catch (error) {
    if (error instanceof TimestampError) throw new SignPdfError(error.message, 'timestamp');
    // The room is estimated before the CMS exists; a TSA with a long certificate chain can overflow it.
    if (error instanceof Error && /exceeds placeholder length/.test(error.message)) {
      throw new SignPdfError(words.tooLarge(error.message), 'too-large');
    }
    throw error;
  }
}
