import type { Nodes } from 'mdast';
import { visit } from 'unist-util-visit';
import { allMarkdown } from '../model/markdown-sources.ts';
import { ruleWords, type Rule } from './rule.ts';
import { AREA, error, replaceOnce, TEXT } from './examples.ts';

/** Where the build places the focus areas: their list, and their descriptions. */
export const FOCUS_LIST = 'fokusomraden-lista';
export const FOCUS_DESCRIPTIONS = 'fokusomraden-beskrivningar';

/**
 * The only directives are the two places where the build puts the focus areas,
 * ::fokusomraden-lista and ::fokusomraden-beskrivningar: in an edition's text.md, once each, and
 * at least one of them when the edition has focus areas. Fires on the directive (or on line 1
 * when neither is there). Errors, because the build cannot place the focus areas otherwise. Not
 * graded by the record policy.
 */
const rule: Rule = {
  id: 'known-directives',
  description: 'Bara de kända platsmarkeringarna ::fokusomraden-lista och ::fokusomraden-beskrivningar används, i text.md, en gång var.',
  check(content, report) {
    const words = ruleWords(content)['known-directives'];
    const texts = new Set(content.editions.map((edition) => edition.text.file));
    for (const { file, tree } of allMarkdown(content)) {
      const seen = new Map<string, number>();
      visit(tree, (node: Nodes) => {
        if (node.type !== 'leafDirective' && node.type !== 'textDirective' && node.type !== 'containerDirective') return;
        const known = node.type === 'leafDirective' && (node.name === FOCUS_LIST || node.name === FOCUS_DESCRIPTIONS);
        if (!known || !texts.has(file)) {
          const written = `${node.type === 'textDirective' ? ':' : node.type === 'leafDirective' ? '::' : ':::'}${node.name}`;
          report(file, {
            severity: 'error',
            place: node.position,
            ...(known ? words.onlyInText(written) : words.unknown(written, `::${FOCUS_LIST}`, `::${FOCUS_DESCRIPTIONS}`)),
          });
          return;
        }
        const count = (seen.get(node.name) ?? 0) + 1;
        seen.set(node.name, count);
        if (count > 1) {
          report(file, {
            severity: 'error',
            place: node.position,
            ...words.twice(`::${node.name}`),
          });
        }
      });
    }
    for (const edition of content.editions) {
      if (edition.meta.data.focusAreas.length === 0) continue;
      let placed = false;
      visit(edition.text.tree, 'leafDirective', (node) => {
        if (node.name === FOCUS_LIST || node.name === FOCUS_DESCRIPTIONS) placed = true;
      });
      if (placed) continue;
      report(edition.text.file, {
        severity: 'error',
        place: { start: { line: 1, column: 1 } },
        ...words.notPlaced(`::${FOCUS_LIST}`, `::${FOCUS_DESCRIPTIONS}`),
      });
    }
  },
  examples: {
    ok: [
      {
        name: 'kolon i vanlig text är inga markeringar: SFS-nummer, klockslag, 1:a',
        overrides: { [TEXT]: replaceOnce('2029-12-31.', '2029-12-31. Rådet träffas den 1:a tisdagen varje månad kl. 18:30 (fokus:trygghet).') },
      },
    ],
    notOk: [
      {
        name: 'okänd platsmarkering',
        overrides: { [TEXT]: replaceOnce('::fokusomraden-lista', '::fokusomraden-karta') },
        expected: [error(TEXT, 11, 1, 'Okänd markering "::fokusomraden-karta".')],
      },
      {
        name: 'platsmarkering i ett fokusområde',
        overrides: { [AREA]: (valid) => `${valid}\n::fokusomraden-lista\n` },
        expected: [error(AREA, 10, 1, '::fokusomraden-lista kan bara stå i utgåvans text.md.')],
      },
      {
        name: 'platsmarkering två gånger',
        overrides: { [TEXT]: (valid) => `${valid}\n::fokusomraden-lista\n` },
        expected: [error(TEXT, 21, 1, '::fokusomraden-lista står mer än en gång.')],
      },
      {
        name: 'fokusområdena har ingen plats i texten',
        overrides: {
          [TEXT]: (valid) => valid.replace('::fokusomraden-lista\n', 'Se nedan.\n').replace('::fokusomraden-beskrivningar\n', 'Se nedan.\n'),
        },
        expected: [error(TEXT, 1, 1, 'Fokusområdena syns inte i texten.')],
      },
    ],
  },
};
export default rule;
