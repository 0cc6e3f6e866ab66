// A minimal valid content tree (one edition, one focus area, one promise, a glossary) held in
// memory, with single files overridden by a test, checked the way `npm run check` checks the
// repository: no temporary folder, no subprocess.
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Content } from '../../scripts/model/model.ts';
import { collectProblems, type ReportedProblem } from '../../scripts/report/reporter.ts';
import { checkContent } from '../../scripts/validate/check-content.ts';
import type { Workspace } from '../../scripts/workspace/workspace.ts';
import { makeTempDir } from './build-fixture.ts';
import { FIXTURES_DIR, fixtureWorkspace, type Override } from './workspace.ts';

export { REPOSITORY_ROOT, type Override } from './workspace.ts';
export const VALID_FIXTURE = join(FIXTURES_DIR, 'check/valid');

// The valid fixture's paths, and the one-occurrence edit, are the rules' examples' own.
export { AREA, EDITION, GLOSSARY, PROMISE, replaceOnce, TEXT } from '../../scripts/rules/examples.ts';

/** The valid fixture's text of a file. */
export function validText(path: string): string {
  return readFileSync(join(VALID_FIXTURE, path), 'utf8');
}

/** A copy of the valid fixture on disk, for what memory cannot stand for (links to elsewhere); removed after the test file. */
export function makeDiskFixture(): string {
  const root = join(makeTempDir('check-fixture-'), 'content');
  cpSync(VALID_FIXTURE, root, { recursive: true });
  return root;
}

/** The valid fixture in memory with `overrides` applied. */
export function makeFixture(overrides: Record<string, Override> = {}) {
  return fixtureWorkspace('check/valid', overrides);
}

export interface CheckResult {
  content: Content;
  problems: ReportedProblem[];
  errors: ReportedProblem[];
  warnings: ReportedProblem[];
}

export async function checkRoot(workspace: Workspace): Promise<CheckResult> {
  const content = await checkContent(workspace);
  const problems = collectProblems(content.files);
  return {
    content,
    problems,
    errors: problems.filter((problem) => problem.severity === 'error'),
    warnings: problems.filter((problem) => problem.severity === 'warning'),
  };
}

/** Checks the valid fixture with `overrides` applied. */
export async function checkFixture(overrides: Record<string, Override> = {}): Promise<CheckResult> {
  return checkRoot(makeFixture(overrides));
}

/** The fields a rule test pins down exactly. */
export function where(problem: ReportedProblem) {
  return { file: problem.file, ruleId: problem.ruleId, line: problem.line, column: problem.column, severity: problem.severity };
}
