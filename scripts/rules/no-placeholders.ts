import type { Severity } from '../report/problem.ts';
import { RECORD_NOTE, type Rule } from './rule.ts';
import { textSpans, type TextSpan } from './text-spans.ts';
import { EDITION, error, PROMISE, replaceOnce, TEXT, warning } from './examples.ts';

/** "2021-XX-XX", "XX juni", a lone "XX", and the markers TODO / ATT GÖRA / FIXME. */
const PLACEHOLDER = /\b\d{4}-(?:\d{2}|XX)-XX\b|\b\d{4}-XX-\d{2}\b|\bXX+\b|\bTODO\b|\bATT GÖRA\b|\bFIXME\b/g;

/** Drafts may hold placeholders; the signed record is reported but not failed. */
function severityFor(span: TextSpan): { severity: Severity; note: string } {
  const status = span.edition?.meta.data.status ?? (span.promise?.meta.data.status === 'draft' ? 'draft' : 'final');
  if (status === 'draft') return { severity: 'warning', note: ' Det går bra i ett utkast, men måste vara klart innan utgåvan blir final.' };
  if (status === 'signed') return { severity: 'warning', note: RECORD_NOTE };
  return { severity: 'error', note: ' Utgåvan är inte längre ett utkast (status), så texten måste vara klar.' };
}

/**
 * Placeholders (an XX date such as 2026-XX-XX, a lone XX, TODO, ATT GÖRA, FIXME) stand only in
 * drafts. Fires at the placeholder, inside the text: a warning in a draft edition or a draft
 * promise, an error otherwise; in the wording of a signed edition's record the record policy
 * makes it a warning.
 */
const rule: Rule = {
  id: 'no-placeholders',
  description: 'Platshållare (XX-datum, TODO, ATT GÖRA) finns bara i utkast.',
  check(content, report) {
    for (const span of textSpans(content)) {
      for (const match of span.value.matchAll(PLACEHOLDER)) {
        const { severity, note } = severityFor(span);
        report(span.file, {
          severity,
          place: span.at(match.index),
          reason: `Platshållaren "${match[0]}" står kvar.`,
          fix: `Ersätt den med det riktiga innehållet.${note}`,
        });
      }
    }
  },
  examples: {
    ok: [
      {
        name: 'ord som innehåller XX eller TODO som del av ett ord',
        overrides: { [TEXT]: replaceOnce('2029-12-31.', '2029-12-31. Se TODOlistan och XXL-ytan.') },
      },
    ],
    notOk: [
      {
        name: 'TODO i en färdig utgåva är ett fel',
        overrides: { [TEXT]: replaceOnce('## Tidplan\n', '## Tidplan\n\nTODO: skriv om uppföljningen.\n') },
        expected: [error(TEXT, 19, 1, 'Platshållaren "TODO" står kvar.')],
      },
      {
        name: 'XX-datum för underskriften i en färdig utgåva',
        overrides: { [EDITION]: replaceOnce('date: 2026-02-16', 'date: 2026-XX-XX') },
        expected: [error(EDITION, 17, 9, 'Platshållaren "2026-XX-XX" står kvar.')],
      },
      {
        name: 'i ett utkast är det en varning',
        overrides: {
          [EDITION]: replaceOnce('status: final', 'status: draft'),
          [TEXT]: replaceOnce('Degerfors ska vara', 'ATT GÖRA: Degerfors ska vara'),
        },
        expected: [
          warning(
            TEXT,
            1,
            1,
            'Platshållaren "ATT GÖRA" står kvar.',
            'Ersätt den med det riktiga innehållet. Det går bra i ett utkast, men måste vara klart innan utgåvan blir final.',
          ),
        ],
      },
      {
        name: 'i en undertecknad utgåva är det en varning (2026-XX-XX)',
        overrides: { [EDITION]: (valid) => valid.replace('status: final', 'status: signed').replace('date: 2026-02-16', 'date: 2026-XX-XX') },
        expected: [
          warning(
            EDITION,
            17,
            9,
            'Platshållaren "2026-XX-XX" står kvar.',
            'Ersätt den med det riktiga innehållet. Utgåvan är undertecknad och återges som den skrevs under: rätta det i nästa utgåva.',
          ),
        ],
      },
      {
        name: 'TODO i ett gällande medborgarlöfte är ett fel',
        overrides: { [PROMISE]: replaceOnce('Många invånare', 'TODO: lägesbild. Många invånare') },
        expected: [error(PROMISE, 27, 1)],
      },
      {
        name: 'XX i ett föreslaget medborgarlöfte är en varning',
        overrides: { [PROMISE]: (valid) => valid.replace('status: active', 'status: draft').replace('per: termin', 'per: XX') },
        expected: [warning(PROMISE, 21, 12)],
      },
    ],
  },
};
export default rule;
