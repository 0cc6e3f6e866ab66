// An edition.yaml that fails its schema does not hide the problems of the edition's text, its
// focus areas and the promises they cite: all come in the same run.
import { describe, expect, it } from 'vitest';
import { AREA, checkFixture, EDITION, PROMISE, replaceOnce, TEXT, where } from '../helpers/check-fixture.ts';

const error = (file: string, ruleId: string, line: number, column: number) => ({ file, ruleId, line, column, severity: 'error' });
const warning = (file: string, ruleId: string, line: number, column: number) => ({ file, ruleId, line, column, severity: 'warning' });

/** Problems of the text and the focus area, none of them in edition.yaml. */
const otherProblems = {
  [TEXT]: replaceOnce('arbetet[^lag].', 'arbetet[^lag] och[^saknas] som i Karlskoga<br> TODO.'),
  [AREA]: replaceOnce('  - degerfors-trygghetsvandringar', '  - degerfors-trygghetsvandringar\n  - finns-inte'),
};

const theirFindings = [
  error(AREA, 'promise-references', 6, 5),
  error(TEXT, 'footnote-references', 5, 101),
  warning(TEXT, 'no-other-municipality', 5, 117),
  error(TEXT, 'no-raw-html', 5, 126),
  error(TEXT, 'no-placeholders', 5, 131),
];

describe('a schema error in edition.yaml', () => {
  it('the other problems alone', async () => {
    const { problems } = await checkFixture(otherProblems);
    expect(problems.map(where)).toEqual(theirFindings);
  });

  it('a mistyped optional key: the schema error and every other problem, in one run', async () => {
    const { problems, content } = await checkFixture({ ...otherProblems, [EDITION]: (valid) => `${valid}coordinaters:\n  - name: Anna Andersson\n    role: Trygghetssamordnare\n` });
    expect(problems.map(where)).toEqual([error(EDITION, 'schema', 27, 1), ...theirFindings]);
    expect(problems[0]!.message).toBe('Okänd nyckel "coordinaters".');
    // Nothing is built from an edition whose data does not fit.
    expect(content.editions).toEqual([]);
  });

  it('a mistyped required key: the text and the focus areas are checked, and a note says what waits', async () => {
    const { problems } = await checkFixture({ ...otherProblems, [EDITION]: replaceOnce('status: final', 'statsu: draft') });
    expect(problems.map(where)).toEqual([error(EDITION, 'schema', 1, 1), error(EDITION, 'schema', 3, 1), ...theirFindings]);
    expect(problems[0]!.message).toBe('Nyckeln "status" saknas.');
    expect(problems[0]!.fix).toMatch(/ Övriga kontroller av uppgifterna i edition\.yaml görs när felen här är rättade; texten och fokusområdena är kontrollerade\.$/);
    expect(problems[1]!.fix).not.toMatch(/Övriga kontroller/);
  });

  it('a wrong value under a required key: no findings on edition.yaml from the stand-ins', async () => {
    // Without its parties, every signatory would otherwise name a party that is not there.
    const { problems } = await checkFixture({ ...otherProblems, [EDITION]: replaceOnce('kind: polis', 'kind: polisen') });
    expect(problems.map(where)).toEqual([error(EDITION, 'schema', 14, 11), ...theirFindings]);
  });

  it('a mistyped status: no findings elsewhere that rest on the status stood in for it', async () => {
    // The edition cites a draft promise: with the stand-in "final", appendix-promise-status would
    // warn on the promise about an edition "färdig för beslut" that is perhaps a draft.
    const { problems } = await checkFixture({ [EDITION]: replaceOnce('status: final', 'statsu: draft'), [PROMISE]: replaceOnce('status: active', 'status: draft') });
    expect(problems.map(where)).toEqual([error(EDITION, 'schema', 1, 1), error(EDITION, 'schema', 3, 1)]);
  });

  it('a mistyped municipality and parties, with no site configuration: its own municipality is not taken for another', async () => {
    // The municipality is stood in for by the site's, which is '' here, and the parties by none.
    const { problems } = await checkFixture({
      [EDITION]: (valid) => valid.replace('municipality: Degerfors', 'municipalty: Degerfors').replace('kind: polis', 'kind: polisen'),
      [TEXT]: replaceOnce('trygg kommun', 'trygg kommun som Karlskoga'),
    });
    expect(problems.filter((problem) => problem.ruleId === 'no-other-municipality')).toEqual([]);
  });
});
