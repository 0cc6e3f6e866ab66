import type { FootnoteDefinition, FootnoteReference } from 'mdast';
import { visit } from 'unist-util-visit';
import { allMarkdown } from '../model/markdown-sources.ts';
import { ruleWords, type Rule } from './rule.ts';
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
    const words = ruleWords(content)['footnote-references'];
    for (const source of allMarkdown(content)) {
      const { file, tree } = source;
      for (const span of markdownSpans(source, {})) {
        for (const match of span.value.matchAll(LITERAL_CALL)) {
          report(file, {
            severity: 'error',
            place: span.at(match.index),
            ...words.literalCall(match[1]!),
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
            ...words.definedTwice(node.label ?? node.identifier, earlier.position?.start.line),
          });
        } else definitions.set(node.identifier, node);
      });
      const used = new Set(references.map((reference) => reference.identifier));
      for (const reference of references) {
        if (definitions.has(reference.identifier)) continue;
        report(file, {
          severity: 'error',
          place: reference.position,
          ...words.noDefinition(reference.label ?? reference.identifier),
        });
      }
      for (const [identifier, definition] of definitions) {
        if (used.has(identifier)) continue;
        report(file, {
          severity: 'error',
          place: definition.position,
          ...words.unused(definition.label ?? identifier),
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
