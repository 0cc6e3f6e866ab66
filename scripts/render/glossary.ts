// Shared terms explained where they are first used: the first occurrence in the text links to
// the term's entry in the glossary section, as an <abbr> with its expansion where it has one.
// Only the terms a document uses are listed in its glossary.
import type { Element, ElementContent, Root, Text } from 'hast';
import { h } from 'hastscript';
import { visitParents } from 'unist-util-visit-parents';
import type { Language } from '../language/index.ts';
import type { GlossaryData } from '../model/model.ts';
import { escapeRegExp } from '../model/text.ts';

type Term = GlossaryData['terms'][number];

export const termAnchor = (term: Term) => `begrepp-${term.id}`;

/** Where a term may not be marked: headings become bookmarks and table-of-contents entries. */
const SKIP = new Set(['a', 'abbr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'sup', 'code']);

/** Marks the first use of each term in `tree` and returns the terms used, in glossary order. */
export function markTerms(tree: Root, glossary: GlossaryData | undefined): Term[] {
  if (!glossary || glossary.terms.length === 0) return [];
  const forms = new Map<string, Term>();
  for (const term of glossary.terms) for (const form of [term.term, ...(term.aliases ?? [])]) forms.set(form, term);
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(${[...forms.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`,
    'gu',
  );
  const used = new Set<Term>();
  const found: Array<{ node: Text; parent: Element | Root; marks: Array<{ index: number; word: string; term: Term }> }> = [];
  visitParents(tree, 'text', (node, ancestors) => {
    if (ancestors.some((ancestor) => ancestor.type === 'element' && SKIP.has(ancestor.tagName))) return;
    const marks = [];
    for (const match of node.value.matchAll(pattern)) {
      const term = forms.get(match[1]!)!;
      if (used.has(term)) continue;
      used.add(term);
      marks.push({ index: match.index, word: match[1]!, term });
    }
    if (marks.length > 0) found.push({ node, parent: ancestors.at(-1) as Element | Root, marks });
  });
  for (const { node, parent, marks } of found) {
    const parts: ElementContent[] = [];
    let at = 0;
    for (const { index, word, term } of marks) {
      if (index > at) parts.push({ type: 'text', value: node.value.slice(at, index) });
      parts.push(h('a.term', { href: `#${termAnchor(term)}` }, term.expansion ? h('abbr', { title: term.expansion }, word) : word));
      at = index + word.length;
    }
    if (at < node.value.length) parts.push({ type: 'text', value: node.value.slice(at) });
    parent.children.splice(parent.children.indexOf(node), 1, ...parts);
  }
  return glossary.terms.filter((term) => used.has(term));
}

export function glossarySection(terms: Term[], words: Language): Element[] {
  if (terms.length === 0) return [];
  return [
    h('section.glossary', { 'aria-labelledby': 'ordlista' }, [
      h('h2', { id: 'ordlista' }, words.document.glossary),
      h(
        'dl',
        terms.flatMap((term) => [
          h('dt', { id: termAnchor(term) }, term.expansion ? `${term.term} (${term.expansion})` : term.term),
          h('dd', term.definition),
        ]),
      ),
    ]),
  ];
}
