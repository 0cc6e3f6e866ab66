// A lock file that cannot be used stops a command with one line saying so and how to mend it,
// never as a fault of the tool.
import { describe, expect, it } from 'vitest';
import { expectCleanRefusal, runCommand } from '../helpers/commands.ts';
import { EDITION, makeFixture, replaceOnce } from '../helpers/check-fixture.ts';

const LOCKS = 'agreement/locks.json';
const signed = { [EDITION]: replaceOnce('status: final', 'status: signed') };

describe('an unusable agreement/locks.json', () => {
  it('not UTF-8: check says so', async () => {
    const result = await runCommand('check', [], makeFixture({ ...signed, [LOCKS]: new Uint8Array([0xff, 0xfe]) }));
    expect(expectCleanRefusal(result)).toBe(`${LOCKS} är inte sparad som UTF-8. Återställ den från git (git checkout -- ${LOCKS}).\n`);
  });

  it('not JSON: lock refuses on the content, not as a fault of its own', async () => {
    const result = await runCommand('lock', ['2026-2029'], makeFixture({ ...signed, [LOCKS]: '{inte json' }));
    expect(result.code).toBe(1);
    expect(result.stderr).not.toMatch(/\n\s+at |Oväntat fel/);
    expect(result.stderr).toMatch(new RegExp(`^${LOCKS} går inte att läsa: Filen är inte giltig JSON: .*\\nÅterställ den från git`));
  });
});
