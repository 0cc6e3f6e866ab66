// Ids for every heading (one slugger over the whole document, so none collide) and, on the
// web, a permalink after each heading's text.
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { h } from 'hastscript';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeSlug from 'rehype-slug';
import { unified } from 'unified';

const slug = unified().use(rehypeSlug);
const permalinks = unified().use(rehypeAutolinkHeadings, {
  behavior: 'append',
  test: (node: Element) => node.tagName !== 'h1',
  properties: { className: ['permalink'] },
  content: (node: Element) => [
    h('span', { 'aria-hidden': 'true' }, '#'),
    h('span.visually-hidden', `Länk till avsnittet ${toString(node).replace(/\d+$/, '').trim()}`),
  ],
});

export function addHeadingIds(tree: Root): void {
  slug.runSync(tree);
}

export function addPermalinks(tree: Root): void {
  permalinks.runSync(tree);
}
