// Every bad input ends in a clear message at file and line with exit 1 (a few that are only
// normalised, with a warning and exit 0), no stack trace, within 10 s; and a build of it leaves
// the output folder exactly as it was. Commands run in-process (test/helpers/commands.ts).
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeDiskFixture, makeFixture } from '../helpers/check-fixture.ts';
import { runCommand } from '../helpers/commands.ts';
import { diskTestWorkspace } from '../helpers/workspace.ts';
import { BAD_INPUTS, type BadInput } from './cases.ts';

const SECRET = '---\nid: hemligt\ntitle: HEMLIG UPPGIFT\ntext: HEMLIG UPPGIFT\nparties: [Polisen]\n---\n\nHEMLIG UPPGIFT\n';

function workspaceFor(input: BadInput) {
  if (!input.disk) return makeFixture(input.overrides);
  const root = makeDiskFixture();
  const outside = mkdtempSync(join(tmpdir(), 'bad-input-outside-'));
  writeFileSync(join(outside, 'hemligt.md'), SECRET);
  writeFileSync(join(outside, 'locks.json'), '{"editions": {}}\n');
  input.disk(root, outside);
  return diskTestWorkspace(root);
}

/** Every file under `dir` with its SHA-256: what "exactly as it was" compares. */
function snapshot(dir: string): Record<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return Object.fromEntries(
    files.map((entry) => {
      const path = join(entry.parentPath, entry.name);
      return [path, createHash('sha256').update(readFileSync(path)).digest('hex')];
    }),
  );
}

function preparedDist(): string {
  const dist = join(mkdtempSync(join(tmpdir(), 'bad-input-dist-')), 'dist');
  mkdirSync(join(dist, '2021-2025'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Förra bygget</title>\n');
  writeFileSync(join(dist, '2021-2025', 'index.html'), '<!doctype html><title>Förra utgåvan</title>\n');
  return dist;
}

const NO_CRASH = /\n\s+at |Oväntat fel|Maximum call stack/;

describe('the bad-input corpus', () => {
  // The first run of each command loads and transforms the whole pipeline: not what is timed.
  beforeAll(async () => {
    await runCommand('check', [], makeFixture());
    await runCommand('build', ['--out', preparedDist()], makeFixture({ 'agreement/2026-2029/text.md': '' }));
  }, 120_000);

  it('has at least 80 cases, each with its own name', () => {
    expect(BAD_INPUTS.length).toBeGreaterThanOrEqual(80);
    expect(new Set(BAD_INPUTS.map((input) => input.name)).size).toBe(BAD_INPUTS.length);
  });

  it.each(BAD_INPUTS.map((input, index) => [input.name, input, index] as const))('%s', async (_name, input, index) => {
    const started = Date.now();
    const result = await runCommand('check', ['--format', 'json'], workspaceFor(input));
    expect(result.stderr).not.toMatch(NO_CRASH);
    expect(result.code).toBe(input.warningOnly ? 0 : 1);
    const report = JSON.parse(result.stdout) as { problems: { ruleId: string; file: string; line: number; severity: string }[] };
    const where = report.problems.map(({ ruleId, file, line, severity }) => ({ ruleId, file, line, severity }));
    expect(where, JSON.stringify(where)).toContainEqual({ ...input.expected, severity: input.warningOnly ? 'warning' : 'error' });
    // Nothing from behind a link reaches a message either.
    expect(result.stdout).not.toContain('HEMLIG');
    expect(Date.now() - started).toBeLessThan(10_000);

    // A build of every eighth case (and every case on disk) into a dist/ made beforehand.
    if (input.warningOnly || (index % 8 !== 0 && !input.disk)) return;
    const dist = preparedDist();
    const before = snapshot(dist);
    const building = Date.now();
    const build = await runCommand('build', ['--out', dist], workspaceFor(input));
    expect(build.stderr).not.toMatch(NO_CRASH);
    expect(build.code).toBe(1);
    expect(snapshot(dist)).toEqual(before);
    expect(readdirSync(join(dist, '..'))).toEqual(['dist']);
    expect(Date.now() - building).toBeLessThan(10_000);
  });
});
