import { isRealDate, MONTHS_SV } from '../model/dates.ts';
import { ruleWords, type Rule } from './rule.ts';
import { textSpans } from './text-spans.ts';
import { EDITION, error, PROMISE, replaceOnce, TEXT, warning } from './examples.ts';

// Year first, with or without leading zeros: 2023-06-31, 2023-6-31.
const ISO_DATE = /(?<![\d-])(\d{4})-(\d{1,2})-(\d{1,2})(?![\d-])/g;
// Any whitespace between the parts: a no-break space, or a line break inside a paragraph.
const SWEDISH_DATE = new RegExp(`(?<!\\d)(\\d{1,2})(?::[ae])?\\s+(${MONTHS_SV.join('|')})(?:\\s+(\\d{4}))?`, 'gi');
// Day first: 31/6 2023, 31/6, 31.06.2023. Only day 1–31 and month 1–12 read as a date, so "50/50" is not one.
const DAY_MONTH = /(?<![\d/.])(\d{1,2})\/(\d{1,2})(?:\s+(\d{4}))?(?![\d/])|(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\.?\d)/g;

/**
 * Dates in the text and in the YAML data are in the calendar: no 2025-02-30, no "31 juni"
 * (also with a no-break space or a line break inside), no 2023-6-31, 31/6 2023 or 31.06.2023
 * (a date without a year may be 29 februari). Fires at the date, inside the text. An
 * error; in the wording of a signed edition's record the record policy makes it a warning.
 */
const rule: Rule = {
  id: 'valid-dates',
  description: 'Datum finns i kalendern: inte 2025-02-30, "31 juni", 2023-6-31, 31/6 2023 eller 31.06.2023.',
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
      for (const match of span.value.matchAll(DAY_MONTH)) {
        const [day, month, year] = match[1] ? [match[1], match[2], match[3]] : [match[4], match[5], match[6]];
        if (Number(day) < 1 || Number(day) > 31 || Number(month) < 1 || Number(month) > 12) continue;
        found.push({ index: match.index, text: match[0], year: year ? Number(year) : 2024, month: Number(month), day: Number(day) });
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
      {
        name: 'bråk och kvoter som inte är datum: 50/50, 24/7, 3.5.2',
        overrides: { [TEXT]: replaceOnce('2029-12-31.', '2029-12-31. Kostnaden delas 50/50, jouren är öppen 24/7, version 3.5.2.') },
      },
    ],
    notOk: [
      {
        name: 'ett datum som inte finns, i texten',
        overrides: { [TEXT]: replaceOnce('2029-12-31.', '2029-12-31. Uppföljning sker den 31 juni varje år.') },
        expected: [error(TEXT, 19, 95, 'Datumet "31 juni" finns inte i kalendern.', 'Rätta datumet (skriv ÅÅÅÅ-MM-DD, t.ex. 2026-06-30).')],
      },
      {
        name: 'ett datum som inte finns, med hårt mellanslag',
        overrides: { [TEXT]: replaceOnce('2029-12-31.', '2029-12-31. Uppföljning sker den 31\u00a0juni varje år.') },
        expected: [error(TEXT, 19, 95, 'Datumet "31\u00a0juni" finns inte i kalendern.')],
      },
      {
        name: 'ett datum som inte finns, med radbrytning mitt i',
        overrides: { [TEXT]: replaceOnce('2029-12-31.', '2029-12-31. Uppföljning sker den 31\njuni varje år.') },
        expected: [error(TEXT, 19, 95, 'Datumet "31\njuni" finns inte i kalendern.')],
      },
      {
        name: 'ett datum som inte finns, med siffror: 2023-6-31, 31/6 2023 och 31.06.2023',
        overrides: { [TEXT]: replaceOnce('2029-12-31.', '2029-12-31. Möten 2023-6-31, 31/6 2023 och 31.06.2023.') },
        expected: [
          error(TEXT, 19, 80, 'Datumet "2023-6-31" finns inte i kalendern.'),
          error(TEXT, 19, 91, 'Datumet "31/6 2023" finns inte i kalendern.'),
          error(TEXT, 19, 105, 'Datumet "31.06.2023" finns inte i kalendern.'),
        ],
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
