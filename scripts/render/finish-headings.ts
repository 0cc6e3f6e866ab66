// Ids for every heading and, on the web, a permalink after each heading: beside it, not in it,
// so that the heading's accessible name is its text and not "Bakgrund Länk till avsnittet Bakgrund".
import GithubSlugger from 'github-slugger';
import type { Element, ElementContent, Root } from 'hast';
import { headingRank } from 'hast-util-heading-rank';
import { toString } from 'hast-util-to-string';
import { h } from 'hastscript';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { Language } from '../language/index.ts';

/**
 * Content headings get "avsnitt-" before their slug, so that no heading a coordinator writes
 * ("Underskrifter", "Ordlista") can take the id of a section the build adds.
 */
export const SECTION_PREFIX = 'avsnitt-';

/**
 * Like rehype-slug, but from the words alone: a footnote number or permalink in a heading must
 * not become part of its address, or the address would change whenever footnotes are renumbered.
 */
export function addHeadingIds(tree: Root): void {
  const slugger = new GithubSlugger();
  visit(tree, 'element', (node) => {
    if (headingRank(node) === undefined || node.properties.id !== undefined) return;
    node.properties.id = SECTION_PREFIX + slugger.slug(headingText(node));
  });
}

/** A heading's words without footnote numbers or permalink marks. */
export function headingText(node: Element): string {
  const copy = structuredClone(node);
  copy.children = copy.children.filter(
    (child: ElementContent) => !(child.type === 'element' && (child.tagName === 'sup' || hasClass(child, 'permalink'))),
  );
  return toString(copy).replace(/\s+/g, ' ').trim();
}

export function hasClass(node: Element, name: string): boolean {
  const value = node.properties.className;
  return Array.isArray(value) && value.includes(name);
}

export function addPermalinks(tree: Root, words: Language): void {
  unified()
    .use(rehypeAutolinkHeadings, {
      behavior: 'after',
      group: () => h('div.heading-group'),
      test: (node: Element) => node.tagName !== 'h1',
      properties: { className: ['permalink'] },
      content: (node: Element) => [
        h('span', { 'aria-hidden': 'true' }, '#'),
        h('span.visually-hidden', words.document.permalink(headingText(node))),
      ],
    })
    .runSync(tree);
}
