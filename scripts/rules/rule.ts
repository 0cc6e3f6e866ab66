// A content rule: one module, one id, one job. Rules only report; the reporter formats and
// the command decides the exit code.
import type { VFile } from 'vfile';
import type { Content, EditionStatus } from '../model/model.ts';
import type { Problem, Severity } from '../report/problem.ts';

export type RuleReport = (file: VFile, problem: Omit<Problem, 'ruleId'>) => void;

export interface Rule {
  /** Also the module's file name, and what messages show. */
  id: string;
  /** One line: what the rule checks. */
  description: string;
  check(content: Content, report: RuleReport): void;
}

/**
 * A signed edition is the record and is reproduced as signed: mistakes in its text are
 * reported as warnings, because they can only be fixed in a new edition.
 */
export function inRecord(status: EditionStatus, severity: Severity): Severity {
  return status === 'signed' ? 'warning' : severity;
}

export const RECORD_NOTE = ' Utgåvan är undertecknad och återges som den skrevs under: rätta det i nästa utgåva.';
