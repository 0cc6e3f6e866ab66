import type { DataPath, Period, YamlSource } from '../model/model.ts';
import { comparableDate } from '../model/dates.ts';
import type { Rule, RuleReport } from './rule.ts';

function checkPeriod(source: YamlSource<unknown>, period: Period | undefined, at: DataPath, report: RuleReport): void {
  if (!period) return;
  if (period.end === undefined && !period.openEnded) {
    report(source.file, {
      severity: 'error',
      place: source.locate(at, true),
      reason: 'Perioden har inget slutdatum.',
      fix: 'Skriv "end: ÅÅÅÅ-MM-DD" (sista dagen), eller "openEnded: true" om den gäller tills vidare.',
    });
  }
  if (period.end !== undefined && period.openEnded) {
    report(source.file, {
      severity: 'error',
      place: source.locate([...at, 'openEnded'], true),
      reason: 'Perioden har både ett slutdatum och openEnded: true.',
      fix: 'Ta bort det ena: end för en bestämd period, openEnded för tills vidare.',
    });
  }
  const start = comparableDate(period.start);
  const end = comparableDate(period.end);
  if (start && end && end < start) {
    report(source.file, {
      severity: 'error',
      place: source.locate([...at, 'end']),
      reason: `Perioden slutar (${end}) innan den börjar (${start}).`,
      fix: 'Kontrollera start och end: start är första dagen, end sista dagen.',
    });
  }
}

const rule: Rule = {
  id: 'date-order',
  description: 'Perioder börjar före sitt slut, och beslut och underskrift ligger i rätt ordning.',
  check(content, report) {
    for (const { meta } of content.editions) {
      checkPeriod(meta, meta.data.period, ['period'], report);
      const signed = comparableDate(meta.data.signing?.date);
      const end = comparableDate(meta.data.period.end);
      if (signed && end && signed > end) {
        report(meta.file, {
          severity: 'error',
          place: meta.locate(['signing', 'date']),
          reason: `Överenskommelsen skrivs under (${signed}) efter att perioden har slutat (${end}).`,
          fix: 'Kontrollera datumet för underskriften och perioden.',
        });
      }
      const decided = comparableDate(meta.data.decision?.date);
      if (decided && signed && decided > signed) {
        report(meta.file, {
          severity: 'warning',
          place: meta.locate(['decision', 'date']),
          reason: `Beslutet (${decided}) är daterat efter underskriften (${signed}).`,
          fix: 'Kontrollera datumen: vanligtvis beslutas överenskommelsen innan den skrivs under.',
        });
      }
    }
    for (const { meta } of content.promises) checkPeriod(meta, meta.data.period, ['period'], report);
  },
};
export default rule;
