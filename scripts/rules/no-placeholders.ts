import type { Severity } from '../report/problem.ts';
import { RECORD_NOTE, type Rule } from './rule.ts';
import { textSpans, type TextSpan } from './text-spans.ts';

/** "2021-XX-XX", "XX juni", a lone "XX", and the markers TODO / ATT GÖRA / FIXME. */
const PLACEHOLDER = /\b\d{4}-(?:\d{2}|XX)-XX\b|\b\d{4}-XX-\d{2}\b|\bXX+\b|\bTODO\b|\bATT GÖRA\b|\bFIXME\b/g;

/** Drafts may hold placeholders; the signed record is reported but not failed. */
function severityFor(span: TextSpan): { severity: Severity; note: string } {
  const status = span.edition?.meta.data.status ?? (span.promise?.meta.data.status === 'draft' ? 'draft' : 'final');
  if (status === 'draft') return { severity: 'warning', note: ' Det går bra i ett utkast, men måste vara klart innan utgåvan blir final.' };
  if (status === 'signed') return { severity: 'warning', note: RECORD_NOTE };
  return { severity: 'error', note: ' Utgåvan är inte längre ett utkast (status), så texten måste vara klar.' };
}

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
};
export default rule;
