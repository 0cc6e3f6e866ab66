// `npm run check` as the coordinator and CI run it, in-process: content in memory, or on disk
// where the case is about the disk.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Workspace } from '../../scripts/workspace/workspace.ts';
import { runCommand } from '../helpers/commands.ts';
import { EDITION, makeFixture, PROMISE, REPOSITORY_ROOT, replaceOnce, TEXT } from '../helpers/check-fixture.ts';
import { makeTempDir } from '../helpers/build-fixture.ts';

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

async function runCheck(args: string[], root: string | Workspace): Promise<Run> {
  const { code, stdout, stderr } = await runCommand('check', args, root);
  return { status: code, stdout, stderr };
}

/** No "    at file:line" lines: a coordinator never sees a stack trace. */
function expectNoStackTrace(run: Run): void {
  expect(run.stdout).not.toMatch(/^\s{4}at /m);
  expect(run.stderr).not.toMatch(/^\s{4}at /m);
}

const broken = () =>
  makeFixture({
    [EDITION]: replaceOnce('status: final', 'status: utkast'),
    [TEXT]: replaceOnce('trygg kommun', 'trygg kommun som Karlskoga'),
    [PROMISE]: replaceOnce('end: 2027-12-31', 'end: 2025-12-31'),
  });

describe('npm run check', () => {
  it('exits 0 on valid content', async () => {
    const run = await runCheck([], makeFixture());
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('0 fel, 0 varningar\n');
    expectNoStackTrace(run);
  });

  it('exits 0 with warnings only', async () => {
    const run = await runCheck([], makeFixture({ [TEXT]: replaceOnce('trygg kommun', 'trygg kommun som Karlskoga') }));
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(
      'agreement/2026-2029/text.md:1:40  varning  Texten nämner Karlskoga, en annan kommun än Degerfors.  [no-other-municipality]',
    );
    expect(run.stdout).toMatch(/0 fel, 1 varning\n$/);
  });

  it('exits 1 on content errors, with every problem in one run: file, line, column, rule, what, how', async () => {
    const run = await runCheck([], broken());
    expect(run.status).toBe(1);
    expectNoStackTrace(run);
    const lines = run.stdout.split('\n');
    const at = (location: string) => lines.findIndex((line) => line.includes(location));
    expect(lines[at('agreement/2026-2029/edition.yaml:3:9')]).toBe(
      '  agreement/2026-2029/edition.yaml:3:9  fel      status: "utkast" är inte ett tillåtet värde.  [schema]',
    );
    expect(lines[at('agreement/2026-2029/edition.yaml:3:9') + 1]).toMatch(/^ {6}→ Använd ett av: "draft", "final", "decided", "signed"\./);
    expect(lines[at('promises/degerfors-trygghetsvandringar.md:11:8')]).toMatch(/fel {6}Perioden slutar \(2025-12-31\) innan den börjar \(2026-01-01\)\. {2}\[date-order\]$/);
    // The text's warning too, though edition.yaml does not fit its schema.
    expect(lines[at('agreement/2026-2029/text.md:1:40')]).toMatch(/varning  Texten nämner Karlskoga/);
    expect(run.stdout).toMatch(/2 fel, 1 varning\n$/);
  });

  it('--format json gives every problem with its fields', async () => {
    const run = await runCheck(['--format', 'json'], broken());
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout) as { errors: number; warnings: number; problems: Array<Record<string, unknown>> };
    expect(report.errors).toBe(2);
    expect(report.warnings).toBe(1);
    expect(report.problems).toEqual([
      {
        file: 'agreement/2026-2029/edition.yaml',
        line: 3,
        column: 9,
        endLine: 3,
        endColumn: 15,
        severity: 'error',
        ruleId: 'schema',
        message: 'status: "utkast" är inte ett tillåtet värde.',
        fix: expect.stringMatching(/^Använd ett av: "draft"/) as unknown,
      },
      expect.objectContaining({ file: TEXT, line: 1, column: 40, severity: 'warning', ruleId: 'no-other-municipality' }) as unknown,
      expect.objectContaining({ file: PROMISE, line: 11, column: 8, severity: 'error', ruleId: 'date-order' }) as unknown,
    ]);
  });

  it('--format github gives workflow annotations', async () => {
    const run = await runCheck(['--format', 'github'], broken());
    expect(run.status).toBe(1);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^::error file=agreement\/2026-2029\/edition\.yaml,line=3,col=9,title=schema::status: "utkast" är inte ett tillåtet värde\. Använd ett av: /);
    expect(lines[1]).toMatch(/^::warning file=agreement\/2026-2029\/text\.md,line=1,col=40,title=no-other-municipality::/);
    expect(lines[2]).toMatch(/^::error file=promises\/degerfors-trygghetsvandringar\.md,line=11,col=8,title=date-order::Perioden slutar/);
  });

  it('in GitHub Actions, annotations and the readable text without --format', async () => {
    const run = await runCheck([], { ...broken(), ci: 'github' });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^::error file=agreement\/2026-2029\/edition\.yaml,line=3,col=9,title=schema::/);
    expect(run.stdout).toContain('  agreement/2026-2029/edition.yaml:3:9  fel      ');
  });

  it('exits 2 on an unknown option, with the usage and no stack trace', async () => {
    const run = await runCheck(['--formt', 'json'], makeFixture());
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('Okänt alternativ --formt.');
    expect(run.stderr).toContain('Användning: npm run check');
    expectNoStackTrace(run);
  });

  it('exits 2 on an unknown format and on a stray argument', async () => {
    const format = await runCheck(['--format', 'xml'], makeFixture());
    expect(format.status).toBe(2);
    expect(format.stderr).toMatch(/^Okänt format "xml"\./);
    const stray = await runCheck(['agreement'], makeFixture());
    expect(stray.status).toBe(2);
    expect(stray.stderr).toMatch(/^Okänt argument: agreement/);
    expectNoStackTrace(format);
    expectNoStackTrace(stray);
  });

  it('exits 2 when there is no content at the root', async () => {
    const nowhere = join(makeTempDir(), 'ingen-sådan-mapp');
    mkdirSync(nowhere);
    const run = await runCheck([], nowhere);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/Hittar inget innehåll i .*ingen-sådan-mapp/);
    expectNoStackTrace(run);
  });

  it('--help exits 0', async () => {
    const run = await runCheck(['--help'], makeFixture());
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('--format text|json|github');
  });

  it('never crashes on unreadable content: a folder named like a file', async () => {
    const run = await runCheck([], makeFixture({ 'promises/anteckningar.md/utkast.txt': 'Anteckningar' }));
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('promises/anteckningar.md:1:1  fel      Det här är en mapp, inte en fil.  [unreadable]');
    expectNoStackTrace(run);
  });

  it.runIf(existsSync(join(REPOSITORY_ROOT, 'agreement/2021-2025')))("on the repository's own content: exit 0, the signed edition's known mistakes acknowledged in sic.yaml", async () => {
    const run = await runCheck(['--format', 'json'], REPOSITORY_ROOT);
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as { errors: number; problems: Array<{ file: string; ruleId: string; line: number; column: number }> };
    expect(report.errors).toBe(0);
    // Everything but the draft in progress (agreement/2026-2029): the signed edition (its
    // placeholder date, "Karlskoga" and repeated footnote are in agreement/sic.yaml), the
    // glossary (Örebro is in its allowedPlaceNames), the promises, and sic.yaml itself.
    const rest = report.problems
      .filter((problem) => !problem.file.startsWith('agreement/2026-2029/'))
      .map(({ file, ruleId, line, column }) => `${file}:${line}:${column} ${ruleId}`);
    expect(rest).toEqual([]);
  });
});
