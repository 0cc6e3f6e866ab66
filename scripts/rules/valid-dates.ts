import { isRealDate, MONTHS_SV } from '../model/dates.ts';
import { ruleWords, type Rule } from './rule.ts';
import { textSpans } from './text-spans.ts';
import { EDITION, error, PROMISE, replaceOnce, TEXT, warning } from './examples.ts';

const ISO_DATE = /(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])/g;
const SWEDISH_DATE = new RegExp(`(?<!\\d)(\\d{1,2})(?::[ae])? (${MONTHS_SV.join('|')})(?: (\\d{4}))?`, 'gi');

/**
 * Dates in the text and in the YAML data are in the calendar: no 2025-02-30, no "31 juni"
 * (a Swedish date without a year may be 29 februari). Fires at the date, inside the text. An
 * error; in the wording of a signed edition's record the record policy makes it a warning.
 */
const rule: Rule = {
  id: 'valid-dates',
  description: 'Datum finns i kalendern: inte 2025-02-30 eller "31 juni".',
  check(content, report) {
    const words = ruleWords(content)['valid-dates'];
    for (const span of textSpans(content)) {
      const found: Array<{ index: number; text: string; year: number; month: number; day: number }> = [];
      for (const match of span.value.matchAll(ISO_DATE)) {
        found.push({ index: match.index, text: match[0], year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) });
      }
      for (const match of span.value.matchAll(SWEDISH_DATE)) {
        const month = MONTHS_SV.indexOf(match[2]!.toLowerCase() as (typeof MONTHS_SV)[number]) + 1;
        // Without a year, 29 februari is possible.
        found.push({ index: match.index, text: match[0], year: match[3] ? Number(match[3]) : 2024, month, day: Number(match[1]) });
      }
      for (const date of found) {
        if (isRealDate(date.year, date.month, date.day)) continue;
        report(span.file, {
          severity: 'error',
          place: span.at(date.index),
          wording: span.owner,
          ...words.notInCalendar(date.text),
        });
      }
    }
  },
  examples: {
    ok: [
      {
        name: 'skottdag under ett skottår',
        overrides: { [TEXT]: replaceOnce('2029-12-31.', '2029-12-31. Första uppföljningen är den 29 februari 2028.') },
      },
    ],
    notOk: [
      {
        name: 'ett datum som inte finns, i texten',
        overrides: { [TEXT]: replaceOnce('2029-12-31.', '2029-12-31. Uppföljning sker den 31 juni varje år.') },
        expected: [error(TEXT, 19, 95, 'Datumet "31 juni" finns inte i kalendern.', 'Rätta datumet (skriv ÅÅÅÅ-MM-DD, t.ex. 2026-06-30).')],
      },
      {
        name: 'ett ISO-datum som inte finns, i edition.yaml',
        overrides: { [EDITION]: replaceOnce('date: 2026-02-16', 'date: 2026-02-30') },
        expected: [error(EDITION, 17, 9, 'Datumet "2026-02-30" finns inte i kalendern.')],
      },
      {
        name: 'ett datum som inte finns inne i en YAML-text',
        overrides: { [PROMISE]: replaceOnce('frequency: varje halvår', 'frequency: "varje halvår, första gången 2026-06-31"') },
        expected: [error(PROMISE, 23, 43, 'Datumet "2026-06-31" finns inte i kalendern.')],
      },
      {
        name: 'i en undertecknad utgåva är det en varning',
        overrides: {
          [EDITION]: replaceOnce('status: final', 'status: signed'),
          [TEXT]: replaceOnce('2029-12-31.', '2029-12-31. Uppföljning sker den 31 juni varje år.'),
        },
        expected: [
          warning(
            TEXT,
            19,
            95,
            'Datumet "31 juni" finns inte i kalendern.',
            'Rätta datumet (skriv ÅÅÅÅ-MM-DD, t.ex. 2026-06-30). Utgåvan är undertecknad och återges som den skrevs under: rätta det i nästa utgåva.',
          ),
        ],
      },
    ],
  },
};
export default rule;
