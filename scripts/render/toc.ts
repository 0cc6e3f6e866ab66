// The table of contents, made from the headings of the finished document so that it can
// never disagree with them: every heading from h2 down with an id, in order, nested.
import type { Element, Root } from 'hast';
import { headingRank } from 'hast-util-heading-rank';
import { h } from 'hastscript';
import { visit } from 'unist-util-visit';
import type { Language } from '../language/index.ts';
import { headingText } from './finish-headings.ts';
import { markNumberedLists } from './numbered-lists.ts';

/**
 * `deepest` is the lowest heading level listed: 3 on the web page, whose contents are an
 * overview; the printed contents list every level, as the PDF's bookmarks do (Chromium makes
 * one for every heading), so that the two agree.
 */
export function tableOfContents(tree: Root | Element, words: Language, deepest = 3): Element {
  const entries: Array<{ depth: number; id: string; text: string }> = [];
  visit(tree, 'element', (node) => {
    const depth = headingRank(node);
    const id = node.properties.id;
    if (depth === undefined || depth < 2 || depth > deepest || typeof id !== 'string') return;
    entries.push({ depth, id, text: headingText(node) });
  });
  const items: Element[] = [];
  // The open entries, one per level from the top: an entry goes into the sublist of the last
  // open entry above its level, so a level skipped (an h4 straight under an h2) nests one step.
  const open: Array<{ depth: number; item: Element }> = [];
  for (const entry of entries) {
    const item = h('li', [h('a', { href: `#${entry.id}` }, entry.text)]);
    while (open.length > 0 && (open.at(-1)?.depth ?? 0) >= entry.depth) open.pop();
    const parent = open.at(-1)?.item;
    if (parent) {
      let sublist = parent.children.find((child): child is Element => child.type === 'element' && child.tagName === 'ol');
      if (!sublist) {
        sublist = h('ol');
        parent.children.push(sublist);
      }
      sublist.children.push(item);
    } else items.push(item);
    open.push({ depth: entry.depth, item });
  }
  const list = h('ol', items);
  markNumberedLists(list);
  return h('nav.toc', { 'aria-labelledby': 'innehallsforteckning' }, [
    h('h2', { id: 'innehallsforteckning' }, words.document.contents),
    list,
  ]);
}
