// agreement/sic.yaml: a signed edition's known mistakes are acknowledged once, not warned about
// on every check; an entry that no longer matches is a warning, one for a draft an error.
import { describe, expect, it } from 'vitest';
import { checkFixture, EDITION, TEXT, replaceOnce, where } from '../helpers/check-fixture.ts';

const SIC = 'agreement/sic.yaml';
const SIGNED = (valid: string) => valid.replace('status: final', 'status: signed').replace('date: 2026-02-16', 'date: 2026-XX-XX');

const entry = (file: string, rule: string, text: string) =>
  `  - file: ${file}\n    rule: ${rule}\n    text: "${text}"\n    note: Så står det i det undertecknade originalet.\n`;
const sic = (...entries: string[]) => `entries:\n${entries.join('')}`;

/** The problems of the rules sic.yaml is about; the unlocked signed edition's own warning is not. */
async function check(overrides: Parameters<typeof checkFixture>[0]) {
  const { problems } = await checkFixture(overrides);
  return problems.filter((problem) => problem.ruleId !== 'signed-edition-locked');
}

describe('sic: known mistakes in a signed edition', () => {
  it('without an entry, the signed edition’s placeholder date is a warning', async () => {
    expect((await check({ [EDITION]: SIGNED })).map(where)).toEqual([
      { file: EDITION, ruleId: 'no-placeholders', line: 17, column: 9, severity: 'warning' },
    ]);
  });

  it('an entry acknowledges it: nothing is reported', async () => {
    expect(await check({ [EDITION]: SIGNED, [SIC]: sic(entry(EDITION, 'no-placeholders', '2026-XX-XX')) })).toEqual([]);
  });

  it('a finding over a range (a repeated footnote) is acknowledged by words inside it', async () => {
    const problems = await check({
      [EDITION]: SIGNED,
      [TEXT]: replaceOnce('2029-12-31.', '2029-12-31 enligt lagen[^lag-2].\n\n[^lag-2]: Lag (2023:196) om kommuners ansvar för brottsförebyggande arbete.'),
      [SIC]: sic(entry(EDITION, 'no-placeholders', '2026-XX-XX'), entry(TEXT, 'no-duplicate-footnote', 'Lag (2023:196)')),
    });
    expect(problems).toEqual([]);
  });

  it('an entry that matches nothing is a warning at its line, and the finding it misses stays', async () => {
    const problems = await check({
      [EDITION]: SIGNED,
      // The flagged words begin at the finding: "XX-XX" does not, nor does another rule's or file's entry.
      [SIC]: sic(entry(EDITION, 'no-placeholders', 'XX-XX'), entry(TEXT, 'no-placeholders', '2026-XX-XX'), entry(EDITION, 'valid-dates', '2026-XX-XX')),
    });
    expect(problems.map(where)).toEqual([
      { file: EDITION, ruleId: 'no-placeholders', line: 17, column: 9, severity: 'warning' },
      { file: SIC, ruleId: 'sic', line: 2, column: 5, severity: 'warning' },
      { file: SIC, ruleId: 'sic', line: 6, column: 5, severity: 'warning' },
      { file: SIC, ruleId: 'sic', line: 10, column: 5, severity: 'warning' },
    ]);
    expect(problems[1]!.message).toBe('Posten gäller inget längre: no-placeholders varnar inte för "XX-XX" i agreement/2026-2029/edition.yaml.');
  });

  it('an entry for a draft is an error: a draft’s mistakes are fixed, not acknowledged', async () => {
    const problems = await check({
      [EDITION]: replaceOnce('status: final', 'status: draft'),
      [TEXT]: replaceOnce('Degerfors ska vara', 'ATT GÖRA: Degerfors ska vara'),
      [SIC]: sic(entry(TEXT, 'no-placeholders', 'ATT GÖRA')),
    });
    expect(problems.map(where)).toEqual([
      { file: TEXT, ruleId: 'no-placeholders', line: 1, column: 1, severity: 'warning' },
      { file: SIC, ruleId: 'sic', line: 2, column: 5, severity: 'error' },
    ]);
    expect(problems[1]!.message).toBe(
      'Posten kvitterar no-placeholders för "ATT GÖRA" i agreement/2026-2029/text.md, men det är inte en undertecknad utgåvas text.',
    );
  });

  it('an entry without a note is a schema error, and acknowledges nothing', async () => {
    const problems = await check({
      [EDITION]: SIGNED,
      [SIC]: `entries:\n  - file: ${EDITION}\n    rule: no-placeholders\n    text: 2026-XX-XX\n`,
    });
    expect(problems.map(where)).toEqual([
      { file: EDITION, ruleId: 'no-placeholders', line: 17, column: 9, severity: 'warning' },
      { file: SIC, ruleId: 'schema', line: 2, column: 5, severity: 'error' },
    ]);
  });
});
