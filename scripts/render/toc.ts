// The table of contents, made from the headings of the finished document so that it can
// never disagree with them: every h2 and h3 with an id, in order, nested.
import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import type { Language } from '../language/index.ts';
import { headingText } from './finish-headings.ts';

/** "1. " or "2.3. " before a heading's text, as language formatters number focus areas. */
const OWN_NUMBER = /^\d+(\.\d+)*\.\s/;

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
  // Headings that carry their own numbers (numbered focus areas: "1. Trygg offentlig miljö")
  // are not numbered a second time by the list.
  visit(list, 'element', (node) => {
    if (node.tagName !== 'ol') return;
    const entries = node.children.filter((child): child is Element => child.type === 'element');
    if (entries.length > 0 && entries.every((entry) => OWN_NUMBER.test(toString(entry.children[0] ?? entry)))) node.properties.className = ['numbered'];
  });
  return h('nav.toc', { 'aria-labelledby': 'innehallsforteckning' }, [
    h('h2', { id: 'innehallsforteckning' }, words.document.contents),
    list,
  ]);
}
