// The empty signature fields of a final edition: made from the links Chromium prints at the
// signature lines, placed exactly over them, and still part of a tagged PDF.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber } from '@cantoo/pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signatureFields, textOf, widgetPage } from '../../scripts/sign/form-fields.ts';
import { addSignatureFields, SignatureFieldError, signatureFieldName } from '../../scripts/sign/signature-fields.ts';
import { outlineTitles, pdfInfo, qpdfCheck } from '../helpers/pdf.ts';
import { FIELD_NAMES, FIELDS, HEADINGS, printSignables, TITLE } from './signable-pdf.ts';

let printed: Uint8Array;
let withFields: Uint8Array;
let hidden: Uint8Array;
const dir = mkdtempSync(join(tmpdir(), 'sign-fields-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

beforeAll(async () => {
  [printed = new Uint8Array(), hidden = new Uint8Array()] = await printSignables([{}, { ariaHidden: true }]);
  withFields = await addSignatureFields(printed, FIELDS);
});

function structureTree(bytes: Uint8Array): string {
  const file = join(dir, 'struct.pdf');
  writeFileSync(file, bytes);
  return execFileSync('pdfinfo', ['-struct', file], { encoding: 'utf8' });
}

const rectOf = (dict: PDFDict) => (dict.lookup(PDFName.of('Rect'), PDFArray).asArray() as PDFNumber[]).map((n) => n.asNumber());

describe('addSignatureFields', () => {
  it('names fields after the signatories in plain ASCII', () => {
    expect(signatureFieldName('Åsa Öberg')).toBe('asa-oberg');
    expect(signatureFieldName('  Jens  Hedenborg ')).toBe('jens-hedenborg');
    expect(FIELDS.map((field) => field.name)).toEqual(FIELD_NAMES);
  });

  it('turns each signature-line link into an empty signature field with the link\'s exact box, name and tooltip', async () => {
    const before = await PDFDocument.load(printed);
    const links = before.getPages().flatMap((page) => page.node.lookupMaybe(PDFName.of('Annots'), PDFArray)?.asArray() ?? []).map((ref) => before.context.lookup(ref, PDFDict));
    const linkRects = links.filter((link) => link.get(PDFName.of('Subtype')) === PDFName.of('Link')).map(rectOf);

    const after = await PDFDocument.load(withFields);
    const fields = signatureFields(after);
    expect(fields.map((field) => field.name)).toEqual(FIELD_NAMES);
    for (const [index, field] of fields.entries()) {
      expect(field.value).toBeUndefined();
      const widget = field.widgets[0]!.dict;
      expect(widget.get(PDFName.of('Subtype'))).toBe(PDFName.of('Widget'));
      expect(textOf(widget.get(PDFName.of('TU')))).toBe(`${FIELDS[index]!.tooltip}`);
      expect(widget.has(PDFName.of('Dest'))).toBe(false);
      expect(widget.has(PDFName.of('StructParent'))).toBe(true);
      // 70 mm × 15 mm, where Chromium laid the link out (to its rounding, under a point).
      const [x1 = 0, y1 = 0, x2 = 0, y2 = 0] = rectOf(widget);
      expect(linkRects).toContainEqual([x1, y1, x2, y2]);
      expect(Math.abs(x2 - x1 - (70 / 25.4) * 72)).toBeLessThan(1);
      expect(Math.abs(y2 - y1 - (15 / 25.4) * 72)).toBeLessThan(1);
      expect(widgetPage(after, field.widgets[0]!)).toBe(after.getPageCount() - 1);
    }
  });

  it('retags the link as a Form element, keeps the PDF tagged with its title and bookmarks, and passes qpdf --check', () => {
    const struct = structureTree(withFields);
    expect(struct.match(/^\s*Form\b/gm)?.length).toBe(2);
    expect(struct).not.toMatch(/^\s*Link\b/m);
    const info = pdfInfo(withFields);
    expect(info.tagged).toBe(true);
    expect(info.fields.Form).toBe('AcroForm');
    expect(info.title).toBe(TITLE);
    expect(info.pages).toBe(pdfInfo(printed).pages);
    expect(outlineTitles(withFields)).toEqual(HEADINGS);
    const check = qpdfCheck(withFields);
    expect(check.ok, check.output).toBe(true);
  });

  it('refuses a link without a place in the tag tree (inside aria-hidden), and an anchor the PDF lacks', async () => {
    await expect(addSignatureFields(hidden, FIELDS)).rejects.toThrow(SignatureFieldError);
    await expect(addSignatureFields(hidden, FIELDS)).rejects.toThrow(/aria-hidden/);
    await expect(addSignatureFields(printed, [{ name: 'x', tooltip: 'X', anchor: 'underskrift-9-falt' }])).rejects.toThrow(/underskrift-9-falt/);
  });

  it('gives the same bytes for the same print', async () => {
    expect(Buffer.from(await addSignatureFields(printed, FIELDS)).equals(Buffer.from(withFields))).toBe(true);
  });
});
