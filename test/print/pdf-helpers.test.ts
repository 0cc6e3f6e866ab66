import { describe, expect, it } from 'vitest';
import { isA4, parsePdfFonts, parsePdfInfo } from '../helpers/pdf.ts';

// The poppler parsers are shared with the build's tests, so their reading of the tools'
// output is pinned here with captured output, independent of any PDF.
describe('poppler output parsers', () => {
  it('reads pdfinfo -isodates', () => {
    const info = parsePdfInfo(
      [
        'Title:           Samverkansöverenskommelse: 2026–2029',
        'Author:          Degerfors kommun, lokalpolisområde Degerfors',
        'CreationDate:    2026-01-01T00:00:00Z',
        'Tagged:          yes',
        'Pages:           11',
        'Page size:       594.96 x 841.92 pts (A4)',
      ].join('\n'),
    );
    expect(info.title).toBe('Samverkansöverenskommelse: 2026–2029');
    expect(info.tagged).toBe(true);
    expect(info.pages).toBe(11);
    expect(info.creationDate?.toISOString()).toBe('2026-01-01T00:00:00.000Z');
    expect(isA4(info.pageSize)).toBe(true);
    expect(isA4({ width: 612, height: 792 })).toBe(false);
  });

  it('reads pdffonts columns, names with spaces included', () => {
    const fonts = parsePdfFonts(
      [
        'name                                 type              encoding         emb sub uni object ID',
        '------------------------------------ ----------------- ---------------- --- --- --- ---------',
        'AAAAAA+NotoSans-Regular              CID TrueType      Identity-H       yes yes yes      4  0',
        'DejaVu Sans Bold                     TrueType          WinAnsi          no  no  no       9  0',
      ].join('\n'),
    );
    expect(fonts).toEqual([
      { fullName: 'AAAAAA+NotoSans-Regular', name: 'NotoSans-Regular', type: 'CID TrueType', encoding: 'Identity-H', embedded: true, subset: true, unicode: true },
      { fullName: 'DejaVu Sans Bold', name: 'DejaVu Sans Bold', type: 'TrueType', encoding: 'WinAnsi', embedded: false, subset: false, unicode: false },
    ]);
  });
});
