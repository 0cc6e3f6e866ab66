import type { DataPath, Period, YamlSource } from '../model/model.ts';
import { comparableDate } from '../model/dates.ts';
import { ruleWords, type Rule, type RuleReport } from './rule.ts';
import { EDITION, error, PROMISE, replaceOnce, warning } from './examples.ts';

type Words = ReturnType<typeof ruleWords>['date-order'];

function checkPeriod(source: YamlSource<unknown>, period: Period | undefined, at: DataPath, report: RuleReport, words: Words): void {
  if (!period) return;
  if (period.end === undefined && !period.openEnded) {
    report(source.file, {
      severity: 'error',
      place: source.locate(at, true),
      ...words.noEnd,
    });
  }
  if (period.end !== undefined && period.openEnded) {
    report(source.file, {
      severity: 'error',
      place: source.locate([...at, 'openEnded'], true),
      ...words.endAndOpenEnded,
    });
  }
  const start = comparableDate(period.start);
  const end = comparableDate(period.end);
  if (start && end && end < start) {
    report(source.file, {
      severity: 'error',
      place: source.locate([...at, 'end']),
      ...words.endBeforeStart(start, end),
    });
  }
}

/**
 * An edition's and a promise's period has an end (or openEnded: true, not both) and does not
 * end before it starts; an edition is not signed after its period ends, nor decided after it
 * was signed. Fires on the date that is out of order: errors, except a decision dated after the
 * signing, which is a warning (it happens, but is usually a typo). Not graded by the record
 * policy.
 */
const rule: Rule = {
  id: 'date-order',
  description: 'Perioder börjar före sitt slut, och beslut och underskrift ligger i rätt ordning.',
  check(content, report) {
    const words = ruleWords(content)['date-order'];
    for (const { meta } of content.editions) {
      checkPeriod(meta, meta.data.period, ['period'], report, words);
      const signed = comparableDate(meta.data.signing?.date);
      const end = comparableDate(meta.data.period.end);
      if (signed && end && signed > end) {
        report(meta.file, {
          severity: 'error',
          place: meta.locate(['signing', 'date']),
          ...words.signedAfterEnd(signed, end),
        });
      }
      const decided = comparableDate(meta.data.decision?.date);
      if (decided && signed && decided > signed) {
        report(meta.file, {
          severity: 'warning',
          place: meta.locate(['decision', 'date']),
          ...words.decidedAfterSigned(decided, signed),
        });
      }
    }
    for (const { meta } of content.promises) checkPeriod(meta, meta.data.period, ['period'], report, words);
  },
  examples: {
    ok: [
      {
        name: 'tills vidare',
        overrides: { [EDITION]: replaceOnce('  end: 2029-12-31', '  openEnded: true\n  review: revideras vart fjärde år') },
      },
    ],
    notOk: [
      {
        name: 'perioden slutar innan den börjar',
        overrides: { [PROMISE]: replaceOnce('end: 2027-12-31', 'end: 2025-12-31') },
        expected: [error(PROMISE, 11, 8, 'Perioden slutar (2025-12-31) innan den börjar (2026-01-01).')],
      },
      {
        name: 'perioden saknar slut',
        overrides: { [EDITION]: replaceOnce('  end: 2029-12-31\n', '') },
        expected: [
          error(
            EDITION,
            5,
            1,
            'Perioden har inget slutdatum.',
            'Skriv "end: ÅÅÅÅ-MM-DD" (sista dagen), eller "openEnded: true" om den gäller tills vidare.',
          ),
        ],
      },
      {
        name: 'både slutdatum och tills vidare',
        overrides: { [EDITION]: replaceOnce('  end: 2029-12-31\n', '  end: 2029-12-31\n  openEnded: true\n') },
        expected: [error(EDITION, 8, 3, 'Perioden har både ett slutdatum och openEnded: true.')],
      },
      {
        name: 'underskrift efter periodens slut',
        overrides: { [EDITION]: replaceOnce('date: 2026-02-16', 'date: 2030-01-15') },
        expected: [error(EDITION, 17, 9, 'Överenskommelsen skrivs under (2030-01-15) efter att perioden har slutat (2029-12-31).')],
      },
      {
        name: 'beslut efter underskrift är en varning',
        overrides: {
          [EDITION]: replaceOnce('signatories:', 'decision:\n  body: Kommunfullmäktige\n  date: 2026-03-02\n  paragraph: § 12\nsignatories:'),
        },
        expected: [warning(EDITION, 20, 9, 'Beslutet (2026-03-02) är daterat efter underskriften (2026-02-16).')],
      },
    ],
  },
};
export default rule;
