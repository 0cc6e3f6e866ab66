// Files that cannot be read, parsed or validated: each gives a clear message with file,
// line, column, rule id and a fix, never a crash, and the other files are still checked.
import { describe, expect, it } from 'vitest';
import {
  AREA,
  checkFixture,
  EDITION,
  GLOSSARY,
  PROMISE,
  replaceOnce,
  TEXT,
  validText,
  where,
} from '../helpers/check-fixture.ts';

const error = (file: string, ruleId: string, line: number, column: number) => ({ file, ruleId, line, column, severity: 'error' });
const warning = (file: string, ruleId: string, line: number, column: number) => ({ file, ruleId, line, column, severity: 'warning' });

describe('YAML that cannot be parsed', () => {
  it('a colon inside a plain value', async () => {
    const { problems } = await checkFixture({
      [EDITION]: replaceOnce('title: Samverkansöverenskommelse för', 'title: Samverkansöverenskommelse: för'),
    });
    expect(problems.map(where)).toEqual([error(EDITION, 'yaml-syntax', 2, 8)]);
    expect(problems[0]!.message).toMatch(/^YAML-fel: ett kolon mitt i ett värde/);
    expect(problems[0]!.fix).toMatch(/inom citattecken/);
  });

  it('a key written twice', async () => {
    const { problems } = await checkFixture({ [EDITION]: replaceOnce('status: final\n', 'status: final\nstatus: signed\n') });
    expect(problems.map(where)).toEqual([error(EDITION, 'yaml-syntax', 4, 1)]);
    expect(problems[0]!.message).toBe('YAML-fel: samma nyckel står två gånger.');
    expect(problems[0]!.fix).toMatch(/Samma nyckel står två gånger/);
  });

  it('a tab as indentation', async () => {
    const { problems } = await checkFixture({ [EDITION]: replaceOnce('  start: 2026-01-01', '\tstart: 2026-01-01') });
    // One message for the line, not the parser's follow-on errors.
    expect(problems.map(where)).toEqual([error(EDITION, 'yaml-syntax', 6, 1)]);
    expect(problems[0]!.message).toMatch(/tabb används som indrag/);
    expect(problems[0]!.fix).toMatch(/mellanslag/);
  });

  it('a tab as indentation, and not what the parser makes of the lines after it', async () => {
    const { problems } = await checkFixture({ [PROMISE]: replaceOnce('      atLeast: true', '\tatLeast: true') });
    // The parser goes on to read "value: 2" on line 19 as a nested key: that comes of the tab.
    expect(problems.map(where)).toEqual([error(PROMISE, 'yaml-syntax', 18, 1)]);
    expect(problems[0]!.message).toBe('YAML-fel: tabb används som indrag.');
  });

  it('each tab as indentation in a file', async () => {
    const { problems } = await checkFixture({
      [EDITION]: (valid) => valid.replace('    title: Kommunstyrelsens', '\ttitle: Kommunstyrelsens').replace('    title: Lokalpolis', '\ttitle: Lokalpolis'),
    });
    expect(problems.map(where)).toEqual([error(EDITION, 'yaml-syntax', 20, 1), error(EDITION, 'yaml-syntax', 23, 1)]);
  });

  it('in Swedish only, for an unclosed quote and a bad indentation', async () => {
    const quote = await checkFixture({ [EDITION]: replaceOnce('place: Degerfors', 'place: "Degerfors') });
    expect(quote.problems.map((problem) => problem.message)).toEqual([
      'YAML-fel: ett avslutande tecken saknas (ett citattecken, en ] eller en }), eller ett kolon efter en nyckel.',
    ]);
    const indent = await checkFixture({ [EDITION]: replaceOnce('  end: 2029-12-31', ' end: 2029-12-31') });
    expect(indent.problems.map((problem) => problem.message)).toEqual(['YAML-fel: fel indrag, eller en [ eller { som aldrig avslutas.']);
  });

  it('in a frontmatter, at the line in the Markdown file', async () => {
    const { problems } = await checkFixture({ [PROMISE]: replaceOnce('title: Trygghetsvandringar', 'title: [Trygghetsvandringar') });
    // Noticed where the list should have ended: the line after, in the file's numbering.
    expect(problems.map(where)).toEqual([error(PROMISE, 'yaml-syntax', 4, 1)]);
    expect(problems[0]!.message).toMatch(/som aldrig avslutas/);
  });
});

describe('frontmatter', () => {
  it('missing in a focus area', async () => {
    const { problems } = await checkFixture({ [AREA]: 'Invånarna ska känna sig trygga i centrum.\n' });
    // Only the cause: the edition lists the area, but its file is there, just unreadable.
    expect(problems.map(where)).toEqual([error(AREA, 'frontmatter', 1, 1)]);
    const frontmatter = problems.find((problem) => problem.ruleId === 'frontmatter')!;
    expect(frontmatter.message).toBe('Filen saknar frontmatter med uppgifterna om fokusområdet.');
    expect(frontmatter.fix).toMatch(/Börja filen med en rad "---"/);
  });

  it('opened but never closed', async () => {
    const { problems } = await checkFixture({ [PROMISE]: (valid) => valid.replace('---\n\nMånga', '\nMånga') });
    const frontmatter = problems.filter((problem) => problem.ruleId === 'frontmatter');
    expect(frontmatter.map(where)).toEqual([error(PROMISE, 'frontmatter', 1, 1)]);
    expect(frontmatter[0]!.message).toMatch(/avslutas aldrig/);
  });
});

describe('schema violations', () => {
  it('an unknown key, at the key, with the allowed keys', async () => {
    const { problems } = await checkFixture({ [EDITION]: replaceOnce('municipality: Degerfors', 'kommun: Degerfors') });
    expect(problems.map(where)).toEqual([error(EDITION, 'schema', 1, 1), error(EDITION, 'schema', 4, 1)]);
    expect(problems[0]!.message).toBe('Nyckeln "municipality" saknas.');
    expect(problems[1]!.message).toBe('Okänd nyckel "kommun".');
    expect(problems[1]!.fix).toMatch(/Kontrollera stavningen\. Tillåtna nycklar här: id, title, .*municipality/);
  });

  it('an unknown key in a nested object', async () => {
    const { problems } = await checkFixture({ [PROMISE]: replaceOnce('  forum: Lokalt', '  forumet: Lokalt') });
    expect(problems.map(where)).toEqual([error(PROMISE, 'schema', 24, 3)]);
    expect(problems[0]!.message).toBe('Okänd nyckel "forumet" i followUp.');
  });

  it('a wrong type, at the value', async () => {
    const { problems } = await checkFixture({ [EDITION]: replaceOnce('focusAreas:\n  - trygg-offentlig-miljo', 'focusAreas: trygg-offentlig-miljo') });
    expect(problems.map(where)).toEqual([error(EDITION, 'schema', 25, 13)]);
    expect(problems[0]!.message).toMatch(/^focusAreas: /);
  });

  it('a number written as a word, in a frontmatter', async () => {
    const { problems } = await checkFixture({ [PROMISE]: replaceOnce('value: 2', 'value: två') });
    expect(problems.map(where)).toEqual([error(PROMISE, 'schema', 19, 14)]);
    expect(problems[0]!.message).toMatch(/^commitments\[0\]\.quantity\.value: /);
  });

  it('a value outside the list, with the allowed values', async () => {
    const { problems } = await checkFixture({ [EDITION]: replaceOnce('status: final', 'status: utkast') });
    expect(problems.map(where)).toEqual([error(EDITION, 'schema', 3, 9)]);
    expect(problems[0]!.message).toBe('status: "utkast" är inte ett tillåtet värde.');
    expect(problems[0]!.fix).toMatch(/Använd ett av: "draft", "final", "decided", "signed"/);
  });

  it('an id that breaks the pattern, with the rule for ids', async () => {
    const { problems } = await checkFixture({ [AREA]: replaceOnce('id: trygg-offentlig-miljo', 'id: Trygg offentlig miljö') });
    const schema = problems.filter((problem) => problem.ruleId === 'schema');
    expect(schema.map(where)).toEqual([error(AREA, 'schema', 2, 5)]);
    expect(schema[0]!.fix).toMatch(/små bokstäver a–z/);
  });

  it('a missing key in a list item, at the item', async () => {
    const { problems } = await checkFixture({ [EDITION]: replaceOnce('    kind: polis\n', '') });
    expect(problems.map(where)).toEqual([error(EDITION, 'schema', 12, 5)]);
    expect(problems[0]!.message).toBe('Nyckeln "kind" saknas i parties[1].');
  });

  it('a citation that is neither an id nor {promise, footnote}', async () => {
    const { problems } = await checkFixture({
      [AREA]: replaceOnce('  - degerfors-trygghetsvandringar', '  - promise: degerfors-trygghetsvandringar\n    fotnot: Medborgarlöfte ”{text}”'),
    });
    expect(problems.map(where)).toEqual([error(AREA, 'schema', 6, 5)]);
    expect(problems[0]!.message).toBe('Okänd nyckel "fotnot" i promises[0].');
  });

  it('a glossary term without definition', async () => {
    const { problems } = await checkFixture({ [GLOSSARY]: (valid) => `${valid}  - id: hobit\n    term: Hobit\n` });
    expect(problems.map(where)).toEqual([error(GLOSSARY, 'schema', 10, 5)]);
    expect(problems[0]!.message).toBe('Nyckeln "definition" saknas i terms[2].');
  });

  it('every violation in a file at once, and the other files still checked', async () => {
    const { problems } = await checkFixture({
      [EDITION]: (valid) => replaceOnce('status: final', 'status: klar')(valid).replace('kind: polis', 'kind: polisen'),
      [PROMISE]: replaceOnce('end: 2027-12-31', 'end: 2025-12-31'),
    });
    expect(problems.map(where)).toEqual([
      error(EDITION, 'schema', 3, 9),
      error(EDITION, 'schema', 14, 11),
      error(PROMISE, 'date-order', 11, 8),
    ]);
  });
});

describe('files that are not what they should be', () => {
  it('an empty file', async () => {
    const { problems } = await checkFixture({ [TEXT]: '\n\n' });
    expect(problems.map(where)).toEqual([error(TEXT, 'empty-file', 1, 1)]);
    expect(problems[0]!.message).toBe('Filen är tom.');
  });

  it('an empty frontmatter file', async () => {
    const { problems } = await checkFixture({ [PROMISE]: '' });
    // Not also "the promise does not exist" where the focus area cites it.
    expect(problems.map(where)).toEqual([error(PROMISE, 'empty-file', 1, 1)]);
  });

  it('a citation of a missing promise while another promise file is broken', async () => {
    const cite = replaceOnce('  - degerfors-trygghetsvandringar\n', '  - degerfors-trygghetsvandringar\n  - degerfors-okand\n');
    const broken = replaceOnce('title: Trygghetsvandringar', 'title: [Trygghetsvandringar');
    const alone = await checkFixture({ [AREA]: cite, [PROMISE]: broken });
    expect(alone.problems.map(where)).toEqual([error(AREA, 'promise-references', 6, 5), error(PROMISE, 'yaml-syntax', 4, 1)]);
    // Not "(finns: inga)": the broken file is a promise too, maybe the one meant.
    expect(alone.problems[0]!.fix).toBe('Skapa promises/degerfors-okand.md, eller rätta id:t (kunde inte läsas: promises/degerfors-trygghetsvandringar.md).');

    const other = validText(PROMISE).replace('id: degerfors-trygghetsvandringar', 'id: degerfors-narvaro');
    const beside = await checkFixture({ [AREA]: cite, [PROMISE]: broken, 'promises/degerfors-narvaro.md': other });
    expect(beside.problems.map(where)).toEqual([error(AREA, 'promise-references', 6, 5), error(PROMISE, 'yaml-syntax', 4, 1)]);
    expect(beside.problems[0]!.fix).toBe(
      'Skapa promises/degerfors-okand.md, eller rätta id:t (finns: degerfors-narvaro; kunde inte läsas: promises/degerfors-trygghetsvandringar.md).',
    );
  });

  it('a focus area without a file while another focus-area file is broken', async () => {
    const { problems } = await checkFixture({
      [EDITION]: (valid) => `${valid}  - familjestod\n`,
      [AREA]: replaceOnce('title: Trygg offentlig miljö', 'title: [Trygg offentlig miljö'),
    });
    const missing = problems.find((problem) => problem.ruleId === 'focus-area-references')!;
    expect(missing.fix).toBe(
      'Skapa filen fokusomraden/familjestod.md, eller rätta stavningen (kunde inte läsas: agreement/2026-2029/fokusomraden/trygg-offentlig-miljo.md).',
    );
  });

  it('a file that is not UTF-8', async () => {
    const latin1 = Buffer.from(validText(TEXT).replace('Överenskommelsen', 'Överenskommelsen'), 'latin1');
    const { problems } = await checkFixture({ [TEXT]: latin1 });
    expect(problems.map(where)).toEqual([error(TEXT, 'encoding', 1, 1)]);
    expect(problems[0]!.message).toBe('Filen är inte sparad som UTF-8.');
    expect(problems[0]!.fix).toMatch(/UTF-8/);
  });

  it('CRLF line endings: a warning, and positions after it still right', async () => {
    const crlf = replaceOnce('trygg kommun', 'trygg kommun som Karlskoga')(validText(TEXT)).replace(/\n/g, '\r\n');
    const { problems } = await checkFixture({ [TEXT]: crlf });
    expect(problems.map(where)).toEqual([
      warning(TEXT, 'line-endings', 1, 1),
      warning(TEXT, 'no-other-municipality', 1, 40),
    ]);
    expect(problems[0]!.fix).toMatch(/LF/);
  });

  it('CRLF in YAML and frontmatter: the data is read all the same', async () => {
    const { problems } = await checkFixture({
      [EDITION]: (valid) => valid.replace(/\n/g, '\r\n'),
      [PROMISE]: (valid) => valid.replace(/\n/g, '\r\n'),
    });
    expect(problems.map(where)).toEqual([warning(EDITION, 'line-endings', 1, 1), warning(PROMISE, 'line-endings', 1, 1)]);
  });

  it('a byte order mark: a warning, and positions after it still right', async () => {
    const { problems } = await checkFixture({
      [EDITION]: (valid) => `\uFEFF${replaceOnce('date: 2026-02-16', 'date: 2026-02-30')(valid)}`,
      [AREA]: (valid) => `\uFEFF${valid}`,
    });
    expect(problems.map(where)).toEqual([
      warning(EDITION, 'encoding', 1, 1),
      error(EDITION, 'valid-dates', 17, 9),
      warning(AREA, 'encoding', 1, 1),
    ]);
    expect(problems[0]!.message).toMatch(/byte order mark \(BOM\)/);
  });

  it('an edition folder without text.md', async () => {
    const { problems } = await checkFixture({ [TEXT]: null });
    expect(problems.map(where)).toContainEqual(error(TEXT, 'edition-files', 1, 1));
    expect(problems.find((problem) => problem.ruleId === 'edition-files')!.message).toBe('Utgåvan "2026-2029" saknar filen text.md.');
  });

  it('a YAML file that is a list, not a mapping', async () => {
    const { problems } = await checkFixture({ [GLOSSARY]: '- EST\n- ANDT\n' });
    expect(problems.map(where)).toEqual([error(GLOSSARY, 'schema', 1, 1)]);
    expect(problems[0]!.message).toMatch(/^Filen: /);
  });
});

describe('messages', () => {
  it('every problem has a Swedish reason and a fix, none without a rule id', async () => {
    const { problems } = await checkFixture({
      [EDITION]: replaceOnce('status: final', 'status: utkast'),
      [TEXT]: '',
      [AREA]: 'ingen frontmatter\n',
      [PROMISE]: Buffer.from([0x66, 0xf6, 0x72, 0x0a]),
      [GLOSSARY]: 'terms: [\n',
    });
    expect(new Set(problems.map((problem) => problem.file)).size).toBe(5);
    for (const problem of problems) {
      expect(problem.ruleId).not.toBe('unknown');
      expect(problem.message).toMatch(/\p{L}{3,}/u);
      expect(problem.fix).toMatch(/\p{L}{3,}/u);
      expect(problem.line).toBeGreaterThanOrEqual(1);
      expect(problem.column).toBeGreaterThanOrEqual(1);
    }
  });
});
