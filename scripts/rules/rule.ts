// A content rule: one module, one id, one job. Rules only report; the reporter formats and
// the command decides the exit code.
import type { VFile } from 'vfile';
import { wordsFor } from '../language/index.ts';
import type { CitizenPromise, Content, Edition } from '../model/model.ts';
import type { Problem } from '../report/problem.ts';
import type { Examples } from './examples.ts';

/** The edition or the promise a piece of text belongs to; neither for the glossary. */
export interface Owner {
  edition?: Edition;
  promise?: CitizenPromise;
}

export interface RuleProblem extends Omit<Problem, 'ruleId'> {
  /**
   * Whose wording the finding is about, when it is a mistake in the words (not in the
   * structure). The rule reports its plain severity; the record policy in
   * validate/check-content.ts grades findings in a signed record.
   */
  wording?: Owner;
}

export type RuleReport = (file: VFile, problem: RuleProblem) => void;

export interface Rule {
  /** Also the module's file name, and what messages show. */
  id: string;
  /** One line: what the rule checks. */
  description: string;
  check(content: Content, report: RuleReport): void;
  /** Changes to the valid fixture and what the rule reports after each: its documentation and its test. */
  examples: Examples;
}

/** What the rules say, in the content's language. */
export function ruleWords(content: Content) {
  return wordsFor(content.site.language).rules;
}

/**
 * Paths (with "/") of the files that exist but could not be loaded. Their problems are already
 * reported; a rule should not also call what they define "missing". The loader leaves out every
 * file it reports an error on, and the rules' own findings are reported only after every rule
 * has run (validate/check-content.ts): so while a rule runs, a file with an error is one the
 * loader left out. Except an edition.yaml that fails its schema: it is among these paths, and its
 * edition, salvaged (validate/salvage.ts), is among the editions the rules see.
 */
export function unreadPaths(content: Content): string[] {
  return content.files
    .filter((file) => file.messages.some((message) => message.fatal === true))
    .map((file) => file.path.split('\\').join('/'));
}
