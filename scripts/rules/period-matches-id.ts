import { yearsOfId } from '../edition/edition-id.ts';
import { ruleWords, type Rule } from './rule.ts';
import { EDITION, replaceOnce, warning } from './examples.ts';

/**
 * An edition whose id names its years ("2026-2029") has a period in those years: it starts in
 * the first and, unless it is open-ended, ends in the last. Fires on the start or the end. A
 * warning, since the id may be what is wrong, and a published id is never changed.
 */
const rule: Rule = {
  id: 'period-matches-id',
  description: 'Perioden stämmer med åren i utgåvans id (2026-2029 börjar 2026 och slutar 2029).',
  check(content, report) {
    const words = ruleWords(content)['period-matches-id'];
    for (const edition of content.editions) {
      const years = yearsOfId(edition.id);
      if (!years) continue;
      const { period } = edition.meta.data;
      const startYear = Number(period.start.slice(0, 4));
      if (startYear !== years.first) {
        report(edition.meta.file, { severity: 'warning', place: edition.meta.locate(['period', 'start']), ...words.start(edition.id, period.start, years.first) });
      }
      if (period.end !== undefined && Number(period.end.slice(0, 4)) !== years.last) {
        report(edition.meta.file, { severity: 'warning', place: edition.meta.locate(['period', 'end']), ...words.end(edition.id, period.end, years.last) });
      }
    }
  },
  examples: {
    ok: [{ name: 'en period som börjar en bit in på det första året', overrides: { [EDITION]: replaceOnce('start: 2026-01-01', 'start: 2026-03-01') } }],
    notOk: [
      {
        name: 'en period som slutar ett annat år än id:t säger',
        overrides: { [EDITION]: replaceOnce('end: 2029-12-31', 'end: 2028-12-31') },
        expected: [
          warning(
            EDITION,
            7,
            8,
            'Perioden slutar 2028-12-31, men utgåvans id 2026-2029 säger att den slutar 2029.',
            'Rätta period.end i edition.yaml, eller skapa utgåvan med ett id som stämmer med perioden.',
          ),
        ],
      },
      {
        name: 'en period som börjar ett annat år än id:t säger',
        overrides: { [EDITION]: replaceOnce('start: 2026-01-01', 'start: 2025-07-01') },
        expected: [warning(EDITION, 6, 10, 'Perioden börjar 2025-07-01, men utgåvans id 2026-2029 säger att den börjar 2026.')],
      },
    ],
  },
};
export default rule;
