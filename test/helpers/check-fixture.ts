// A minimal valid content tree (one edition, one focus area, one promise, a glossary) copied
// into a temp dir, with single files overridden by a test, checked the way `npm run check`
// checks the repository.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';
import type { Content } from '../../scripts/model/model.ts';
import { collectProblems, type ReportedProblem } from '../../scripts/report/reporter.ts';
import { checkContent } from '../../scripts/validate/check-content.ts';

export const VALID_FIXTURE = fileURLToPath(new URL('../fixtures/check/valid/', import.meta.url));
export const REPOSITORY_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export const EDITION = 'agreement/2026-2029/edition.yaml';
export const TEXT = 'agreement/2026-2029/text.md';
export const AREA = 'agreement/2026-2029/fokusomraden/trygg-offentlig-miljo.md';
export const PROMISE = 'promises/degerfors-trygghetsvandringar.md';
export const GLOSSARY = 'agreement/ordlista.yaml';

/** New content for a file: text or bytes, a function of the valid text, or null to delete it. */
export type Override = string | Uint8Array | null | ((valid: string) => string);

const made: string[] = [];
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** The valid fixture's text of a file. */
export function validText(path: string): string {
  return readFileSync(join(VALID_FIXTURE, path), 'utf8');
}

/** A copy of the valid fixture with `overrides` applied; removed after the test file. */
export function makeFixture(overrides: Record<string, Override> = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'check-fixture-'));
  made.push(root);
  cpSync(VALID_FIXTURE, root, { recursive: true });
  for (const [path, override] of Object.entries(overrides)) {
    const target = join(root, path);
    if (override === null) {
      rmSync(target, { force: true });
      continue;
    }
    mkdirSync(dirname(target), { recursive: true });
    const value = typeof override === 'function' ? override(readFileSync(target, 'utf8')) : override;
    writeFileSync(target, value);
  }
  return root;
}

/** Replaces exactly one occurrence of `search`, so that a fixture edit cannot silently miss. */
export function replaceOnce(search: string, replacement: string): (valid: string) => string {
  return (valid) => {
    const at = valid.indexOf(search);
    if (at < 0 || valid.indexOf(search, at + 1) >= 0) throw new Error(`"${search}" står inte exakt en gång i fixturen`);
    return valid.slice(0, at) + replacement + valid.slice(at + search.length);
  };
}

export interface CheckResult {
  content: Content;
  problems: ReportedProblem[];
  errors: ReportedProblem[];
  warnings: ReportedProblem[];
}

export async function checkRoot(root: string): Promise<CheckResult> {
  const content = await checkContent(root);
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
