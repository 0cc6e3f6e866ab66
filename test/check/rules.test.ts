// One ok and at least one not-ok example per rule in scripts/rules: the broken fixture yields
// the rule's id at the exact file, line, column and severity, and nothing else from that rule.
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lockedText } from '../../scripts/lock/edition-lock.ts';
import { RULES } from '../../scripts/rules/index.ts';
import {
  AREA,
  checkFixture,
  checkRoot,
  EDITION,
  GLOSSARY,
  makeFixture,
  type Override,
  PROMISE,
  replaceOnce,
  TEXT,
  validText,
  where,
} from '../helpers/check-fixture.ts';

type Expected = Omit<ReturnType<typeof where>, 'ruleId'>;

interface Case {
  name: string;
  overrides: Record<string, Override>;
  /** Every problem of the rule, in reported order. */
  expected: Expected[];
  /** Words the message must contain (what is wrong, and how to fix it). */
  message?: RegExp;
  fix?: RegExp;
}

const error = (file: string, line: number, column: number): Expected => ({ file, line, column, severity: 'error' });
const warning = (file: string, line: number, column: number): Expected => ({ file, line, column, severity: 'warning' });

const AREA_FAMILJESTOD = 'agreement/2026-2029/fokusomraden/familjestod.md';
const familjestod = `---
id: familjestod
title: Familjestöd
---

Föräldrar får stöd i att skapa goda relationer inom familjen.
`;

const CASES: Record<string, { ok: Case[]; notOk: Case[] }> = {
  'unique-ids': {
    ok: [],
    notOk: [
      {
        name: 'utgåvans id stämmer inte med mappen',
        overrides: { [EDITION]: replaceOnce('id: 2026-2029', 'id: 2026-2030') },
        expected: [error(EDITION, 1, 5)],
        message: /"2026-2030" stämmer inte med mappen "2026-2029"/,
      },
      {
        name: 'två parter med samma id',
        overrides: { [EDITION]: replaceOnce('id: lpo-degerfors', 'id: degerfors-kommun') },
        expected: [error(EDITION, 12, 9)],
        message: /"degerfors-kommun" används redan för en annan part i agreement\/2026-2029\/edition\.yaml:9/,
      },
      {
        name: 'fokusområdets id stämmer inte med filnamnet',
        overrides: { [AREA]: replaceOnce('id: trygg-offentlig-miljo', 'id: trygg-miljo') },
        expected: [error(AREA, 2, 5)],
        fix: /Ändra id till "trygg-offentlig-miljo"/,
      },
      {
        name: 'samma begrepp två gånger i ordlistan',
        overrides: {
          [GLOSSARY]: (valid) => `${valid}  - id: est\n    term: EST-arbete\n    definition: Samma begrepp igen.\n`,
        },
        expected: [error(GLOSSARY, 10, 9)],
        message: /"est" används redan för ett annat begrepp i agreement\/ordlista\.yaml:3/,
      },
    ],
  },
};

CASES['unique-ids']!.notOk.push({
  name: 'två medborgarlöften med samma id (i olika mappar)',
  overrides: { 'promises/2027/degerfors-trygghetsvandringar.md': validText(PROMISE) },
  // promises/2027/… sorts first, so the one at the top is the later claim.
  expected: [error(PROMISE, 2, 5)],
  message: /används redan för ett annat medborgarlöfte i promises\/2027\/degerfors-trygghetsvandringar\.md:2/,
});

CASES['focus-area-references'] = {
  ok: [],
  notOk: [
    {
      name: 'utgåvan listar ett fokusområde utan fil',
      overrides: { [EDITION]: (valid) => `${valid}  - vald-i-nara-relationer\n` },
      expected: [error(EDITION, 27, 5)],
      message: /"vald-i-nara-relationer" finns inte/,
      fix: /Skapa filen fokusomraden\/vald-i-nara-relationer\.md/,
    },
    {
      name: 'ett fokusområde som står två gånger i utgåvan',
      overrides: { [EDITION]: (valid) => `${valid}  - trygg-offentlig-miljo\n` },
      expected: [error(EDITION, 27, 5)],
      message: /"trygg-offentlig-miljo" står två gånger i focusAreas \(först som nummer 1\)/,
    },
    {
      name: 'en fokusområdesfil som utgåvan inte listar',
      overrides: { [AREA_FAMILJESTOD]: familjestod },
      expected: [error(AREA_FAMILJESTOD, 2, 5)],
      fix: /Lägg till "familjestod" i focusAreas/,
    },
    {
      name: 'ett löfte tjänar ett fokusområde som ingen utgåva har',
      overrides: { [PROMISE]: replaceOnce('  - trygg-offentlig-miljo', '  - trygg-miljo') },
      expected: [error(PROMISE, 13, 5)],
      message: /"trygg-miljo" finns inte i någon utgåva/,
    },
  ],
};

CASES['promise-references'] = {
  ok: [
    {
      name: 'hänvisning i objektform med egen fotnotsform',
      overrides: {
        [AREA]: replaceOnce(
          '  - degerfors-trygghetsvandringar',
          '  - promise: degerfors-trygghetsvandringar\n    footnote: Medborgarlöfte ”{text}”.',
        ),
      },
      expected: [],
    },
  ],
  notOk: [
    {
      name: 'samma löfte citeras med två olika fotnotsformer',
      overrides: {
        [EDITION]: (valid) => `${valid}  - familjestod\n`,
        [AREA_FAMILJESTOD]: familjestod.replace('title: Familjestöd\n', 'title: Familjestöd\npromises:\n  - promise: degerfors-trygghetsvandringar\n    footnote: Löfte ”{text}”.\n'),
      },
      // The second warning: the promise does not name familjestod among its focus areas.
      expected: [warning(AREA_FAMILJESTOD, 5, 14), warning(AREA_FAMILJESTOD, 5, 14)],
      message: /citeras redan i fokusområdet "trygg-offentlig-miljo" med en annan fotnotsform|löftet nämner inte fokusområdet/,
    },
    {
      name: 'hänvisning till ett löfte som inte finns',
      overrides: { [AREA]: replaceOnce('  - degerfors-trygghetsvandringar', '  - degerfors-trygghetsvandring') },
      expected: [error(AREA, 5, 5)],
      message: /Medborgarlöftet "degerfors-trygghetsvandring" finns inte/,
      fix: /finns: degerfors-trygghetsvandringar/,
    },
    {
      name: 'hänvisning i objektform till ett löfte som inte finns',
      overrides: { [AREA]: replaceOnce('  - degerfors-trygghetsvandringar', '  - promise: degerfors-narvaro') },
      expected: [error(AREA, 5, 14)],
    },
    {
      name: 'löftet nämner inte fokusområdet som hänvisar till det',
      overrides: { [PROMISE]: replaceOnce('focusAreas:\n  - trygg-offentlig-miljo\n', '') },
      expected: [warning(AREA, 5, 5)],
      fix: /Lägg till "trygg-offentlig-miljo" i focusAreas i promises\/degerfors-trygghetsvandringar\.md/,
    },
  ],
};

CASES['signatory-party'] = {
  ok: [],
  notOk: [
    {
      name: 'undertecknare för en part som inte finns (och parten utan undertecknare)',
      overrides: { [EDITION]: replaceOnce('party: lpo-degerfors', 'party: lpo-karlskoga') },
      expected: [warning(EDITION, 12, 5), error(EDITION, 24, 12)],
      message: /Erik Lindqvist skriver under för parten "lpo-karlskoga", som inte finns i parties/,
    },
  ],
};

CASES['footnote-references'] = {
  ok: [],
  notOk: [
    {
      name: 'hänvisning utan fotnot, och fotnot som aldrig används',
      overrides: { [TEXT]: replaceOnce('arbetet[^lag].', 'arbetet[^lagen].') },
      expected: [error(TEXT, 5, 91), error(TEXT, 7, 1)],
      message: /Fotnoten \[\^lagen\] har ingen text|Fotnoten \[\^lag\] används aldrig/,
    },
    {
      name: 'samma fotnotsetikett definierad två gånger',
      overrides: { [TEXT]: (valid) => `${valid}\n[^lag]: Lagen gäller sedan 2023-07-01.\n` },
      expected: [error(TEXT, 21, 1)],
      message: /\[\^lag\] är definierad två gånger \(först på rad 7\)/,
    },
    {
      name: 'fotnot i en fokusområdesbeskrivning utan text',
      overrides: { [AREA]: replaceOnce('mörkt.', 'mörkt[^mork].') },
      expected: [error(AREA, 8, 91)],
    },
  ],
};

CASES['known-directives'] = {
  ok: [
    {
      name: 'kolon i vanlig text är inga markeringar: SFS-nummer, klockslag, 1:a',
      overrides: { [TEXT]: replaceOnce('2029-12-31.', '2029-12-31. Rådet träffas den 1:a tisdagen varje månad kl. 18:30 (fokus:trygghet).') },
      expected: [],
    },
  ],
  notOk: [
    {
      name: 'okänd platsmarkering',
      overrides: { [TEXT]: replaceOnce('::fokusomraden-lista', '::fokusomraden-karta') },
      expected: [error(TEXT, 11, 1)],
      message: /Okänd markering "::fokusomraden-karta"/,
    },
    {
      name: 'platsmarkering i ett fokusområde',
      overrides: { [AREA]: (valid) => `${valid}\n::fokusomraden-lista\n` },
      expected: [error(AREA, 10, 1)],
      message: /kan bara stå i utgåvans text\.md/,
    },
    {
      name: 'platsmarkering två gånger',
      overrides: { [TEXT]: (valid) => `${valid}\n::fokusomraden-lista\n` },
      expected: [error(TEXT, 21, 1)],
      message: /::fokusomraden-lista står mer än en gång/,
    },
    {
      name: 'fokusområdena har ingen plats i texten',
      overrides: {
        [TEXT]: (valid) => valid.replace('::fokusomraden-lista\n', 'Se nedan.\n').replace('::fokusomraden-beskrivningar\n', 'Se nedan.\n'),
      },
      expected: [error(TEXT, 1, 1)],
      message: /Fokusområdena syns inte i texten/,
    },
  ],
};

CASES['no-raw-html'] = {
  ok: [],
  notOk: [
    {
      name: 'HTML i texten',
      overrides: { [TEXT]: replaceOnce('leva och verka i.', 'leva och <b>verka</b> i.') },
      expected: [error(TEXT, 1, 49), error(TEXT, 1, 57)],
      message: /Texten innehåller HTML: "<b>"|"<\/b>"/,
    },
    {
      name: 'HTML-block i ett medborgarlöfte',
      overrides: { [PROMISE]: (valid) => `${valid}\n<div style="color:red">Viktigt</div>\n` },
      expected: [error(PROMISE, 29, 1)],
    },
  ],
};

CASES['allowed-links'] = {
  ok: [
    {
      name: 'webbadress, e-post, telefon och ett avsnitt',
      overrides: {
        [TEXT]: replaceOnce(
          'leva och verka i.',
          'leva och verka i. Se [polisen](https://polisen.se), [mejla](mailto:a@b.se), [ring](tel:114 14) eller [bakgrunden](#bakgrund).',
        ),
      },
      expected: [],
    },
  ],
  notOk: [
    {
      name: 'en javascript-länk och en bild',
      overrides: {
        [TEXT]: replaceOnce('leva och verka i.', 'leva och verka i. [Klick](javascript:alert(1)) ![karta](https://evil.example/x.png)'),
      },
      expected: [error(TEXT, 1, 58), error(TEXT, 1, 87)],
      message: /"javascript:alert\(1\)", som inte publiceras|bild/,
    },
    {
      name: 'en länk utan protokoll i ett medborgarlöfte',
      overrides: { [PROMISE]: (valid) => `${valid}\nLäs mer på [kommunen](degerfors.se).\n` },
      expected: [error(PROMISE, 29, 12)],
      fix: /https:\/\//,
    },
  ],
};

CASES['valid-dates'] = {
  ok: [
    {
      name: 'skottdag under ett skottår',
      overrides: { [TEXT]: replaceOnce('2029-12-31.', '2029-12-31. Första uppföljningen är den 29 februari 2028.') },
      expected: [],
    },
  ],
  notOk: [
    {
      name: 'ett datum som inte finns, i texten',
      overrides: { [TEXT]: replaceOnce('2029-12-31.', '2029-12-31. Uppföljning sker den 31 juni varje år.') },
      expected: [error(TEXT, 19, 95)],
      message: /"31 juni" finns inte i kalendern/,
    },
    {
      name: 'ett ISO-datum som inte finns, i edition.yaml',
      overrides: { [EDITION]: replaceOnce('date: 2026-02-16', 'date: 2026-02-30') },
      expected: [error(EDITION, 17, 9)],
      message: /"2026-02-30" finns inte i kalendern/,
    },
    {
      name: 'ett datum som inte finns inne i en YAML-text',
      overrides: { [PROMISE]: replaceOnce('frequency: varje halvår', 'frequency: "varje halvår, första gången 2026-06-31"') },
      expected: [error(PROMISE, 23, 43)],
    },
    {
      name: 'i en undertecknad utgåva är det en varning',
      overrides: {
        [EDITION]: replaceOnce('status: final', 'status: signed'),
        [TEXT]: replaceOnce('2029-12-31.', '2029-12-31. Uppföljning sker den 31 juni varje år.'),
      },
      expected: [warning(TEXT, 19, 95)],
      fix: /rätta det i nästa utgåva/,
    },
  ],
};

CASES['date-order'] = {
  ok: [
    {
      name: 'tills vidare',
      overrides: { [EDITION]: replaceOnce('  end: 2029-12-31', '  openEnded: true\n  review: revideras vart fjärde år') },
      expected: [],
    },
  ],
  notOk: [
    {
      name: 'perioden slutar innan den börjar',
      overrides: { [PROMISE]: replaceOnce('end: 2027-12-31', 'end: 2025-12-31') },
      expected: [error(PROMISE, 11, 8)],
      message: /Perioden slutar \(2025-12-31\) innan den börjar \(2026-01-01\)/,
    },
    {
      name: 'perioden saknar slut',
      overrides: { [EDITION]: replaceOnce('  end: 2029-12-31\n', '') },
      expected: [error(EDITION, 5, 1)],
      fix: /openEnded: true/,
    },
    {
      name: 'både slutdatum och tills vidare',
      overrides: { [EDITION]: replaceOnce('  end: 2029-12-31\n', '  end: 2029-12-31\n  openEnded: true\n') },
      expected: [error(EDITION, 8, 3)],
    },
    {
      name: 'underskrift efter periodens slut',
      overrides: { [EDITION]: replaceOnce('date: 2026-02-16', 'date: 2030-01-15') },
      expected: [error(EDITION, 17, 9)],
    },
    {
      name: 'beslut efter underskrift är en varning',
      overrides: {
        [EDITION]: replaceOnce('signatories:', 'decision:\n  body: Kommunfullmäktige\n  date: 2026-03-02\n  paragraph: § 12\nsignatories:'),
      },
      expected: [warning(EDITION, 20, 9)],
    },
  ],
};

CASES['no-placeholders'] = {
  ok: [
    {
      name: 'ord som innehåller XX eller TODO som del av ett ord',
      overrides: { [TEXT]: replaceOnce('2029-12-31.', '2029-12-31. Se TODOlistan och XXL-ytan.') },
      expected: [],
    },
  ],
  notOk: [
    {
      name: 'TODO i en färdig utgåva är ett fel',
      overrides: { [TEXT]: replaceOnce('## Tidplan\n', '## Tidplan\n\nTODO: skriv om uppföljningen.\n') },
      expected: [error(TEXT, 19, 1)],
      message: /Platshållaren "TODO" står kvar/,
    },
    {
      name: 'XX-datum för underskriften i en färdig utgåva',
      overrides: { [EDITION]: replaceOnce('date: 2026-02-16', 'date: 2026-XX-XX') },
      expected: [error(EDITION, 17, 9)],
      message: /"2026-XX-XX"/,
    },
    {
      name: 'i ett utkast är det en varning',
      overrides: {
        [EDITION]: replaceOnce('status: final', 'status: draft'),
        [TEXT]: replaceOnce('Degerfors ska vara', 'ATT GÖRA: Degerfors ska vara'),
      },
      expected: [warning(TEXT, 1, 1)],
      fix: /Det går bra i ett utkast/,
    },
    {
      name: 'i en undertecknad utgåva är det en varning (2021-XX-XX)',
      overrides: {
        [EDITION]: (valid) => valid.replace('status: final', 'status: signed').replace('date: 2026-02-16', 'date: 2026-XX-XX'),
      },
      expected: [warning(EDITION, 17, 9)],
      fix: /Utgåvan är undertecknad/,
    },
    {
      name: 'TODO i ett gällande medborgarlöfte är ett fel',
      overrides: { [PROMISE]: replaceOnce('Många invånare', 'TODO: lägesbild. Många invånare') },
      expected: [error(PROMISE, 27, 1)],
    },
    {
      name: 'XX i ett föreslaget medborgarlöfte är en varning',
      overrides: {
        [PROMISE]: (valid) => valid.replace('status: active', 'status: draft').replace('per: termin', 'per: XX'),
      },
      expected: [warning(PROMISE, 21, 12)],
    },
  ],
};

CASES['no-other-municipality'] = {
  ok: [
    {
      name: 'en part vars namn bär en annan kommuns namn',
      overrides: {
        [EDITION]: replaceOnce('name: lokalpolisområde Degerfors', 'name: lokalpolisområde Karlskoga'),
        [TEXT]: replaceOnce('Degerfors ska vara', 'Lokalpolisområde Karlskoga arbetar i Degerfors. Degerfors ska vara'),
      },
      expected: [],
    },
    {
      name: 'namnet står i allowedPlaceNames',
      overrides: {
        [EDITION]: replaceOnce('municipality: Degerfors\n', 'municipality: Degerfors\nallowedPlaceNames: [Karlskoga]\n'),
        [TEXT]: replaceOnce('Degerfors ska vara', 'Degerfors och Karlskoga delar räddningstjänst. Degerfors ska vara'),
      },
      expected: [],
    },
    {
      name: 'universitet, län och region bär ortens namn utan att vara kommunen',
      overrides: {
        [TEXT]: replaceOnce('Degerfors ska vara', 'Med stöd av Örebro universitet, Region Örebro län och Örebro läns landsting. Degerfors ska vara'),
      },
      expected: [],
    },
    {
      name: 'ordlistan får nämna namn i sin egen allowedPlaceNames',
      overrides: {},
      expected: [],
    },
  ],
  notOk: [
    {
      name: 'en annan kommuns namn i texten',
      overrides: { [TEXT]: replaceOnce('trygg kommun', 'trygg kommun som Karlskoga') },
      expected: [warning(TEXT, 1, 40)],
      message: /Texten nämner Karlskoga, en annan kommun än Degerfors/,
      fix: /lägg "Karlskoga" i allowedPlaceNames i agreement\/2026-2029\/edition\.yaml/,
    },
    {
      name: 'på en fortsättningsrad i en punktlista',
      overrides: { [AREA]: (valid) => `${valid}\n- Trygghetsvandringar i centrum\n  och i Kristinehamn varje höst.\n` },
      expected: [warning(AREA, 11, 9)],
    },
    {
      name: 'inne i en YAML-text',
      overrides: { [PROMISE]: replaceOnce('text: Genomföra trygghetsvandringar i Åtorp', 'text: Genomföra trygghetsvandringar i Laxå') },
      expected: [warning(PROMISE, 16, 43)],
      fix: /allowedPlaceNames i frontmatter i promises\/degerfors-trygghetsvandringar\.md/,
    },
    {
      name: 'ordlistan nämner ett namn som inte är undantaget',
      overrides: { [GLOSSARY]: replaceOnce('allowedPlaceNames: [Örebro]\n', '') },
      expected: [warning(GLOSSARY, 5, 37)],
      fix: /allowedPlaceNames i agreement\/ordlista\.yaml/,
    },
  ],
};

CASES['no-duplicate-footnote'] = {
  ok: [],
  notOk: [
    {
      name: 'samma fotnotstext två gånger med olika etiketter',
      overrides: {
        [TEXT]: replaceOnce(
          '2029-12-31.',
          '2029-12-31 enligt lagen[^lag-2].\n\n[^lag-2]: Lag (2023:196) om kommuners ansvar för brottsförebyggande arbete.',
        ),
      },
      expected: [warning(TEXT, 21, 1)],
      message: /Samma fotnotstext står redan i agreement\/2026-2029\/text\.md:7/,
    },
    {
      name: 'samma fotnotstext i texten och i en fokusområdesbeskrivning',
      overrides: {
        [AREA]: replaceOnce(
          'mörkt.',
          'mörkt[^lag].\n\n[^lag]: Lag (2023:196) om kommuners ansvar för brottsförebyggande arbete.',
        ),
      },
      expected: [warning(AREA, 10, 1)],
    },
  ],
};

const LOCKS = 'agreement/locks.json';
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
/** A lock of the fixture's 2026-2029 edition, as `npm run lock` writes it, with some files changed. */
// The cited promise is part of the signed record (its words are a footnote); the lock holds what of it is shown.
const validContent = (await checkRoot(makeFixture())).content;
const lockedPromise = lockedText(validContent, validContent.promises[0]!.meta.file);
function lockOf(changes: Record<string, string> = {}): string {
  const promise = '../../promises/degerfors-trygghetsvandringar.md';
  const files = ['edition.yaml', 'fokusomraden/trygg-offentlig-miljo.md', 'text.md'];
  const hashes = {
    [promise]: sha256(changes[promise] ?? lockedPromise),
    ...Object.fromEntries(files.map((path) => [path, sha256(changes[path] ?? validText(`agreement/2026-2029/${path}`))])),
  };
  return JSON.stringify({ editions: { '2026-2029': hashes } }, null, 2);
}
const signed = replaceOnce('status: final', 'status: signed');

CASES['signed-edition-locked'] = {
  ok: [
    {
      name: 'en låst undertecknad utgåva som inte har ändrats',
      overrides: { [EDITION]: signed, [LOCKS]: lockOf({ 'edition.yaml': signed(validText(EDITION)) }) },
      expected: [],
    },
  ],
  notOk: [
    {
      name: 'en undertecknad utgåva som inte är låst',
      overrides: { [EDITION]: signed },
      expected: [warning(EDITION, 3, 9)],
      fix: /npm run lock -- 2026-2029/,
    },
    {
      name: 'en låst utgåva vars text har ändrats',
      overrides: { [EDITION]: signed, [LOCKS]: lockOf({ 'edition.yaml': signed(validText(EDITION)), 'text.md': 'Den text som skrevs under.\n' }) },
      expected: [error(TEXT, 1, 1)],
      message: /har ändrats sedan utgåvan 2026-2029 låstes/,
    },
    {
      name: 'en låst utgåva vars citerade medborgarlöfte har ändrats',
      overrides: {
        [EDITION]: signed,
        [LOCKS]: lockOf({ 'edition.yaml': signed(validText(EDITION)), '../../promises/degerfors-trygghetsvandringar.md': 'Löftet som det löd.\n' }),
      },
      expected: [error(PROMISE, 1, 1)],
      message: /promises\/degerfors-trygghetsvandringar\.md har ändrats sedan utgåvan 2026-2029 låstes/,
    },
  ],
};

describe('the valid fixture', () => {
  it('has no problems at all', async () => {
    const { problems } = await checkFixture();
    expect(problems).toEqual([]);
  });
});

for (const rule of RULES) {
  describe(`rule ${rule.id}`, () => {
    const cases = CASES[rule.id];
    it('has cases in this file', () => {
      expect(cases?.notOk.length ?? 0).toBeGreaterThan(0);
    });
    for (const testCase of cases?.ok ?? []) {
      it(`ok: ${testCase.name}`, async () => {
        const { problems } = await checkFixture(testCase.overrides);
        expect(problems.filter((problem) => problem.ruleId === rule.id).map(where)).toEqual([]);
        expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
      });
    }
    for (const testCase of cases?.notOk ?? []) {
      it(`not ok: ${testCase.name}`, async () => {
        const { problems } = await checkFixture(testCase.overrides);
        const own = problems.filter((problem) => problem.ruleId === rule.id);
        expect(own.map(where)).toEqual(testCase.expected.map((expected) => ({ ...expected, ruleId: rule.id })));
        for (const problem of own) {
          expect(problem.message.length).toBeGreaterThan(10);
          expect(problem.fix.length).toBeGreaterThan(10);
        }
        if (testCase.message) expect(own.some((problem) => testCase.message!.test(problem.message))).toBe(true);
        if (testCase.fix) expect(own.some((problem) => testCase.fix!.test(problem.fix))).toBe(true);
      });
    }
  });
}

describe('the rule modules', () => {
  const HELPERS = ['index.ts', 'rule.ts', 'text-spans.ts'];
  const files = readdirSync(new URL('../../scripts/rules/', import.meta.url)).filter(
    (name) => name.endsWith('.ts') && !HELPERS.includes(name),
  );

  it('are all registered, one per file, id = file name, with a description', () => {
    expect(RULES.map((rule) => `${rule.id}.ts`).sort()).toEqual(files.sort());
    for (const rule of RULES) expect(rule.description).toMatch(/\S{3,}.*\./);
  });

  it('each have test cases here', () => {
    expect(Object.keys(CASES).sort()).toEqual(RULES.map((rule) => rule.id).sort());
  });
});
