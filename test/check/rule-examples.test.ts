// Every rule's examples (scripts/rules/<id>.ts), checked in memory: a not-ok example yields
// exactly the listed problems of its rule, an ok example none of them.
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../scripts/load/load-content.ts';
import { editionSources, hashSources, writeLock } from '../../scripts/lock/edition-lock.ts';
import type { Example, ExampleOverride, ExpectedProblem } from '../../scripts/rules/examples.ts';
import { RULES } from '../../scripts/rules/index.ts';
import type { ReportedProblem } from '../../scripts/report/reporter.ts';
import { checkFixture, checkRoot, makeFixture, type Override, validText } from '../helpers/check-fixture.ts';

function toOverride(override: ExampleOverride): Override {
  if (override === null || typeof override !== 'object') return override;
  return (override.change ?? String)(validText(override.copyOf));
}

/** Every problem after the example's changes (and locks). */
async function problemsAfter(example: Example): Promise<ReportedProblem[]> {
  const workspace = makeFixture(Object.fromEntries(Object.entries(example.overrides).map(([path, override]) => [path, toOverride(override)])));
  if (example.locked) {
    const content = await loadContent(workspace);
    for (const [id, asLocked] of Object.entries(example.locked)) {
      const hashes = hashSources(content, editionSources(content, id));
      for (const [path, text] of Object.entries(asLocked)) hashes[path] = createHash('sha256').update(text, 'utf8').digest('hex');
      await writeLock(workspace, id, hashes);
    }
  }
  return (await checkRoot(workspace)).problems;
}

/** What an expected problem pins down, taken from a reported one. */
function asExpected(problem: ReportedProblem, expected: ExpectedProblem): ExpectedProblem {
  return {
    file: problem.file,
    line: problem.line,
    column: problem.column,
    severity: problem.severity,
    message: expected.message === undefined ? undefined : problem.message,
    fix: expected.fix === undefined ? undefined : problem.fix,
  };
}

describe('the valid fixture', () => {
  it('has no problems at all', async () => {
    const { problems } = await checkFixture();
    expect(problems).toEqual([]);
  });
});

for (const rule of RULES) {
  describe(`rule ${rule.id}`, () => {
    it('has at least one ok and one not-ok example', () => {
      expect(rule.examples.ok.length).toBeGreaterThan(0);
      expect(rule.examples.notOk.length).toBeGreaterThan(0);
    });
    for (const example of rule.examples.ok) {
      it(`ok: ${example.name}`, async () => {
        const problems = await problemsAfter(example);
        expect(problems.filter((problem) => problem.ruleId === rule.id)).toEqual([]);
        // An ok example is valid content, not just content this rule lets through.
        expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
      });
    }
    for (const example of rule.examples.notOk) {
      it(`not ok: ${example.name}`, async () => {
        const problems = (await problemsAfter(example)).filter((problem) => problem.ruleId === rule.id);
        expect(problems.map((problem, index) => asExpected(problem, example.expected[index] ?? problem))).toEqual(example.expected);
        for (const problem of problems) {
          expect(problem.message.length).toBeGreaterThan(10);
          expect(problem.fix.length).toBeGreaterThan(10);
        }
      });
    }
  });
}

describe('the rule modules', () => {
  const HELPERS = ['index.ts', 'rule.ts', 'text-spans.ts', 'examples.ts'];
  const files = readdirSync(new URL('../../scripts/rules/', import.meta.url)).filter((name) => name.endsWith('.ts') && !HELPERS.includes(name));

  it('are all registered, one per file, id = file name, with a description', () => {
    expect(RULES.map((rule) => `${rule.id}.ts`).sort()).toEqual(files.sort());
    for (const rule of RULES) expect(rule.description).toMatch(/\S{3,}.*\./);
  });
});
