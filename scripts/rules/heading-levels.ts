import type { Heading } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { MarkdownSource } from '../model/model.ts';
import { topHeadingDepth } from '../render/edition-markdown.ts';
import { AREA, EDITION, error, PROMISE, replaceOnce, TEXT, warning } from './examples.ts';
import { ruleWords, type Owner, type Rule, type RuleReport } from './rule.ts';

/** What a document's first heading sits under when it is rendered: the level and its name for the message. */
type Under = 'title' | 'focusArea' | 'situation';

/**
 * No heading more than one level below the heading before it: a screen reader's outline and the
 * PDF's structure (PDF/UA-1, Matterhorn 14-003) have no place for an h4 right after an h2. The
 * first heading counts from the heading the document is rendered under: an edition's text from
 * the title (level 1, so it starts at `##`); a focus area's description from the focus area's
 * heading, since render/edition-markdown.ts moves its highest heading to just below that one,
 * whatever level it was written at; a promise's text from "Situationen idag" (an h2 on its page,
 * the h3 of its title in an edition's appendix: `###` fits both). The levels are the writer's
 * markup of the signed words, so in a signed record the finding is graded as its wording.
 */
const rule: Rule = {
  id: 'heading-levels',
  description: 'Ingen rubrik ligger mer än en nivå under rubriken före den (## följs av ###, inte ####).',
  check(content, report) {
    for (const edition of content.editions) {
      const owner = { edition };
      checkSource(content, report, edition.text, 1, 'title', owner);
      for (const area of edition.focusAreaFiles) {
        checkSource(content, report, area.description, topHeadingDepth(area.description.tree) - 1, 'focusArea', owner);
      }
    }
    for (const promise of content.promises) checkSource(content, report, promise.body, 2, 'situation', { promise });
  },
  examples: {
    ok: [
      {
        name: 'nivåerna följer på varandra och går tillbaka uppåt',
        overrides: { [TEXT]: replaceOnce('## Bakgrund', '## Bakgrund\n\n### Historik\n\n#### Tidigare avtal\n\n## Mer bakgrund') },
      },
      {
        name: 'ett fokusområdes beskrivning som börjar på vilken nivå som helst',
        overrides: { [AREA]: (valid) => `${valid}\n#### Genomförande\n\n##### Ansvar\n` },
      },
    ],
    notOk: [
      {
        name: 'nivå 4 direkt efter nivå 2 i texten',
        overrides: { [TEXT]: replaceOnce('## Bakgrund', '## Organisation och ansvar\n\n#### Arbetsgrupp\n\n#### Styrgrupp\n\n## Bakgrund') },
        expected: [
          error(
            TEXT,
            5,
            1,
            'Rubriken "Arbetsgrupp" har nivå 4 (####) direkt efter rubriken "Organisation och ansvar" på nivå 2: nivå 3 hoppas över, och skärmläsare och PDF:ens struktur (PDF/UA) kräver att nivåerna följer på varandra.',
            'Använd ### här, eller lägg en rubrik på nivå 3 före den.',
          ),
        ],
      },
      {
        name: 'texten börjar på nivå 3, under dokumentets titel',
        overrides: { [TEXT]: replaceOnce('## Bakgrund', '### Bakgrund') },
        expected: [error(TEXT, 3, 1, 'Rubriken "Bakgrund" har nivå 3 (###) direkt under dokumentets titel (nivå 1): nivå 2 hoppas över, och skärmläsare och PDF:ens struktur (PDF/UA) kräver att nivåerna följer på varandra.', 'Använd ## här, eller lägg en rubrik på nivå 2 före den.')],
      },
      {
        name: 'ett medborgarlöftes text med en rubrik på nivå 4',
        overrides: { [PROMISE]: (valid) => `${valid}\n#### Mer om löftet\n` },
        expected: [error(PROMISE, 29, 1, 'Rubriken "Mer om löftet" har nivå 4 (####) direkt under rubriken "Situationen idag" (nivå 2): nivå 3 hoppas över, och skärmläsare och PDF:ens struktur (PDF/UA) kräver att nivåerna följer på varandra.', 'Använd ### här, eller lägg en rubrik på nivå 3 före den.')],
      },
      {
        name: 'ett fokusområdes beskrivning som hoppar en nivå',
        overrides: { [AREA]: (valid) => `${valid}\n## Genomförande\n\n#### Ansvar\n` },
        expected: [error(AREA, 12, 1, undefined, 'Använd ### här, eller lägg en rubrik på nivå 3 före den.')],
      },
      {
        name: 'i en undertecknad utgåvas text: en varning, rättas i nästa utgåva',
        overrides: {
          [TEXT]: replaceOnce('## Bakgrund', '## Organisation och ansvar\n\n#### Arbetsgrupp\n\n## Bakgrund'),
          [EDITION]: replaceOnce('status: final', 'status: signed'),
        },
        locked: { '2026-2029': {} },
        expected: [
          warning(
            TEXT,
            5,
            1,
            undefined,
            'Använd ### här, eller lägg en rubrik på nivå 3 före den. Utgåvan är undertecknad och återges som den skrevs under: rätta det i nästa utgåva.',
          ),
        ],
      },
    ],
  },
};
export default rule;

function checkSource(
  content: Parameters<Rule['check']>[0],
  report: RuleReport,
  source: MarkdownSource,
  startLevel: number,
  under: Under,
  owner: Owner,
): void {
  const words = ruleWords(content)['heading-levels'];
  let level = startLevel;
  let previous: Heading | undefined;
  visit(source.tree, 'heading', (node: Heading) => {
    if (node.depth > level + 1 && node.position) {
      const after = previous ? words.after(toString(previous), level) : words.under[under](level);
      report(source.file, {
        severity: 'error',
        place: { start: node.position.start, end: node.position.end },
        wording: owner,
        ...words.skipped(toString(node), node.depth, level + 1, after),
      });
    }
    level = node.depth;
    previous = node;
  });
}
