// The edition PDF through its life, built from the valid fixture in memory: a final edition's
// PDF carries an empty signature field on each signatory's line; both signatories sign the
// built PDF in place and the build's manifest follows; committed as the edition's signed PDF,
// it is checked and published byte for byte, until its sources change. A signed edition
// without one is printed as a re-publication of an agreement signed on paper.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFArray, PDFDocument, PDFName, type PDFNumber } from '@cantoo/pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../scripts/build/build-site.ts';
import { wordsFor } from '../../scripts/language/index.ts';
import { SIGNED_PDF_FILE } from '../../scripts/load/signed-pdf.ts';
import { findSignatureLines } from '../../scripts/print/signature-lines.ts';
import type { ManifestFile } from '../../scripts/publish/verify-build.ts';
import { renderEditionPrint } from '../../scripts/render/edition-print.ts';
import { signatureFields, widgetPage } from '../../scripts/sign/form-fields.ts';
import { editionSourceDigest } from '../../scripts/sign/edition-digest.ts';
import { readSourceDigest } from '../../scripts/sign/source-digest.ts';
import { verifyPdf } from '../../scripts/sign/verify-pdf.ts';
import { makeTempDir, sha256 } from '../helpers/build-fixture.ts';
import { checkRoot, EDITION, makeFixture, replaceOnce, TEXT } from '../helpers/check-fixture.ts';
import { runCommand } from '../helpers/commands.ts';
import { outlineTitles, pdfInfo, pdfText, structureTypes } from '../helpers/pdf.ts';
import { NO_FRAME, TEST_SOURCE_DATE_EPOCH } from '../helpers/workspace.ts';
import { createTestPki, PASSPHRASE, pdfsig, type TestPki } from './test-pki.ts';

const ID = '2026-2029';
const RECORD = `agreement/${ID}/${SIGNED_PDF_FILE}`;
const FIELDS = ['anna-andersson', 'erik-lindqvist'];
const words = wordsFor('sv');
const MM = 72 / 25.4;
const signed = replaceOnce('status: final', 'status: signed');

let pki: TestPki;
let distDir: string;
/** The final edition's PDF as built, before anyone signs it. */
let printed: Uint8Array;
/** The same file after both signatories signed it in place. */
let signedPdf: Uint8Array;
let manifestBefore: ManifestFile[];

const manifestFiles = (): ManifestFile[] => (JSON.parse(readFileSync(join(distDir, 'manifest.json'), 'utf8')) as { files: ManifestFile[] }).files;

const editionPdfIn = (dist: string) => {
  const dir = join(dist, ID);
  const pdfs = readdirSync(dir).filter((name) => name.endsWith('.pdf'));
  expect(pdfs).toHaveLength(1);
  return join(dir, pdfs[0]!);
};

async function build(workspace: ReturnType<typeof makeFixture>): Promise<string> {
  const outDir = join(makeTempDir('sign-edition-'), 'dist');
  const result = await buildSite(workspace, { outDir });
  expect(result.built).toBe(true);
  return outDir;
}

const env = { SIGN_P12_PASSPHRASE: PASSPHRASE, SOURCE_DATE_EPOCH: TEST_SOURCE_DATE_EPOCH };

beforeAll(async () => {
  pki = createTestPki();
  distDir = await build(makeFixture());
  printed = readFileSync(editionPdfIn(distDir));
});
afterAll(() => pki?.cleanup());

describe('a final edition’s PDF', () => {
  it('has one empty signature field per signatory, which verify lists by name', async () => {
    const result = await runCommand('verify', [editionPdfIn(distDir)], makeFixture());
    expect(result.code, result.stderr).toBe(0);
    for (const field of FIELDS) expect(result.stdout).toContain(field);
    expect((await verifyPdf(printed)).emptySignatureFields).toEqual(FIELDS);
  });

  it('stays tagged, with each field a Form in the structure tree', () => {
    expect(pdfInfo(printed).tagged).toBe(true);
    expect(structureTypes(printed)).toContain('Form');
  });

  it('has each field on its signatory’s line: its page, its place beside the other, 70 × 15 mm', async () => {
    const lines = await findSignatureLines(printed);
    const pdf = await PDFDocument.load(printed);
    const widgets = signatureFields(pdf).map((field) => field.widgets[0]!);
    expect(widgets).toHaveLength(lines.length);
    const rects = widgets.map((widget) => (widget.dict.lookup(PDFName.of('Rect'), PDFArray).asArray() as PDFNumber[]).map((n) => n.asNumber()));
    widgets.forEach((widget, index) => {
      expect((widgetPage(pdf, widget) ?? -1) + 1).toBe(lines[index]!.page);
      const [x1 = 0, y1 = 0, x2 = 0, y2 = 0] = rects[index]!;
      expect(Math.abs(x2 - x1 - MM * 70)).toBeLessThan(1);
      expect(Math.abs(y2 - y1 - MM * 15)).toBeLessThan(1);
    });
    // The same offset from each line's box (Chromium's destinations count from the page margin), one row.
    expect(Math.abs(rects[1]![0]! - lines[1]!.x - (rects[0]![0]! - lines[0]!.x))).toBeLessThan(1);
    expect(rects[1]![1]).toBeCloseTo(rects[0]![1]!, 1);
  });

  it('carries the digest of its sources, and says nothing of being a re-publication', async () => {
    const { content } = await checkRoot(makeFixture());
    expect(await readSourceDigest(printed)).toBe(editionSourceDigest(content, content.editions[0]!));
    expect(pdfText(printed)).not.toContain(words.edition.paperRecord.slice(0, 40));
  });
});

describe('a draft', () => {
  it('has no link for a signature field at its signature lines', async () => {
    const { content } = await checkRoot(makeFixture({ [EDITION]: replaceOnce('status: final', 'status: draft') }));
    const html = await renderEditionPrint(content, content.editions[0]!, NO_FRAME);
    expect(html).toContain('id="underskrift-1"');
    expect(html).not.toContain('underskrift-1-falt');
  });
});

describe('signing the built PDF in place', () => {
  beforeAll(async () => {
    manifestBefore = manifestFiles();
    const pdf = editionPdfIn(distDir);
    const workspace = makeFixture();
    for (const [field, identity] of [
      [FIELDS[0]!, pki.ec],
      [FIELDS[1]!, pki.other],
    ] as const) {
      const result = await runCommand('sign', [ID, '--p12', identity.p12, '--in', pdf, '--out', pdf, '--field', field], workspace, env);
      expect(result.code, result.stderr).toBe(0);
    }
    signedPdf = readFileSync(pdf);
  });

  it('updates the build’s manifest: the signed file’s size and SHA-256, nothing else', () => {
    const path = editionPdfIn(distDir).slice(distDir.length + 1);
    const after = manifestFiles();
    expect(after.find((file) => file.path === path)).toEqual({ path, bytes: signedPdf.length, sha256: sha256(signedPdf) });
    expect(after.filter((file) => file.path !== path)).toEqual(manifestBefore.filter((file) => file.path !== path));
  });

  it('gives two signatures that verify and pdfsig agrees with, in a PDF still tagged, with the same pages, title and bookmarks', async () => {
    const report = await verifyPdf(signedPdf);
    expect(report.ok).toBe(true);
    expect(report.signatures.map((signature) => signature.field)).toEqual(FIELDS);
    expect(report.emptySignatureFields).toEqual([]);
    const poppler = pdfsig(pki, editionPdfIn(distDir));
    expect(poppler.map((signature) => [signature.field, signature.signatureValid, signature.certificateTrusted])).toEqual([
      [FIELDS[0], true, true],
      [FIELDS[1], true, true],
    ]);
    const [before, after] = [pdfInfo(printed), pdfInfo(signedPdf)];
    expect(after.tagged).toBe(true);
    expect([after.pages, after.title]).toEqual([before.pages, before.title]);
    expect(outlineTitles(signedPdf)).toEqual(outlineTitles(printed));
    expect(await readSourceDigest(signedPdf)).toBe(await readSourceDigest(printed));
  });
});

describe('a signed PDF committed as the edition’s record', () => {
  /** The fixture signed, locked and with the signed PDF committed, then `overrides`. */
  async function recorded(overrides: Parameters<typeof makeFixture>[0] = {}) {
    const workspace = makeFixture({ [EDITION]: signed, [RECORD]: signedPdf });
    expect((await runCommand('lock', [ID], workspace)).code).toBe(0);
    for (const [path, override] of Object.entries(overrides)) {
      if (typeof override === 'function') await workspace.files.write(path, override(new TextDecoder().decode(await workspace.files.read(path))));
      else if (override !== null && (typeof override === 'string' || override instanceof Uint8Array)) await workspace.files.write(path, override);
    }
    return workspace;
  }

  it('passes check and is published byte for byte as the edition’s PDF; the page says it is the signed original', async () => {
    const workspace = await recorded();
    const result = await runCommand('check', [], workspace);
    expect(result.code, result.stdout).toBe(0);
    const dist = await build(workspace);
    expect(readFileSync(editionPdfIn(dist)).equals(signedPdf)).toBe(true);
    const page = readFileSync(join(dist, ID, 'index.html'), 'utf8');
    expect(page).toContain(words.edition.digitalRecord);
    expect(page).not.toContain(words.edition.paperRecord);
  });

  it('makes check exit 1, naming the edition, once its sources have changed', async () => {
    const workspace = await recorded({ [TEXT]: (text) => `${text}\nEn mening som inte skrevs under.\n` });
    const result = await runCommand('check', [], workspace);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`Källorna till utgåvan ${ID} har ändrats sedan ${RECORD} gjordes`);
  });

  it('makes check exit 1 when a byte of it has changed after signing', async () => {
    const tampered = Uint8Array.from(signedPdf);
    // The binary comment on the file's second line: inside every signed range, and harmless to parsers.
    const at = Buffer.from(tampered).indexOf('\n%', 0, 'latin1') + 2;
    tampered[at] = (tampered[at] ?? 0) ^ 0x01;
    const workspace = await recorded({ [RECORD]: tampered });
    const result = await runCommand('check', [], workspace);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`Underskrifterna i ${RECORD} håller inte`);
  });
});

describe('a signed edition without a signed PDF', () => {
  it('is printed without signature fields, and its PDF and page say they re-publish an agreement signed on paper', async () => {
    const workspace = makeFixture({ [EDITION]: signed });
    expect((await runCommand('lock', [ID], workspace)).code).toBe(0);
    const dist = await build(workspace);
    const pdf = readFileSync(editionPdfIn(dist));
    expect((await verifyPdf(pdf)).emptySignatureFields).toEqual([]);
    expect(pdfText(pdf, 1).replace(/\s+/g, ' ')).toContain(words.edition.paperRecord);
    expect(readFileSync(join(dist, ID, 'index.html'), 'utf8')).toContain(words.edition.paperRecord);
  });
});
