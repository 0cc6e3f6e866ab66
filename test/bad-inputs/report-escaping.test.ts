// Content reaches every output channel (file names, YAML keys): in the text report it cannot
// forge a line or send the terminal an escape sequence, and the JSON and the GitHub
// annotations escape what their formats require.
import { describe, expect, it } from 'vitest';
import { EDITION, makeFixture, PROMISE, replaceOnce, validText } from '../helpers/check-fixture.ts';
import { runCommand } from '../helpers/commands.ts';

const FORGED_NAME = 'promises/x\n  agreement/2026-2029/text.md:1:1  fel    Allt är fel  [forged]\u001b[2J\u009b31m.md';
const ESCAPE_KEY = edition('municipality: Degerfors', 'municipality: Degerfors\n"nyckel\\e]0;titel\\a\\e[31m": 1');

function edition(search: string, replacement: string) {
  return { [EDITION]: replaceOnce(search, replacement) };
}

const workspace = () => makeFixture({ [FORGED_NAME]: validText(PROMISE).replace('id: degerfors-trygghetsvandringar', 'id: x'), ...ESCAPE_KEY });

describe('escaping in every output channel', () => {
  it('text: no control character reaches the terminal, and each problem stays on its own lines', async () => {
    const { stdout, code } = await runCommand('check', ['--format', 'text'], workspace());
    expect(code).toBe(1);
    expect(stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    // The forged line would start a line of its own, as the real problem lines do.
    expect(stdout).toContain('[forged]');
    expect(stdout.split('\n').filter((line) => line.startsWith('  agreement/2026-2029/text.md:1:1  fel    Allt är fel'))).toEqual([]);
    expect(stdout).toContain('\\u001b');
  });

  it('JSON: parses back to the exact names and messages, with no raw control character', async () => {
    const { stdout } = await runCommand('check', ['--format', 'json'], workspace());
    expect(stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/);
    const report = JSON.parse(stdout) as { problems: { file: string; message: string }[] };
    expect(report.problems.map((problem) => problem.file)).toContain(FORGED_NAME);
    expect(report.problems.some((problem) => problem.message.includes('\u001b]0;titel'))).toBe(true);
  });

  it('GitHub annotations: one line each, properties and data escaped', async () => {
    const { stdout } = await runCommand('check', ['--format', 'github'], workspace());
    const lines = stdout.trimEnd().split('\n');
    expect(lines.every((line) => /^::(error|warning) file=[^,]*,line=\d+,col=\d+,title=[^:]*::/.test(line))).toBe(true);
    expect(stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(stdout).toContain('promises/x%0A  agreement/2026-2029/text.md%3A1%3A1');
  });
});
