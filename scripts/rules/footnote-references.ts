import type { FootnoteDefinition, FootnoteReference } from 'mdast';
import { visit } from 'unist-util-visit';
import { allMarkdown } from '../model/markdown-sources.ts';
import type { Rule } from './rule.ts';
import { markdownSpans } from './text-spans.ts';

/** A footnote call as written: GFM leaves it as plain text when no definition matches. */
const LITERAL_CALL = /\[\^([^\]\s]+)\]/g;

const rule: Rule = {
  id: 'footnote-references',
  description: 'Varje fotnotshänvisning har en fotnot, varje fotnot används, och ingen fotnotsetikett står två gånger.',
  check(content, report) {
    for (const source of allMarkdown(content)) {
      const { file, tree } = source;
      for (const span of markdownSpans(source, {})) {
        for (const match of span.value.matchAll(LITERAL_CALL)) {
          report(file, {
            severity: 'error',
            place: span.at(match.index),
            reason: `Fotnoten [^${match[1]}] har ingen text, så hänvisningen syns som den står.`,
            fix: `Lägg till en rad "[^${match[1]}]: fotnotens text" i samma fil, eller rätta etiketten.`,
          });
        }
      }
      const references: FootnoteReference[] = [];
      const definitions = new Map<string, FootnoteDefinition>();
      visit(tree, (node) => {
        if (node.type === 'footnoteReference') references.push(node);
        if (node.type !== 'footnoteDefinition') return;
        const earlier = definitions.get(node.identifier);
        if (earlier) {
          report(file, {
            severity: 'error',
            place: node.position,
            reason: `Fotnoten [^${node.label ?? node.identifier}] är definierad två gånger (först på rad ${earlier.position?.start.line}).`,
            fix: 'Ge den ena fotnoten en egen etikett, t.ex. [^hobit-2], och använd den där den ska stå.',
          });
        } else definitions.set(node.identifier, node);
      });
      const used = new Set(references.map((reference) => reference.identifier));
      for (const reference of references) {
        if (definitions.has(reference.identifier)) continue;
        report(file, {
          severity: 'error',
          place: reference.position,
          reason: `Fotnoten [^${reference.label ?? reference.identifier}] har ingen text.`,
          fix: `Lägg till en rad "[^${reference.label ?? reference.identifier}]: fotnotens text" i samma fil, eller rätta etiketten.`,
        });
      }
      for (const [identifier, definition] of definitions) {
        if (used.has(identifier)) continue;
        report(file, {
          severity: 'error',
          place: definition.position,
          reason: `Fotnoten [^${definition.label ?? identifier}] används aldrig i texten.`,
          fix: `Skriv [^${definition.label ?? identifier}] där fotnoten ska hänvisas, eller ta bort den.`,
        });
      }
    }
  },
};
export default rule;
