// agreement/sic.yaml: a signed edition's known mistakes, acknowledged once, as in "sic". A
// signed record is reproduced as it was signed, so its mistakes cannot be fixed; without this
// list they would be warned about on every check for as long as the record is kept.
import type { VFile } from 'vfile';
import { location } from 'vfile-location';
import { wordsFor } from '../language/index.ts';
import type { Content, Place, SicEntryData } from '../model/model.ts';
import { report } from '../report/problem.ts';
import type { RuleProblem } from '../rules/rule.ts';

/** What a rule reported, before it is graded and reported on its file. */
export interface Finding {
  file: VFile;
  ruleId: string;
  problem: RuleProblem;
}

const SIC_RULE = 'sic';

/**
 * The findings that no entry acknowledges. An entry acknowledges a finding in its file, of its
 * rule, that points at its text; only in a signed record (`inSignedRecord`), since any other
 * text can still be corrected: there, the entry is an error and the finding stays. An entry
 * that matches nothing is a warning, so that the list cannot outlive its mistakes unnoticed.
 */
export function withoutAcknowledged(content: Content, findings: readonly Finding[], inSignedRecord: (problem: RuleProblem) => boolean): Finding[] {
  const sic = content.sic;
  if (!sic) return [...findings];
  const words = wordsFor(content.site.language).rules.sic;
  const acknowledged = new Set<Finding>();
  sic.data.entries.forEach((entry, index) => {
    const matches = findings.filter((finding) => acknowledges(entry, finding));
    const refused = matches.filter((finding) => !inSignedRecord(finding.problem));
    for (const finding of matches) if (!refused.includes(finding)) acknowledged.add(finding);
    const place = sic.locate(['entries', index]);
    if (matches.length === 0) {
      report(sic.file, { ruleId: SIC_RULE, severity: 'warning', place, ...words.unused(entry.file, entry.rule, entry.text) });
    } else if (refused.length > 0) {
      report(sic.file, { ruleId: SIC_RULE, severity: 'error', place, ...words.notSigned(entry.file, entry.rule, entry.text) });
    }
  });
  return findings.filter((finding) => !acknowledged.has(finding));
}

function acknowledges(entry: SicEntryData, { file, ruleId, problem }: Finding): boolean {
  if (ruleId !== entry.rule || file.path.split('\\').join('/') !== entry.file || !problem.place) return false;
  return pointsAt(file, problem.place, entry.text);
}

/** The text as written in the source: at a point, where it starts; in a range, anywhere inside. */
function pointsAt(file: VFile, place: Place, text: string): boolean {
  const source = String(file.value);
  const where = location(source);
  const start = where.toOffset(place.start);
  if (start === undefined) return false;
  if (!place.end) return source.startsWith(text, start);
  const end = where.toOffset(place.end);
  return end !== undefined && source.slice(start, end).includes(text);
}
