// The table of contents, made from the headings of the finished document so that it can
// never disagree with them: every h2 and h3 with an id, in order, nested.
import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import { visit } from 'unist-util-visit';
import type { Language } from '../language/index.ts';
import { headingText } from './finish-headings.ts';
import { markNumberedLists } from './numbered-lists.ts';

export function tableOfContents(tree: Root | Element, words: Language): Element {
  const entries: Array<{ depth: number; id: string; text: string }> = [];
  visit(tree, 'element', (node) => {
    const depth = node.tagName === 'h2' ? 2 : node.tagName === 'h3' ? 3 : 0;
    const id = node.properties.id;
    if (!depth || typeof id !== 'string') return;
    entries.push({ depth, id, text: headingText(node) });
  });
  const items: Element[] = [];
  for (const entry of entries) {
    const link = h('a', { href: `#${entry.id}` }, entry.text);
    const parent = items.at(-1);
    if (entry.depth === 3 && parent) {
      let sublist = parent.children.find((child): child is Element => child.type === 'element' && child.tagName === 'ol');
      if (!sublist) {
        sublist = h('ol');
        parent.children.push(sublist);
      }
      sublist.children.push(h('li', [link]));
    } else items.push(h('li', [link]));
  }
  const list = h('ol', items);
  markNumberedLists(list);
  return h('nav.toc', { 'aria-labelledby': 'innehallsforteckning' }, [
    h('h2', { id: 'innehallsforteckning' }, words.document.contents),
    list,
  ]);
}
