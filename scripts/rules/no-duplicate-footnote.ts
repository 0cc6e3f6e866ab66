import type { FootnoteDefinition } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { editionMarkdown } from '../model/markdown-sources.ts';
import { ruleWords, type Rule } from './rule.ts';
import { AREA, replaceOnce, TEXT, warning } from './examples.ts';

/**
 * The same footnote text does not stand twice in one edition (its text.md and focus-area
 * descriptions): the second should call the first footnote again. Fires on the later footnote.
 * A warning; in a signed edition's record the record policy adds that it is corrected in the
 * next edition.
 */
const rule: Rule = {
  id: 'no-duplicate-footnote',
  description: 'Samma fotnotstext står inte två gånger i en utgåva.',
  check(content, report) {
    const words = ruleWords(content)['no-duplicate-footnote'];
    for (const edition of content.editions) {
      const seen = new Map<string, { path: string; line?: number }>();
      for (const { file, tree } of editionMarkdown(edition)) {
        visit(tree, 'footnoteDefinition', (node: FootnoteDefinition) => {
          const text = toString(node).replace(/\s+/g, ' ').trim();
          const earlier = seen.get(text);
          if (!earlier) {
            seen.set(text, { path: file.path, line: node.position?.start.line });
            return;
          }
          report(file, {
            severity: 'warning',
            place: node.position,
            wording: { edition },
            ...words.again(`${earlier.path}:${earlier.line}`, text),
          });
        });
      }
    }
  },
  examples: {
    ok: [
      {
        name: 'två fotnoter med olika text',
        overrides: { [TEXT]: replaceOnce('2029-12-31.', '2029-12-31.[^tid]\n\n[^tid]: Enligt beslut i kommunfullmäktige.') },
      },
    ],
    notOk: [
      {
        name: 'samma fotnotstext två gånger med olika etiketter',
        overrides: {
          [TEXT]: replaceOnce('2029-12-31.', '2029-12-31 enligt lagen[^lag-2].\n\n[^lag-2]: Lag (2023:196) om kommuners ansvar för brottsförebyggande arbete.'),
        },
        expected: [
          warning(
            TEXT,
            21,
            1,
            'Samma fotnotstext står redan i agreement/2026-2029/text.md:7: "Lag (2023:196) om kommuners ansvar för brottsförebyggande arbete.".',
          ),
        ],
      },
      {
        name: 'samma fotnotstext i texten och i en fokusområdesbeskrivning',
        overrides: {
          [AREA]: replaceOnce('mörkt.', 'mörkt[^lag].\n\n[^lag]: Lag (2023:196) om kommuners ansvar för brottsförebyggande arbete.'),
        },
        expected: [warning(AREA, 10, 1)],
      },
    ],
  },
};
export default rule;
