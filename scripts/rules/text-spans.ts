// Every piece of prose in the content with a way to place an offset inside it: Markdown text
// nodes and the string values of YAML data. Rules that look for words in text use this.
import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import type { Text } from 'mdast';
import { decodeNumericCharacterReference } from 'micromark-util-decode-numeric-character-reference';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { location } from 'vfile-location';
import type { Content, DataPath, MarkdownSource, Place, YamlSource } from '../model/model.ts';
import type { Owner } from './rule.ts';

export interface TextSpan {
  file: VFile;
  value: string;
  at(offset: number): Place;
  /** Whose text it is. */
  owner: Owner;
}

export function* textSpans(content: Content): Generator<TextSpan> {
  for (const edition of content.editions) {
    yield* yamlSpans(edition.meta, { edition });
    yield* markdownSpans(edition.text, { edition });
    for (const area of edition.focusAreaFiles) {
      yield* yamlSpans(area.meta, { edition });
      yield* markdownSpans(area.description, { edition });
    }
  }
  for (const promise of content.promises) {
    yield* yamlSpans(promise.meta, { promise });
    yield* markdownSpans(promise.body, { promise });
  }
  if (content.glossary) yield* yamlSpans(content.glossary, {});
}

export function* markdownSpans(source: MarkdownSource, owner: Owner): Generator<TextSpan> {
  const nodes: Text[] = [];
  visit(source.tree, 'text', (node) => {
    nodes.push(node);
  });
  const written = String(source.file.value);
  const points = location(source.file);
  for (const node of nodes) {
    const start = node.position?.start;
    if (!start) continue;
    const from = points.toOffset(start);
    if (from === undefined) continue;
    let offsets: number[] | undefined;
    yield {
      owner,
      file: source.file,
      value: node.value,
      at: (offset) => {
        offsets ??= sourceOffsets(node.value, written, from);
        const point = points.toPoint(offsets[Math.min(offset, offsets.length - 1)]!);
        return { start: point ?? start };
      },
    };
  }
}

/** A character escape and a character reference, as micromark reads and decodes them. */
const ESCAPE = /^\\[!-/:-@[-`{-~]/;
const REFERENCE = /^&(?:#([xX])([0-9a-fA-F]{1,6})|#([0-9]{1,7})|([A-Za-z][A-Za-z0-9]{0,31}));/;

function decodeReference(written: string): string | false {
  const match = REFERENCE.exec(written);
  if (!match) return false;
  if (match[2]) return decodeNumericCharacterReference(match[2], 16);
  if (match[3]) return decodeNumericCharacterReference(match[3], 10);
  return decodeNamedCharacterReference(match[4]!);
}

/**
 * Where each character of a text node's value (and its end) stands in the source. The value is
 * the source with escapes and character references decoded, and without what is not text on a
 * continuation line: the container's prefix ("  " in a list item, "> " in a quote) and the
 * spaces around the line ending. A match inside the value is reported where it was written.
 */
function sourceOffsets(value: string, source: string, from: number): number[] {
  const offsets: number[] = [];
  let at = from;
  while (offsets.length < value.length && at < source.length) {
    const index = offsets.length;
    const ahead = source.slice(at, at + 40);
    const reference = ahead.startsWith('&') ? decodeReference(ahead) : false;
    if (reference && value.startsWith(reference, index)) {
      offsets.push(...Array<number>(reference.length).fill(at));
      at += REFERENCE.exec(ahead)![0].length;
    } else if (ESCAPE.test(ahead) && value[index] === ahead[1]) {
      offsets.push(at);
      at += 2;
    } else if (source[at] === value[index]) {
      offsets.push(at);
      at += 1;
    } else {
      at += 1;
    }
  }
  offsets.push(at);
  return offsets;
}

function* yamlSpans(source: YamlSource<unknown>, owner: Owner): Generator<TextSpan> {
  const lines = String(source.file.value).split('\n');
  for (const [path, value] of stringLeaves(source.data, [])) {
    yield {
      owner,
      file: source.file,
      value,
      at: (offset) => {
        const place = source.locate(path);
        // On a single-line scalar, point at the offset inside it (after an opening quote).
        const sourceLine = lines[place.start.line - 1] ?? '';
        const written = sourceLine.slice(place.start.column - 1);
        const quote = written.startsWith('"') || written.startsWith("'") ? 1 : 0;
        const head = value.slice(0, offset);
        if (!head.includes('\n') && written.slice(quote).startsWith(head)) {
          return { start: { line: place.start.line, column: place.start.column + quote + offset } };
        }
        return place;
      },
    };
  }
}

function* stringLeaves(value: unknown, path: DataPath): Generator<[DataPath, string]> {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value)) for (const [index, item] of value.entries()) yield* stringLeaves(item, [...path, index]);
  else if (value && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) yield* stringLeaves(item, [...path, key]);
}
