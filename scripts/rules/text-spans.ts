// Every piece of prose in the content with a way to place an offset inside it: Markdown text
// nodes and the string values of YAML data. Rules that look for words in text use this.
import type { Text } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
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
  const lines = String(source.file.value).split('\n');
  for (const node of nodes) {
    const start = node.position?.start;
    if (!start) continue;
    yield {
      owner,
      file: source.file,
      value: node.value,
      at: (offset) => {
        const before = node.value.slice(0, offset).split('\n');
        const line = start.line + before.length - 1;
        if (before.length === 1) return { start: { line, column: start.column + offset } };
        // A continuation line of a list item or a quote: the text node leaves out the line's
        // prefix ("  ", "> "), so find where this line's text starts in the source line.
        const lineText = node.value.split('\n')[before.length - 1]!;
        const sourceLine = lines[line - 1] ?? '';
        const prefix = lineText === '' ? -1 : sourceLine.indexOf(lineText);
        const column = (prefix >= 0 ? prefix : sourceLine.length - sourceLine.trimStart().length) + before.at(-1)!.length + 1;
        return { start: { line, column } };
      },
    };
  }
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
