import { describe, expect, it } from 'vitest';
import { ContentStreamError, paintingUnits, parseOperations } from '../../scripts/print/content-stream.ts';

const bytes = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));

// The artifact pass and the PDF/UA checker read every page of every build through this parser,
// so it is pinned on the constructs Chromium writes and a few it might.
describe('parseOperations', () => {
  it('gives each operator its operands and byte range, whole strings, arrays and dictionaries included', () => {
    const source = '/P <</MCID 3>> BDC\nBT /F1 9 Tf [(a\\)b) -20 <00ff>] TJ ET EMC % a comment\n1 0 0 rg 0 0 10 10 re f\nq true null false d0 Q';
    const operations = parseOperations(bytes(source));
    expect(operations.map((operation) => [operation.op, operation.operands])).toEqual([
      ['BDC', ['/P', '<</MCID 3>>']],
      ['BT', []],
      ['Tf', ['/F1', '9']],
      ['TJ', ['[(a\\)b) -20 <00ff>]']],
      ['ET', []],
      ['EMC', []],
      ['rg', ['1', '0', '0']],
      ['re', ['0', '0', '10', '10']],
      ['f', []],
      ['q', []],
      ['d0', ['true', 'null', 'false']],
      ['Q', []],
    ]);
    const tj = operations[3]!;
    expect(source.slice(tj.start, tj.end)).toBe('[(a\\)b) -20 <00ff>] TJ');
  });

  it('reads bytes above 127 as they are, and an inline image as one operation', () => {
    const source = 'BT (\xe5\xe4\xf6) Tj ET BI /W 1 /H 1 ID \x00\xffEI\n EI Q';
    const operations = parseOperations(bytes(source));
    expect(operations.map((operation) => operation.op)).toEqual(['BT', 'Tj', 'ET', 'BI', 'Q']);
    expect(operations[1]!.operands).toEqual(['(\xe5\xe4\xf6)']);
  });

  it('refuses what it cannot read instead of guessing', () => {
    expect(() => parseOperations(bytes('BT (open Tj'))).toThrow(ContentStreamError);
    expect(() => parseOperations(bytes('[1 2'))).toThrow(ContentStreamError);
    expect(() => parseOperations(bytes('1 ) Tj'))).toThrow(ContentStreamError);
  });
});

describe('paintingUnits', () => {
  it('tells painting inside a tag or artifact from painting outside', () => {
    const source = '/P <</MCID 0>> BDC BT (a) Tj ET EMC BT (b) Tj ET /Artifact BMC 0 0 1 1 re f EMC 0 0 1 1 re S';
    const units = paintingUnits(parseOperations(bytes(source)));
    expect(units.map((unit) => [unit.kind, unit.marked, source.slice(unit.start, unit.end)])).toEqual([
      ['text', true, 'BT (a) Tj ET'],
      ['text', false, 'BT (b) Tj ET'],
      ['path', true, '0 0 1 1 re f'],
      ['path', false, '0 0 1 1 re S'],
    ]);
  });
});
