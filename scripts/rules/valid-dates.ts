import { isRealDate, MONTHS_SV } from '../model/dates.ts';
import { inRecord, RECORD_NOTE, type Rule } from './rule.ts';
import { textSpans } from './text-spans.ts';

const ISO_DATE = /(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])/g;
const SWEDISH_DATE = new RegExp(`(?<!\\d)(\\d{1,2})(?::[ae])? (${MONTHS_SV.join('|')})(?: (\\d{4}))?`, 'gi');

const rule: Rule = {
  id: 'valid-dates',
  description: 'Datum finns i kalendern: inte 2025-02-30 eller "31 juni".',
  check(content, report) {
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
        const status = span.edition?.meta.data.status;
        report(span.file, {
          severity: status ? inRecord(status, 'error') : 'error',
          place: span.at(date.index),
          reason: `Datumet "${date.text}" finns inte i kalendern.`,
          fix: `Rätta datumet (skriv ÅÅÅÅ-MM-DD, t.ex. 2026-06-30).${status === 'signed' ? RECORD_NOTE : ''}`,
        });
      }
    }
  },
};
export default rule;
