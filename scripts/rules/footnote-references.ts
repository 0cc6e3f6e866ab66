import type { FootnoteDefinition, FootnoteReference } from 'mdast';
import { visit } from 'unist-util-visit';
import { allMarkdown } from '../model/markdown-sources.ts';
import type { Rule } from './rule.ts';
import { markdownSpans } from './text-spans.ts';
import { AREA, error, replaceOnce, TEXT } from './examples.ts';

/** A footnote call as written: GFM leaves it as plain text when no definition matches. */
const LITERAL_CALL = /\[\^([^\]\s]+)\]/g;

/**
 * Each footnote call ([^label]) has a footnote with that label in the same file, each footnote
 * is called, and no label is defined twice. Fires on the call, or on the definition. A call
 * without a definition is plain text to GFM, so it is found in the text (at its exact column).
 * Errors: a broken footnote shows as written. Not graded by the record policy.
 */
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
  examples: {
    ok: [
      {
        name: 'samma fotnot hänvisas två gånger',
        overrides: { [TEXT]: replaceOnce('2029-12-31.', '2029-12-31, enligt lagen[^lag].') },
      },
    ],
    notOk: [
      {
        name: 'hänvisning utan fotnot, och fotnot som aldrig används',
        overrides: { [TEXT]: replaceOnce('arbetet[^lag].', 'arbetet[^lagen].') },
        expected: [
          error(TEXT, 5, 91, 'Fotnoten [^lagen] har ingen text, så hänvisningen syns som den står.'),
          error(TEXT, 7, 1, 'Fotnoten [^lag] används aldrig i texten.'),
        ],
      },
      {
        name: 'samma fotnotsetikett definierad två gånger',
        overrides: { [TEXT]: (valid) => `${valid}\n[^lag]: Lagen gäller sedan 2023-07-01.\n` },
        expected: [error(TEXT, 21, 1, 'Fotnoten [^lag] är definierad två gånger (först på rad 7).')],
      },
      {
        name: 'fotnot i en fokusområdesbeskrivning utan text',
        overrides: { [AREA]: replaceOnce('mörkt.', 'mörkt[^mork].') },
        expected: [error(AREA, 8, 91)],
      },
    ],
  },
};
export default rule;
