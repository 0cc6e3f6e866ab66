// A rule's examples, in the manner of remark-lint's: each is a small change to the valid
// fixture (test/fixtures/check/valid, which has no problems at all) together with every problem
// the rule then reports. They document the rule next to its code, and they are its test:
// test/check/rule-examples.test.ts checks them all in memory.
import type { Severity } from '../report/problem.ts';

/** The valid fixture's files, by path from the content root. */
export const EDITION = 'agreement/2026-2029/edition.yaml';
export const TEXT = 'agreement/2026-2029/text.md';
export const AREA = 'agreement/2026-2029/fokusomraden/trygg-offentlig-miljo.md';
export const PROMISE = 'promises/degerfors-trygghetsvandringar.md';
export const GLOSSARY = 'agreement/ordlista.yaml';

/** A second focus area, not in the fixture: the file that examples add. */
export const AREA_FAMILJESTOD = 'agreement/2026-2029/fokusomraden/familjestod.md';
export const FAMILJESTOD = `---
id: familjestod
title: Familjestöd
---

Föräldrar får stöd i att skapa goda relationer inom familjen.
`;

/**
 * A file's new text: the text itself, a change of the fixture's text, a copy of another
 * fixture file (changed or not), or null to remove the file (or folder).
 */
export type ExampleOverride = string | null | ((valid: string) => string) | { copyOf: string; change?: (valid: string) => string };

export interface ExpectedProblem {
  file: string;
  line: number;
  column: number;
  severity: Severity;
  /** The problem's reason, exactly. */
  message?: string;
  /** The problem's fix, exactly. */
  fix?: string;
}

export interface Example {
  name: string;
  overrides: Record<string, ExampleOverride>;
  /**
   * Editions locked (as `npm run lock` locks them) after the overrides, with some of their
   * files (by path from the edition's folder) as they read when they were locked.
   */
  locked?: Record<string, Record<string, string>>;
}

export interface NotOkExample extends Example {
  /** Every problem of the rule, in the order it reports them. */
  expected: ExpectedProblem[];
}

export interface Examples {
  /** Changes after which the rule reports nothing. */
  ok: Example[];
  notOk: NotOkExample[];
}

/** Replaces exactly one occurrence of `search`, so that an example cannot silently miss its mark. */
export function replaceOnce(search: string, replacement: string): (valid: string) => string {
  return (valid) => {
    const at = valid.indexOf(search);
    if (at < 0 || valid.indexOf(search, at + 1) >= 0) throw new Error(`"${search}" står inte exakt en gång i fixturen`);
    return valid.slice(0, at) + replacement + valid.slice(at + search.length);
  };
}

export function error(file: string, line: number, column: number, message?: string, fix?: string): ExpectedProblem {
  return { file, line, column, severity: 'error', message, fix };
}

export function warning(file: string, line: number, column: number, message?: string, fix?: string): ExpectedProblem {
  return { file, line, column, severity: 'warning', message, fix };
}
