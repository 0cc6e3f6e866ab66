import { AGREEMENT_DIR, EDITION_FILE } from '../load/paths.ts';
import { AREA, EDITION, error, replaceOnce, TEXT } from './examples.ts';
import { ruleWords, unreadPaths, type Rule } from './rule.ts';

/**
 * An edition's `derivedFrom` names another edition that exists: the build compares the two
 * and the index page links to that comparison, which would otherwise be a dead link. Quiet when
 * the named edition is there but could not be read (its own problems are reported). An error,
 * in a signed edition too: it is structure, not wording.
 */
const rule: Rule = {
  id: 'derived-from',
  description: 'derivedFrom pekar på en utgåva som finns.',
  check(content, report) {
    const words = ruleWords(content)['derived-from'];
    const ids = content.editions.map((edition) => edition.id);
    const unread = new Set(unreadPaths(content));
    for (const { id, meta } of content.editions) {
      const from = meta.data.derivedFrom;
      if (from === undefined || (from !== id && ids.includes(from)) || unread.has(`${AGREEMENT_DIR}/${from}/${EDITION_FILE}`)) continue;
      report(meta.file, { severity: 'error', place: meta.locate(['derivedFrom']), ...(from === id ? words.itself(id) : words.missing(from, ids)) });
    }
  },
  examples: {
    ok: [
      {
        name: 'derivedFrom till en utgåva som finns',
        overrides: {
          [EDITION]: replaceOnce('status: final\n', 'status: final\nderivedFrom: 2022-2025\n'),
          'agreement/2022-2025/edition.yaml': {
            copyOf: EDITION,
            change: (text) =>
              text.replace('id: 2026-2029', 'id: 2022-2025').replace('start: 2026-01-01', 'start: 2022-01-01').replace('end: 2029-12-31', 'end: 2025-12-31').replace('date: 2026-02-16', 'date: 2022-02-16'),
          },
          'agreement/2022-2025/text.md': { copyOf: TEXT, change: (text) => text.replace('2026-01-01 till och med 2029-12-31', '2022-01-01 till och med 2025-12-31') },
          'agreement/2022-2025/fokusomraden/trygg-offentlig-miljo.md': { copyOf: AREA },
        },
      },
    ],
    notOk: [
      {
        name: 'derivedFrom till en utgåva som inte finns',
        overrides: { [EDITION]: replaceOnce('status: final\n', 'status: final\nderivedFrom: 2022-2025\n') },
        expected: [
          error(EDITION, 4, 14, 'Utgåvan "2022-2025" som den här utgåvan sägs vara skapad från (derivedFrom) finns inte.', 'Rätta id:t till en befintlig utgåva (finns: 2026-2029), eller ta bort raden derivedFrom.'),
        ],
      },
      {
        name: 'derivedFrom till sig själv',
        overrides: { [EDITION]: replaceOnce('status: final\n', 'status: final\nderivedFrom: 2026-2029\n') },
        expected: [error(EDITION, 4, 14, 'Utgåvan sägs vara skapad från sig själv (derivedFrom: 2026-2029).')],
      },
    ],
  },
};
export default rule;
