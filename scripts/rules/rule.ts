// A content rule: one module, one id, one job. Rules only report; the reporter formats and
// the command decides the exit code.
import type { VFile } from 'vfile';
import type { Content, EditionStatus } from '../model/model.ts';
import type { Problem, Severity } from '../report/problem.ts';
import type { Examples } from './examples.ts';

export type RuleReport = (file: VFile, problem: Omit<Problem, 'ruleId'>) => void;

export interface Rule {
  /** Also the module's file name, and what messages show. */
  id: string;
  /** One line: what the rule checks. */
  description: string;
  check(content: Content, report: RuleReport): void;
  /** Changes to the valid fixture and what the rule reports after each: its documentation and its test. */
  examples: Examples;
}

/**
 * A signed edition is the record and is reproduced as signed: mistakes in its text are
 * reported as warnings, because they can only be fixed in a new edition.
 */
export function inRecord(status: EditionStatus, severity: Severity): Severity {
  return status === 'signed' ? 'warning' : severity;
}

export const RECORD_NOTE = ' Utgåvan är undertecknad och återges som den skrevs under: rätta det i nästa utgåva.';

/** The loader's checks: a file with one of these errors is left out of the model. */
const LOAD_CHECKS = new Set(['unreadable', 'encoding', 'empty-file', 'yaml-syntax', 'frontmatter', 'schema', 'edition-files']);

/**
 * Paths (with "/") of the files that exist but could not be loaded. Their problems are already
 * reported; a rule should not also call what they define "missing".
 */
export function unreadPaths(content: Content): string[] {
  return content.files
    .filter((file) => file.messages.some((message) => message.fatal === true && LOAD_CHECKS.has(message.ruleId ?? '')))
    .map((file) => file.path.split('\\').join('/'));
}
