// npm run sign and npm run verify as a user meets them: the reason and place from the edition,
// a reproducible file for a fixed SOURCE_DATE_EPOCH, and one Swedish line and exit 2 for each
// mistake (wrong passphrase, missing file, unknown field, a draft), never a stack trace.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodePDFRawStream, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFString, StandardFonts } from '@cantoo/pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCommandInProcess } from '../../scripts/cli/command.ts';
import signCommand from '../../scripts/cli/sign.ts';
import verifyCommand from '../../scripts/cli/verify.ts';
import { sv } from '../../scripts/language/index.ts';
import { signatureFields } from '../../scripts/sign/form-fields.ts';
import { verifyPdf } from '../../scripts/sign/verify-pdf.ts';
import { fixtureWorkspace, TEST_SOURCE_DATE_EPOCH } from '../helpers/workspace.ts';
import { createTestPki, PASSPHRASE, type TestPki } from './test-pki.ts';

const EDITION = '2026-2029';
const EDITION_FILE = `agreement/${EDITION}/edition.yaml`;

let pki: TestPki;
let input: string;

/** A small untagged PDF with one empty signature field, made without a browser. */
async function pdfWithField(name: string): Promise<Uint8Array> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  const page = pdf.addPage([595.28, 841.89]);
  page.drawText('Samverkansöverenskommelse', { x: 72, y: 760, size: 14, font: await pdf.embedFont(StandardFonts.Helvetica) });
  const widget = pdf.context.register(
    pdf.context.obj({ Type: 'Annot', Subtype: 'Widget', FT: 'Sig', T: PDFString.of(name), Rect: [72, 100, 270, 142], F: 4, P: page.ref }),
  );
  page.node.set(PDFName.of('Annots'), pdf.context.obj([widget]));
  pdf.catalog.set(PDFName.of('AcroForm'), pdf.context.obj({ Fields: [widget] }));
  return pdf.save({ useObjectStreams: false });
}

beforeAll(async () => {
  pki = createTestPki();
  input = join(pki.dir, 'utgava.pdf');
  writeFileSync(input, await pdfWithField('erik-lindqvist'));
});
afterAll(() => pki?.cleanup());

const env = (overrides: NodeJS.ProcessEnv = {}) => ({ SIGN_P12_PASSPHRASE: PASSPHRASE, SOURCE_DATE_EPOCH: TEST_SOURCE_DATE_EPOCH, ...overrides });

function sign(argv: string[], options: { env?: NodeJS.ProcessEnv; status?: string; edition?: string } = {}) {
  const workspace = fixtureWorkspace('check/valid', {
    [EDITION_FILE]: (text) => text.replace('status: final', `status: ${options.status ?? 'final'}`),
  });
  return runCommandInProcess(signCommand, [options.edition ?? EDITION, ...argv], { workspace, env: options.env ?? env() });
}

const verify = (argv: string[]) => runCommandInProcess(verifyCommand, argv, { workspace: () => ({}) as never });

/** One line, in Swedish, no stack trace. */
function expectOneLine(stderr: string): void {
  expect(stderr.trimEnd().split('\n'), stderr).toHaveLength(1);
  expect(stderr).not.toMatch(/\n\s+at |Error:/);
}

describe('npm run sign', () => {
  it('fills the named field with the reason and place from the edition, at SOURCE_DATE_EPOCH, and verify accepts it', async () => {
    const out = join(pki.dir, 'signed.pdf');
    const result = await sign(['--p12', pki.rsa.p12, '--in', input, '--out', out, '--field', 'erik-lindqvist']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('fältet "erik-lindqvist"');
    const report = await verifyPdf(readFileSync(out));
    expect(report.ok).toBe(true);
    expect(report.signatures[0]).toMatchObject({
      field: 'erik-lindqvist',
      location: 'Degerfors',
      reason: 'Erik Lindqvist, Lokalpolisområdeschef, lokalpolisområde Degerfors, skriver under Samverkansöverenskommelse för ökad trygghet 2026–2029',
      claimedTime: new Date(Number(TEST_SOURCE_DATE_EPOCH) * 1000),
    });

    const again = join(pki.dir, 'signed-again.pdf');
    expect((await sign(['--p12', pki.rsa.p12, '--in', input, '--out', again, '--field', 'erik-lindqvist'])).code).toBe(0);
    expect(readFileSync(again).equals(readFileSync(out))).toBe(true);

    const sealed = join(pki.dir, 'sealed.pdf');
    expect((await sign(['--p12', pki.seal.p12, '--in', out, '--out', sealed])).code).toBe(0);
    const { code, stdout } = await verify([sealed, '--trust', pki.caPem]);
    expect(code).toBe(0);
    expect(stdout).toContain('Underskrift 2 av 2: fältet "organisationens-sigill"');
    expect(stdout).toContain('bara underskrifter har lagts till');
  });

  it('refuses to sign on top of a broken signature (exit 1)', async () => {
    const signed = join(pki.dir, 'to-break.pdf');
    expect((await sign(['--p12', pki.rsa.p12, '--in', input, '--out', signed, '--field', 'erik-lindqvist'])).code).toBe(0);
    const bytes = readFileSync(signed);
    // The binary comment on the second line: signed, and harmless to parsers.
    const offset = bytes.indexOf('\n%', 0, 'latin1') + 2;
    bytes[offset] = (bytes[offset] ?? 0) ^ 0x01;
    writeFileSync(signed, bytes);
    const result = await sign(['--p12', pki.seal.p12, '--in', signed, '--out', join(pki.dir, 'x.pdf')]);
    expect(result.code).toBe(1);
    expectOneLine(result.stderr);
    expect(result.stderr).toContain('"erik-lindqvist"');
  });

  it('refuses a wrong passphrase in one line (exit 2)', async () => {
    const result = await sign(['--p12', pki.rsa.p12, '--in', input, '--out', join(pki.dir, 'x.pdf')], { env: env({ SIGN_P12_PASSPHRASE: 'fel' }) });
    expect(result.code).toBe(2);
    expectOneLine(result.stderr);
    expect(result.stderr).toContain('Fel lösenord');
  });

  it('asks for the passphrase in SIGN_P12_PASSPHRASE when it is not set (exit 2)', async () => {
    const result = await sign(['--p12', pki.rsa.p12, '--in', input, '--out', join(pki.dir, 'x.pdf')], { env: { SOURCE_DATE_EPOCH: TEST_SOURCE_DATE_EPOCH } });
    expect(result.code).toBe(2);
    expectOneLine(result.stderr);
    expect(result.stderr).toContain('SIGN_P12_PASSPHRASE');
  });

  it('says which file is missing in one line (exit 2): the key, the PDF', async () => {
    const noKey = await sign(['--p12', join(pki.dir, 'saknas.p12'), '--in', input, '--out', join(pki.dir, 'x.pdf')]);
    expect(noKey.code).toBe(2);
    expectOneLine(noKey.stderr);
    expect(noKey.stderr).toContain('saknas.p12 finns inte');
    const noPdf = await sign(['--p12', pki.rsa.p12, '--in', join(pki.dir, 'saknas.pdf'), '--out', join(pki.dir, 'x.pdf')]);
    expect(noPdf.code).toBe(2);
    expectOneLine(noPdf.stderr);
    expect(noPdf.stderr).toContain('saknas.pdf finns inte');
  });

  it('names the empty fields when the field asked for does not exist (exit 2)', async () => {
    const result = await sign(['--p12', pki.rsa.p12, '--in', input, '--out', join(pki.dir, 'x.pdf'), '--field', 'okand']);
    expect(result.code).toBe(2);
    expectOneLine(result.stderr);
    expect(result.stderr).toContain('"okand"');
    expect(result.stderr).toContain('Tomma fält: erik-lindqvist.');
  });

  it('refuses a draft edition in one line (exit 2)', async () => {
    const result = await sign(['--p12', pki.rsa.p12, '--in', input, '--out', join(pki.dir, 'x.pdf')], { status: 'draft' });
    expect(result.code).toBe(2);
    expectOneLine(result.stderr);
    expect(result.stderr).toContain('utkast');
  });

  it('refuses an edition that is not there in one line (exit 2)', async () => {
    const result = await sign(['--p12', pki.rsa.p12, '--in', input, '--out', join(pki.dir, 'x.pdf')], { edition: '2030-2033' });
    expect(result).toMatchObject({ code: 2, stderr: 'Det finns ingen utgåva "2030-2033" som går att läsa. Kör npm run check.\n' });
  });

  it('with --visible, draws the stamp heading in the signature field', async () => {
    const out = join(pki.dir, 'visible.pdf');
    const result = await sign(['--p12', pki.rsa.p12, '--in', input, '--out', out, '--field', 'erik-lindqvist', '--visible']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const pdf = await PDFDocument.load(readFileSync(out));
    const widget = signatureFields(pdf).find((field) => field.name === 'erik-lindqvist')?.widgets[0];
    const appearance = widget?.dict.lookup(PDFName.of('AP'), PDFDict).lookup(PDFName.of('N'));
    expect(appearance).toBeInstanceOf(PDFRawStream);
    const operators = Buffer.from(decodePDFRawStream(appearance as PDFRawStream).decode()).toString('latin1');
    expect(operators).toContain(Buffer.from(sv.publication.stampHeading, 'latin1').toString('hex').toUpperCase());
  });
});

describe('npm run verify', () => {
  it('lists the empty signature fields of an unsigned PDF (exit 0)', async () => {
    const { code, stdout } = await verify([input]);
    expect(code).toBe(0);
    expect(stdout).toContain('har inga underskrifter');
    expect(stdout).toContain('Tomma underskriftsfält: erik-lindqvist.');
  });

  it('says a missing PDF in one line (exit 2)', async () => {
    const { code, stderr } = await verify([join(pki.dir, 'saknas.pdf')]);
    expect(code).toBe(2);
    expectOneLine(stderr);
    expect(stderr).toContain('saknas.pdf finns inte');
  });
});
