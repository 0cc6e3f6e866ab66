// Signing a printed agreement and checking it with two independent verifiers: our own
// (scripts/sign/verify-pdf.ts, through npm run verify) and poppler's pdfsig over NSS.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodePDFRawStream, PDFDict, PDFDocument, PDFName, PDFRawStream, StandardFonts } from '@cantoo/pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCommandInProcess } from '../../scripts/cli/command.ts';
import verifyCommand from '../../scripts/cli/verify.ts';
import { readPemCertificates } from '../../scripts/sign/certificate-chain.ts';
import { signatureFields } from '../../scripts/sign/form-fields.ts';
import { readPkcs12, type SigningIdentity } from '../../scripts/sign/pkcs12.ts';
import { signPdf, type SignPdfOptions } from '../../scripts/sign/sign-pdf.ts';
import { verifyPdf } from '../../scripts/sign/verify-pdf.ts';
import { outlineTitles, pdfInfo, qpdfCheck } from '../helpers/pdf.ts';
import { startLocalTsa, type LocalTsa } from './local-tsa.ts';
import { FIELD_NAMES, HEADINGS, printWithFields, TITLE } from './signable-pdf.ts';
import { createTestPki, PASSPHRASE, pdfsig, pdfsigSign, type TestPki } from './test-pki.ts';

const SIGNING_TIME = new Date(Date.UTC(2026, 0, 1, 9, 30));

let pki: TestPki;
let tsa: LocalTsa;
let unsigned: Uint8Array;
let printed: Uint8Array;
const ids: Record<'rsa' | 'ec' | 'seal' | 'other', SigningIdentity> = {} as never;

beforeAll(async () => {
  pki = createTestPki();
  tsa = await startLocalTsa(pki);
  for (const name of ['rsa', 'ec', 'seal', 'other'] as const) ids[name] = await readPkcs12(readFileSync(pki[name].p12), PASSPHRASE);
  ({ printed, withFields: unsigned } = await printWithFields());
});
afterAll(async () => {
  await tsa?.close();
  pki?.cleanup();
});

let files = 0;
function save(bytes: Uint8Array): string {
  files += 1;
  const file = join(pki.dir, `doc-${files}.pdf`);
  writeFileSync(file, bytes);
  return file;
}

const sign = (bytes: Uint8Array, identity: SigningIdentity, options: Partial<SignPdfOptions> = {}) =>
  signPdf(bytes, { identity, signingTime: SIGNING_TIME, reason: 'Underskrift', location: 'Degerfors', ...options });

async function verifyCli(file: string, trust = true) {
  const result = await runCommandInProcess(verifyCommand, [file, ...(trust ? ['--trust', pki.caPem] : []), '--format', 'json'], {
    workspace: () => {
      throw new Error('verify needs no workspace');
    },
  });
  return { ...result, report: result.code === 2 ? undefined : (JSON.parse(result.stdout) as Awaited<ReturnType<typeof verifyPdf>>) };
}

describe('one signature, RSA and EC', () => {
  for (const key of ['rsa', 'ec'] as const) {
    it(`${key}: pdfsig finds it valid and trusted, and npm run verify agrees`, async () => {
      const signed = await sign(unsigned, ids[key], { field: FIELD_NAMES[0] });
      const file = save(signed);
      const [poppler, empty, ...more] = pdfsig(pki, file);
      expect(more).toEqual([]);
      expect(poppler).toMatchObject({ field: FIELD_NAMES[0], signed: true, signatureValid: true, certificateTrusted: true, totalDocumentSigned: true });
      expect(empty).toMatchObject({ field: FIELD_NAMES[1], signed: false });

      const { code, report } = await verifyCli(file);
      expect(code).toBe(0);
      expect(report?.ok).toBe(true);
      const [signature] = report?.signatures ?? [];
      expect(signature).toMatchObject({
        field: FIELD_NAMES[0],
        subFilter: 'ETSI.CAdES.detached',
        digestOk: true,
        signatureOk: true,
        signingCertificateOk: true,
        hasSigningTimeAttribute: false,
        coversWholeFile: true,
        intact: true,
        reason: 'Underskrift',
        location: 'Degerfors',
        chain: { trusted: true },
        changesAfter: { kind: 'none', revisions: 0 },
      });
      expect(signature?.signer?.subject).toBe(key === 'rsa' ? 'CN=Åsa Öberg, O=Degerfors kommun' : 'CN=Bertil Berg, O=Polismyndigheten');
      expect(signature?.signer?.issuer).toBe('CN=Testrot för underskrifter, O=Provorganisationen');
      expect(signature?.claimedTime).toBe(SIGNING_TIME.toISOString());
      expect(report?.emptySignatureFields).toEqual([FIELD_NAMES[1]]);
    });
  }

  it('appends: the unsigned file is an identical prefix, and the PDF keeps its tags, pages, title and bookmarks', async () => {
    const signed = await sign(unsigned, ids.rsa, { field: FIELD_NAMES[0] });
    expect(Buffer.from(signed.subarray(0, unsigned.length)).equals(Buffer.from(unsigned))).toBe(true);
    const before = pdfInfo(printed);
    const after = pdfInfo(signed);
    expect(after.tagged).toBe(true);
    expect(after.pages).toBe(before.pages);
    expect(after.title).toBe(TITLE);
    expect(outlineTitles(signed)).toEqual(HEADINGS);
    const check = qpdfCheck(signed);
    expect(check.ok, check.output).toBe(true);
  });

  it('gives byte-identical output for a fixed signing time with an RSA key (ECDSA in Node 20 is randomized)', async () => {
    const first = await sign(unsigned, ids.rsa, { field: FIELD_NAMES[0] });
    const second = await sign(unsigned, ids.rsa, { field: FIELD_NAMES[0] });
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
  });
});

describe('two signatories in turn, then the organisation seal', () => {
  let final: Uint8Array;
  let file: string;
  beforeAll(async () => {
    const first = await sign(unsigned, ids.rsa, { field: FIELD_NAMES[0] });
    const second = await sign(first, ids.ec, { field: FIELD_NAMES[1] });
    final = await sign(second, ids.seal, { reason: 'Organisationens sigill' });
    file = save(final);
  });

  it('all three verify in pdfsig, trusted', () => {
    const signatures = pdfsig(pki, file);
    expect(signatures.map((signature) => signature.field)).toEqual([...FIELD_NAMES, 'organisationens-sigill']);
    for (const signature of signatures) expect(signature, signature.field).toMatchObject({ signatureValid: true, certificateTrusted: true });
    expect(signatures.map((signature) => signature.totalDocumentSigned)).toEqual([false, false, true]);
  });

  it('npm run verify: the first two cover their own revisions and only signatures were added after them', async () => {
    const { code, report } = await verifyCli(file);
    expect(code).toBe(0);
    const [first, second, seal] = report?.signatures ?? [];
    expect(first).toMatchObject({ field: FIELD_NAMES[0], intact: true, coversWholeFile: false, revision: 2, changesAfter: { kind: 'signatures', revisions: 2 } });
    expect(second).toMatchObject({ field: FIELD_NAMES[1], intact: true, coversWholeFile: false, revision: 3, changesAfter: { kind: 'signatures', revisions: 1 } });
    expect(seal).toMatchObject({ field: 'organisationens-sigill', intact: true, coversWholeFile: true, revision: 4, changesAfter: { kind: 'none' } });
    expect(first?.changesAfter.changes.map((change) => change.what)).toEqual([
      `fältet "${FIELD_NAMES[1]}" har skrivits under`,
      'underskriftsfältet "organisationens-sigill" har lagts till och skrivits under',
    ]);
    expect(report?.emptySignatureFields).toEqual([]);
  });

  it('the text report names each signature, its signer, time, range and what came after', async () => {
    const { code, stdout } = await runCommandInProcess(verifyCommand, [file], { workspace: () => ({}) as never });
    expect(code).toBe(0);
    expect(stdout).toContain('Underskrift 1 av 3: fältet "asa-oberg"');
    expect(stdout).toContain('Undertecknare:  CN=Åsa Öberg, O=Degerfors kommun');
    expect(stdout).toContain('2026-01-01 10:30:00 CET');
    expect(stdout).toContain('hela sin version (2)');
    expect(stdout).toContain('bara underskrifter har lagts till');
    expect(stdout).toContain('Alla underskrifter är hela.');
  });

  it('an incremental update that changes page content after the signatures is reported (exit 1)', async () => {
    const pdf = await PDFDocument.load(final, { forIncrementalUpdate: true, updateMetadata: false });
    const page = pdf.getPage(0);
    page.drawText('Tillagt i efterhand', { x: 72, y: 72, size: 12, font: await pdf.embedFont(StandardFonts.Helvetica) });
    const changed = await pdf.save({ useObjectStreams: true });
    expect(Buffer.from(changed.subarray(0, final.length)).equals(Buffer.from(final))).toBe(true);
    const { code, report } = await verifyCli(save(changed));
    expect(code).toBe(1);
    for (const signature of report?.signatures ?? []) {
      expect(signature.intact).toBe(true);
      expect(signature.changesAfter.kind).toBe('content');
      expect(signature.changesAfter.changes.map((change) => change.what)).toContain('sida 1: sidans innehåll har ändrats');
    }
  });

  it('one byte changed inside a signed range breaks every signature: verify exits 1 and pdfsig says so', async () => {
    const tampered = new Uint8Array(final);
    // The binary comment on the file's second line: inside every signed range, and harmless to parsers.
    const offset = Buffer.from(tampered).indexOf('\n%', 0, 'latin1') + 2;
    tampered[offset] = (tampered[offset] ?? 0) ^ 0x01;
    const tamperedFile = save(tampered);
    const { code, report } = await verifyCli(tamperedFile);
    expect(code).toBe(1);
    expect(report?.ok).toBe(false);
    for (const signature of report?.signatures ?? []) expect(signature).toMatchObject({ intact: false, digestOk: false });
    for (const signature of pdfsig(pki, tamperedFile)) expect(signature.signatureValid, signature.signatureStatus).toBe(false);
  });

  it('without trust anchors the signatures still verify; with the wrong anchor they are not trusted (exit 1)', async () => {
    expect((await verifyCli(file, false)).code).toBe(0);
    const report = await verifyPdf(final, { trustAnchors: readPemCertificates(readFileSync(pki.tsa.cert, 'utf8')) });
    expect(report.ok).toBe(false);
    expect(report.signatures.every((signature) => signature.intact && signature.chain?.trusted === false)).toBe(true);
  });
});

describe('a signature made by poppler (NSS), a signer that shares no code with ours', () => {
  it('verifies in npm run verify, and our seal added after it leaves it valid in both', async () => {
    const input = save(unsigned);
    const output = join(pki.dir, 'poppler-signed.pdf');
    pdfsigSign(pki, 'rsa', input, output, 'poppler');
    const { code, report } = await verifyCli(output);
    expect(code).toBe(0);
    expect(report?.signatures[0]).toMatchObject({ field: 'poppler', intact: true, coversWholeFile: true, chain: { trusted: true } });
    expect(report?.signatures[0]?.signer?.subject).toBe('CN=Åsa Öberg, O=Degerfors kommun');

    const sealedFile = save(await sign(readFileSync(output), ids.seal));
    expect(pdfsig(pki, sealedFile).filter((signature) => signature.signed).map((signature) => [signature.field, signature.signatureValid, signature.certificateTrusted])).toEqual([
      ['poppler', true, true],
      ['organisationens-sigill', true, true],
    ]);
    const sealed = await verifyCli(sealedFile);
    expect(sealed.code).toBe(0);
    expect(sealed.report?.signatures.map((signature) => signature.changesAfter.kind)).toEqual(['signatures', 'none']);
  });
});

describe('PAdES B-T with a timestamp from a local TSA', () => {
  it('verify shows the TSA time and that its imprint matches the signature; pdfsig finds it valid', async () => {
    const before = Date.now();
    const signed = await sign(unsigned, ids.other, { field: FIELD_NAMES[0], tsaUrl: tsa.url });
    expect(tsa.requests).toBeGreaterThan(0);
    const file = save(signed);
    const { code, report } = await verifyCli(file);
    expect(code).toBe(0);
    const stamp = report?.signatures[0]?.timestamp;
    expect(stamp).toMatchObject({ imprintOk: true, tokenOk: true, forTimestamping: true, chain: { trusted: true } });
    expect(stamp?.authority?.subject).toBe('CN=Testtidsstämpel, O=Provorganisationen');
    const time = new Date(stamp?.time ?? 0).getTime();
    expect(time).toBeGreaterThanOrEqual(before - 2000);
    expect(time).toBeLessThanOrEqual(Date.now() + 2000);
    expect(pdfsig(pki, file)[0]).toMatchObject({ field: FIELD_NAMES[0], signatureValid: true, certificateTrusted: true });
  });

  it('an unreachable TSA is a clear error, not a crash', async () => {
    await expect(sign(unsigned, ids.rsa, { field: FIELD_NAMES[0], tsaUrl: 'http://127.0.0.1:9/tsa' })).rejects.toThrow(/tidsstämpeltjänsten/);
  });
});

describe('a visible signature', () => {
  it('draws the signer and the time in the field, and still verifies', async () => {
    const signed = await sign(unsigned, ids.ec, { field: FIELD_NAMES[1], visible: { heading: 'Underskriven av' } });
    const file = save(signed);
    expect(pdfsig(pki, file).filter((signature) => signature.signed)).toMatchObject([{ field: FIELD_NAMES[1], signatureValid: true, certificateTrusted: true }]);
    expect((await verifyCli(file)).code).toBe(0);
    const pdf = await PDFDocument.load(signed);
    const field = signatureFields(pdf).find((item) => item.name === FIELD_NAMES[1]);
    const appearance = field?.widgets[0]?.dict.lookup(PDFName.of('AP'), PDFDict).lookup(PDFName.of('N'));
    expect(appearance).toBeInstanceOf(PDFRawStream);
    const operators = Buffer.from(decodePDFRawStream(appearance as PDFRawStream).decode()).toString('latin1');
    // Helvetica shows WinAnsi hex strings: the heading it was given, "Bertil Berg" and the Swedish local time.
    expect(operators).toContain(Buffer.from('Underskriven av', 'latin1').toString('hex').toUpperCase());
    expect(operators).toContain(Buffer.from('Bertil Berg', 'latin1').toString('hex').toUpperCase());
    expect(operators).toContain(Buffer.from('2026-01-01 10:30:00 CET', 'latin1').toString('hex').toUpperCase());
  });

  it('is refused for the invisible seal, which has no place on the page', async () => {
    await expect(sign(unsigned, ids.seal, { visible: { heading: 'Underskriven av' } })).rejects.toThrow(/--field/);
  });
});
