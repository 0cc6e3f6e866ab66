// A PDF page's content stream, read as operations with their byte ranges, and the painting
// "units" in it (a text object, a path, an image) with the marked content around them. The
// artifact pass wraps what is painted outside any tag; the PDF/UA checker in test/ asks the
// same question. Only reading: the passes edit the bytes by the ranges given here.

export interface Operation {
  /** The operator, e.g. "Tj", "BDC"; an inline image is one operation "BI". */
  op: string;
  /** Byte offset of its first operand (or of the operator when it has none). */
  start: number;
  /** Byte offset just after the operator. */
  end: number;
  /** The operands' source text, e.g. ["/P", "<</MCID 3>>"]. */
  operands: string[];
}

/** Each byte's class: the parser runs over every byte of a page, so a table, not sets. */
const REGULAR = 0;
const WHITESPACE = 1;
const DELIMITER = 2;
const CLASS = new Uint8Array(256);
for (const byte of [0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]) CLASS[byte] = WHITESPACE;
for (const c of '()<>[]{}/%') CLASS[c.charCodeAt(0)] = DELIMITER;
const isRegular = (byte: number) => CLASS[byte] === REGULAR;
const isWhitespace = (byte: number) => CLASS[byte] === WHITESPACE;
const KEYWORD_VALUES = new Set(['true', 'false', 'null']);

export class ContentStreamError extends Error {}

/** A number's first character: a sign, a point or a digit. */
const startsNumber = (byte: number) => byte === 0x2b || byte === 0x2d || byte === 0x2e || (byte >= 0x30 && byte <= 0x39);

/** The operations of a decoded content stream, in order. */
export function parseOperations(bytes: Uint8Array): Operation[] {
  // One latin1 string for the slices: byte offsets and string offsets stay the same.
  const source = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1');
  const operations: Operation[] = [];
  let operands: string[] = [];
  let operandStart = -1;
  let pos = 0;
  // Skips one operand object starting at `pos` (arrays and dictionaries whole); returns its end.
  const skipObject = (at: number): number => {
    const byte = bytes[at]!;
    if (byte === 0x28 /* ( */) {
      let depth = 0;
      for (let i = at; i < bytes.length; i += 1) {
        const b = bytes[i]!;
        if (b === 0x5c /* \ */) i += 1;
        else if (b === 0x28) depth += 1;
        else if (b === 0x29 && --depth === 0) return i + 1;
      }
      throw new ContentStreamError('unterminated string');
    }
    if (byte === 0x3c /* < */ && bytes[at + 1] === 0x3c) return skipNested(at, 2, 0x3e, 2);
    if (byte === 0x3c) {
      const close = bytes.indexOf(0x3e, at);
      if (close < 0) throw new ContentStreamError('unterminated hex string');
      return close + 1;
    }
    if (byte === 0x5b /* [ */) return skipNested(at, 1, 0x5d, 1);
    let i = byte === 0x2f /* / */ ? at + 1 : at;
    while (i < bytes.length && isRegular(bytes[i]!)) i += 1;
    return i;
  };
  // `close` is the closing byte, repeated `closeLength` times ("]" or ">>").
  const skipNested = (at: number, openLength: number, close: number, closeLength: number): number => {
    let i = at + openLength;
    for (;;) {
      while (i < bytes.length && isWhitespace(bytes[i]!)) i += 1;
      if (i >= bytes.length) throw new ContentStreamError(`unterminated ${source.slice(at, at + openLength)}`);
      if (bytes[i] === close && (closeLength === 1 || bytes[i + 1] === close)) return i + closeLength;
      if (bytes[i] === 0x25) i = skipComment(i);
      else i = skipObject(i);
    }
  };
  const skipComment = (at: number) => {
    let i = at;
    while (i < bytes.length && bytes[i] !== 0x0a && bytes[i] !== 0x0d) i += 1;
    return i;
  };
  while (pos < bytes.length) {
    const byte = bytes[pos]!;
    if (isWhitespace(byte)) {
      pos += 1;
      continue;
    }
    if (byte === 0x25) {
      pos = skipComment(pos);
      continue;
    }
    const start = pos;
    pos = skipObject(pos);
    // A stray ")", ">", "]", "{" or "}" is no object: without this the parser would stand still.
    if (pos === start) throw new ContentStreamError(`unexpected ${source[start]} at ${start}`);
    const word = source.slice(start, pos);
    if (!isRegular(byte) || startsNumber(byte) || KEYWORD_VALUES.has(word)) {
      if (operandStart < 0) operandStart = start;
      operands.push(word);
      continue;
    }
    if (word === 'BI') pos = skipInlineImage(bytes, pos);
    operations.push({ op: word, start: operandStart < 0 ? start : operandStart, end: pos, operands });
    operands = [];
    operandStart = -1;
  }
  return operations;
}

/** From after "BI" to after the matching "EI": its dictionary, "ID", one space, binary data. */
function skipInlineImage(bytes: Uint8Array, from: number): number {
  for (let i = from; i + 1 < bytes.length; i += 1) {
    if (bytes[i] === 0x45 && bytes[i + 1] === 0x49 && isWhitespace(bytes[i - 1] ?? 0x20) && (i + 2 >= bytes.length || isWhitespace(bytes[i + 2]!))) {
      return i + 2;
    }
  }
  throw new ContentStreamError('unterminated inline image');
}

const TEXT_SHOWING = new Set(['Tj', 'TJ', "'", '"']);
const PATH_CONSTRUCTION = new Set(['m', 'l', 'c', 'v', 'y', 'h', 're']);
const PATH_PAINTING = new Set(['S', 's', 'f', 'F', 'f*', 'B', 'B*', 'b', 'b*']);
/** Ends a path without painting it (a clip). */
const PATH_END = 'n';
const XOBJECT_OR_SHADING = new Set(['Do', 'sh', 'BI']);

/** Something painted on the page, with whether it lies in a tag's or an artifact's marked content. */
export interface PaintingUnit {
  /** Byte range in the stream: a whole text object, a whole path, or one operation. */
  start: number;
  end: number;
  /** Within marked content that has an MCID, or within an /Artifact. */
  marked: boolean;
  kind: 'text' | 'path' | 'xobject';
}

/**
 * The painted units of a content stream. A text object counts as one unit when no marked
 * content starts or ends inside it and it shows text; otherwise each of its text-showing
 * operations is a unit of its own (marked content may sit inside a text object, not inside a path).
 */
export function paintingUnits(operations: readonly Operation[]): PaintingUnit[] {
  const units: PaintingUnit[] = [];
  const marks: boolean[] = [];
  const isMarked = () => marks.some(Boolean);
  let pathStart: number | undefined;
  let text: { start: number; shows: PaintingUnit[]; mixed: boolean } | undefined;
  for (const operation of operations) {
    const { op } = operation;
    if (op === 'BDC' || op === 'BMC') {
      const tag = operation.operands[0] ?? '';
      marks.push(tag === '/Artifact' || (op === 'BDC' && /\/MCID\s/.test(operation.operands[1] ?? '')));
      if (text) text.mixed = true;
    } else if (op === 'EMC') {
      marks.pop();
      if (text) text.mixed = true;
    } else if (op === 'BT') {
      text = { start: operation.start, shows: [], mixed: false };
    } else if (op === 'ET' && text) {
      const shows = text.shows;
      if (shows.length > 0 && !text.mixed && shows.every((unit) => unit.marked === shows[0]!.marked)) {
        units.push({ start: text.start, end: operation.end, marked: shows[0]!.marked, kind: 'text' });
      } else {
        units.push(...shows);
      }
      text = undefined;
    } else if (TEXT_SHOWING.has(op) && text) {
      text.shows.push({ start: operation.start, end: operation.end, marked: isMarked(), kind: 'text' });
    } else if (PATH_CONSTRUCTION.has(op)) {
      pathStart ??= operation.start;
    } else if (PATH_PAINTING.has(op)) {
      units.push({ start: pathStart ?? operation.start, end: operation.end, marked: isMarked(), kind: 'path' });
      pathStart = undefined;
    } else if (op === PATH_END) {
      pathStart = undefined;
    } else if (XOBJECT_OR_SHADING.has(op)) {
      units.push({ start: operation.start, end: operation.end, marked: isMarked(), kind: 'xobject' });
    }
  }
  return units;
}
