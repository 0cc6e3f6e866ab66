// load → validate: the stage every command starts with.
import { wordsFor } from '../language/index.ts';
import { loadContentToCheck } from '../load/load-content.ts';
import { citedPromises } from '../model/citations.ts';
import type { Content } from '../model/model.ts';
import { type Problem, report } from '../report/problem.ts';
import { RULES } from '../rules/index.ts';
import type { Owner, Rule, RuleProblem } from '../rules/rule.ts';
import type { Workspace } from '../workspace/workspace.ts';
import { standIns } from './salvage.ts';
import { type Finding, withoutAcknowledged } from './sic.ts';

/**
 * The rules run also on the editions whose edition.yaml fails its schema (load-content.ts), so
 * that every problem comes in one run; what they find in data that was stood in for is not
 * reported. The model returned holds the sound editions only.
 */
export async function checkContent(workspace: Workspace, rules: readonly Rule[] = RULES): Promise<Content> {
  const { content, editions } = await loadContentToCheck(workspace);
  const checked: Content = { ...content, editions };
  const findings: Finding[] = [];
  for (const rule of rules) {
    rule.check(checked, (file, problem) => {
      // A file whose own data is partly made up: its findings rest on that. A rule whose finding
      // on another file rests on a made-up value skips it itself (standIns in validate/salvage.ts).
      if (standIns(file).length === 0) findings.push({ file, ruleId: rule.id, problem });
    });
  }
  const signed = ({ wording }: RuleProblem) => wording !== undefined && inSignedRecord(checked, wording);
  for (const { file, ruleId, problem } of withoutAcknowledged(checked, findings, signed)) {
    report(file, { ...graded(checked, problem), ruleId });
  }
  return content;
}

/**
 * The record policy, decided here and nowhere else: a signed edition is reproduced as it was
 * signed, so a mistake in its wording cannot be fixed in it, only in the next edition. Such a
 * finding is a warning (the build goes on), with a note saying where to fix it, unless
 * agreement/sic.yaml acknowledges it as kept on purpose (validate/sic.ts): then it is not reported.
 */
function graded(content: Content, { wording, ...problem }: RuleProblem): Omit<Problem, 'ruleId'> {
  if (!wording || !inSignedRecord(content, wording)) return problem;
  return { ...problem, severity: 'warning', fix: `${problem.fix} ${wordsFor(content.site.language).rules.signedRecord}` };
}

/** An edition's own text when it is signed; a promise's when it is cited, and only by signed editions. */
function inSignedRecord(content: Content, { edition, promise }: Owner): boolean {
  if (edition) return edition.meta.data.status === 'signed';
  if (!promise) return false;
  const citing = content.editions.filter((candidate) => citedPromises(content, candidate).includes(promise));
  return citing.length > 0 && citing.every((candidate) => candidate.meta.data.status === 'signed');
}
