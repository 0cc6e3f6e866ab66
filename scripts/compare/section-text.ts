// The text of an edition as a reader sees it, cut into sections at its headings, for the
// word-level comparison. Markup that does not change the reading (emphasis, footnote labels)
// is dropped; footnotes and the focus-area placeholders are kept as words, so that removing a
// footnote or moving the list shows in the redline.
import type { Nodes, PhrasingContent, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Language } from '../language/index.ts';
import { FOCUS_DESCRIPTIONS, FOCUS_LIST } from '../rules/known-directives.ts';

export interface TextSection {
  /** The heading's text; undefined for the text before the first heading. */
  heading?: string;
  depth: number;
  /** Blocks separated by a blank line. */
  text: string;
}

type Words = Language['comparison'];

export function splitSections(tree: Root, words: Words): TextSection[] {
  const sections: TextSection[] = [];
  let current: { heading?: string; depth: number; blocks: string[] } = { depth: 0, blocks: [] };
  const close = () => {
    if (current.heading !== undefined || current.blocks.length > 0) {
      sections.push({ heading: current.heading, depth: current.depth, text: current.blocks.join('\n\n') });
    }
  };
  for (const node of tree.children) {
    if (node.type === 'heading') {
      close();
      current = { heading: inlineText(node.children, words), depth: node.depth, blocks: [] };
    } else if (node.type !== 'yaml') {
      const text = blockText(node, words);
      if (text) current.blocks.push(text);
    }
  }
  close();
  return sections;
}

/** The blocks of a Markdown tree as one text (a focus area's description). */
export function plainText(tree: Root, words: Words): string {
  return tree.children.map((node) => blockText(node, words)).filter(Boolean).join('\n\n');
}

function blockText(node: RootContent, words: Words): string {
  const blocks = (nodes: RootContent[]) => nodes.map((child) => blockText(child, words));
  switch (node.type) {
    case 'paragraph':
    case 'heading':
      return inlineText(node.children, words);
    case 'list':
      return node.children
        .map((item, index) => `${node.ordered ? `${(node.start ?? 1) + index}.` : '•'} ${blocks(item.children).join(' ')}`)
        .join('\n');
    case 'blockquote':
      return blocks(node.children).join('\n\n');
    case 'footnoteDefinition':
      return words.footnote(blocks(node.children).join(' '));
    case 'table':
      return node.children.map((row) => row.children.map((cell) => inlineText(cell.children, words)).join(' | ')).join('\n');
    case 'leafDirective':
    case 'containerDirective':
      return node.name === FOCUS_LIST ? words.focusList : node.name === FOCUS_DESCRIPTIONS ? words.focusDescriptions : `[${node.name}]`;
    case 'code':
    case 'html':
      return node.value;
    case 'thematicBreak':
      return '—';
    case 'definition':
      return '';
    default:
      return toString(node as Nodes);
  }
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
