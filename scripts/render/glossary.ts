// Shared terms explained where they are first used: the first occurrence in the text links to
// the term's entry in the glossary section, as an <abbr> with its expansion where it has one.
// Only the terms a document uses are listed in its glossary.
import type { Element, ElementContent, Root, Text } from 'hast';
import { h } from 'hastscript';
import { visitParents } from 'unist-util-visit-parents';
import type { GlossaryData } from '../model/model.ts';

type Term = GlossaryData['terms'][number];

export const termAnchor = (term: Term) => `begrepp-${term.id}`;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Where a term may not be marked: headings become bookmarks and table-of-contents entries. */
const SKIP = new Set(['a', 'abbr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'sup', 'code']);

/** Marks the first use of each term in `tree` and returns the terms used, in glossary order. */
export function markTerms(tree: Root, glossary: GlossaryData | undefined): Term[] {
  if (!glossary || glossary.terms.length === 0) return [];
  const forms = new Map<string, Term>();
  for (const term of glossary.terms) for (const form of [term.term, ...(term.aliases ?? [])]) forms.set(form, term);
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(${[...forms.keys()].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\\p{L}\\p{N}])`,
    'u',
  );
  const used = new Set<Term>();
  const found: Array<{ node: Text; parent: Element | Root; match: RegExpExecArray; term: Term }> = [];
  visitParents(tree, 'text', (node, ancestors) => {
    if (ancestors.some((ancestor) => ancestor.type === 'element' && SKIP.has(ancestor.tagName))) return;
    // One mark per text node and per term is enough: the first use is what matters.
    const match = pattern.exec(node.value);
    if (!match) return;
    const term = forms.get(match[1]!)!;
    if (used.has(term)) return;
    used.add(term);
    found.push({ node, parent: ancestors.at(-1) as Element | Root, match, term });
  });
  for (const { node, parent, match, term } of found) {
    const index = parent.children.indexOf(node);
    const before = node.value.slice(0, match.index);
    const after = node.value.slice(match.index + match[1]!.length);
    const word = match[1]!;
    const mark = h('a.term', { href: `#${termAnchor(term)}` }, term.expansion ? h('abbr', { title: term.expansion }, word) : word);
    const parts: ElementContent[] = [
      ...(before ? [{ type: 'text' as const, value: before }] : []),
      mark,
      ...(after ? [{ type: 'text' as const, value: after }] : []),
    ];
    parent.children.splice(index, 1, ...parts);
  }
  return glossary.terms.filter((term) => used.has(term));
}

export function glossarySection(terms: Term[]): Element[] {
  if (terms.length === 0) return [];
  return [
    h('section.glossary', { 'aria-labelledby': 'ordlista' }, [
      h('h2', { id: 'ordlista' }, 'Ordlista'),
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
