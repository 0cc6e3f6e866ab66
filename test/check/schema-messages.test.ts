// Schema violations in plain Swedish: the form a value must have, with the example from the
// schema's description, never a regular expression or a JSON type; a character pasted from Word
// named by its code point and column, at that column; a number where text is wanted, shown quoted.
import { describe, expect, it } from 'vitest';
import { AREA, checkFixture, EDITION, GLOSSARY, replaceOnce, where } from '../helpers/check-fixture.ts';

const error = (file: string, line: number, column: number) => ({ file, ruleId: 'schema', line, column, severity: 'error' });

describe('schema messages', () => {
  it('a date of the wrong form: the form and an example', async () => {
    const { problems } = await checkFixture({ [EDITION]: replaceOnce('end: 2029-12-31', 'end: 2027-6-31') });
    expect(problems.map(where)).toEqual([error(EDITION, 7, 8)]);
    expect(problems[0]!.message).toBe('period.end: "2027-6-31" har inte rätt form.');
    expect(problems[0]!.fix).toMatch(/^Datum som ÅÅÅÅ-MM-DD, t\.ex\. 2026-01-01\./);
  });

  it('a number where text is wanted: write it in quotes', async () => {
    const { problems } = await checkFixture({ [AREA]: replaceOnce('title: Trygg', 'number: 2\ntitle: Trygg') });
    expect(problems.map(where)).toEqual([error(AREA, 3, 9)]);
    expect(problems[0]!.message).toBe('number: här ska stå text, och YAML läser värdet som ett tal eller som sant/falskt.');
    expect(problems[0]!.fix).toBe('Skriv värdet inom citattecken: number: "2"');
  });

  it('a number quoted as written, not as read', async () => {
    const { problems } = await checkFixture({ [AREA]: replaceOnce('title: Trygg', 'number: 2.10\ntitle: Trygg') });
    expect(problems[0]!.fix).toBe('Skriv värdet inom citattecken: number: "2.10"');
  });

  it("Word's smart quotes, named, at the first of them", async () => {
    const { problems } = await checkFixture({ [AREA]: replaceOnce('title: Trygg', 'number: ”2”\ntitle: Trygg') });
    expect(problems.map(where)).toEqual([error(AREA, 3, 9)]);
    expect(problems[0]!.message).toBe('number: värdet innehåller ett typografiskt citattecken (U+201D) i kolumn 9.');
    expect(problems[0]!.fix).toBe('Skriv raka citattecken (") i stället, eller inga: ett sådant citattecken kommer ofta med när texten klistras in från Word.');
  });

  it('a trailing no-break space in a list item, at the character', async () => {
    const { problems } = await checkFixture({ [EDITION]: replaceOnce('  - trygg-offentlig-miljo', '  - trygg-offentlig-miljo\u00a0') });
    expect(problems.map(where)).toEqual([error(EDITION, 26, 26)]);
    expect(problems[0]!.message).toBe('focusAreas[0]: värdet innehåller ett hårt mellanslag (U+00A0) i kolumn 26.');
    expect(problems[0]!.fix).toMatch(/^Skriv ett vanligt mellanslag eller ta bort det\./);
  });

  it('a soft hyphen inside an id in a frontmatter', async () => {
    const { problems } = await checkFixture({ [AREA]: replaceOnce('id: trygg-offentlig-miljo', 'id: trygg-offent\u00adlig-miljo') });
    const schema = problems.filter((problem) => problem.ruleId === 'schema');
    expect(schema.map(where)).toEqual([error(AREA, 2, 17)]);
    expect(schema[0]!.message).toBe('id: värdet innehåller ett mjukt bindestreck (U+00AD) i kolumn 17.');
  });

  it('a wrong type other than a number for text: the type in words', async () => {
    const { problems } = await checkFixture({ [EDITION]: replaceOnce('focusAreas:\n  - trygg-offentlig-miljo', 'focusAreas: trygg-offentlig-miljo') });
    expect(problems.map(where)).toEqual([error(EDITION, 25, 13)]);
    expect(problems[0]!.message).toBe('focusAreas: här ska stå en lista (rader som börjar med "- ").');
  });

  it('no message shows a regular expression or a JSON type', async () => {
    const { problems } = await checkFixture({
      [EDITION]: (valid) => replaceOnce('end: 2029-12-31', 'end: 2029/12/31')(valid).replace('status: final', 'status: 3'),
      [GLOSSARY]: '- EST\n',
    });
    expect(problems.length).toBeGreaterThanOrEqual(3);
    for (const problem of problems) expect(`${problem.message} ${problem.fix}`).not.toMatch(/borde|mönstret|\^|\$"|\bstring\b|\bobject\b|\barray\b/);
  });
});
