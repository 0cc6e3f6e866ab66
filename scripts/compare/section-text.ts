// The text of an edition as a reader sees it, cut into sections at its headings and each
// section into the units the comparison matches: a paragraph, a list item (with its depth, so
// that a list inside an item stays inside it), a table row (cell by cell). Markup that does not
// change the reading (emphasis, footnote labels) is dropped; footnotes and the focus-area
// placeholders are kept as words, so that removing a footnote or moving the list shows in the
// redline.
import type { List, ListItem, Nodes, PhrasingContent, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Language } from '../language/index.ts';
import { FOCUS_DESCRIPTIONS, FOCUS_LIST } from '../rules/known-directives.ts';

/** Where a unit of text stands on the page: its own paragraph, an item of a (nested) list, a row of a table. */
export type UnitShape =
  | { type: 'paragraph' }
  /** depth 1 for an item of a list at the top, 2 for one in a list inside an item; number for an ordered list's. */
  | { type: 'item'; depth: number; ordered: boolean; number?: number }
  /** header for a table's first row; a header row starts a new table. */
  | { type: 'row'; header: boolean };

/** The smallest piece the comparison matches between editions: one cell, or one per column of a table row. */
export interface TextUnit {
  shape: UnitShape;
  cells: string[];
}

export interface TextSection {
  /** The heading's text; undefined for the text before the first heading. */
  heading?: string;
  depth: number;
  units: TextUnit[];
}

type Words = Language['comparison'];

export function splitSections(tree: Root, words: Words): TextSection[] {
  const sections: TextSection[] = [];
  let current: TextSection = { depth: 0, units: [] };
  const close = () => {
    if (current.heading !== undefined || current.units.length > 0) sections.push(current);
  };
  for (const node of tree.children) {
    if (node.type === 'heading') {
      close();
      current = { heading: inlineText(node.children, words), depth: node.depth, units: [] };
    } else if (node.type !== 'yaml') {
      current.units.push(...blockUnits(node, words));
    }
  }
  close();
  return sections;
}

/** The units of a Markdown tree without cutting it at headings (a focus area's description). */
export function textUnits(tree: Root, words: Words): TextUnit[] {
  return tree.children.flatMap((node) => blockUnits(node, words));
}

export const paragraphUnit = (text: string): TextUnit => ({ shape: { type: 'paragraph' }, cells: [text] });

/** A unit's words on one line, to tell how alike two units are. */
export const unitText = (unit: TextUnit): string => unit.cells.join(' ');

/** `depth` is the depth of the list a list found here is nested in (0 at the top). */
function blockUnits(node: RootContent, words: Words, depth = 0): TextUnit[] {
  const paragraph = (text: string) => (text ? [paragraphUnit(text)] : []);
  switch (node.type) {
    case 'paragraph':
    case 'heading':
      return paragraph(inlineText(node.children, words));
    case 'list':
      return node.children.flatMap((item, index) => itemUnits(node, item, index, depth + 1, words));
    case 'blockquote':
      return node.children.flatMap((child) => blockUnits(child, words, depth));
    case 'footnoteDefinition':
      return paragraph(words.footnote(ownText(node.children, words)));
    case 'table':
      return node.children.map((row, index) => ({
        shape: { type: 'row', header: index === 0 },
        cells: row.children.map((cell) => inlineText(cell.children, words)),
      }));
    case 'leafDirective':
    case 'containerDirective':
      return paragraph(node.name === FOCUS_LIST ? words.focusList : node.name === FOCUS_DESCRIPTIONS ? words.focusDescriptions : `[${node.name}]`);
    case 'code':
    case 'html':
      return paragraph(node.value);
    case 'thematicBreak':
      return paragraph('—');
    case 'definition':
      return [];
    default:
      return paragraph(toString(node as Nodes));
  }
}

/** An item is one unit of its own words; the lists inside it follow as units one level deeper. */
function itemUnits(list: List, item: ListItem, index: number, depth: number, words: Words): TextUnit[] {
  const shape: UnitShape = { type: 'item', depth, ordered: list.ordered === true, ...(list.ordered ? { number: (list.start ?? 1) + index } : {}) };
  const nested = item.children.filter((child) => child.type === 'list');
  const own = item.children.filter((child) => child.type !== 'list');
  return [{ shape, cells: [ownText(own, words)] }, ...nested.flatMap((child) => blockUnits(child, words, depth))];
}

/** Blocks inside an item or a footnote, run together as one line. */
function ownText(nodes: readonly RootContent[], words: Words): string {
  return nodes
    .flatMap((child) => blockUnits(child, words))
    .map(unitText)
    .join(' ');
}
function inlineText(nodes: readonly PhrasingContent[], words: Words): string {
  return nodes
    .map((node): string => {
      switch (node.type) {
        case 'text':
        case 'inlineCode':
          return node.value;
        case 'footnoteReference':
          return words.footnoteMark;
        case 'break':
          return ' ';
        case 'image':
          return node.alt ?? '';
        case 'html':
          return '';
        default:
          return 'children' in node ? inlineText(node.children as PhrasingContent[], words) : toString(node as Nodes);
      }
    })
    .join('');
}
