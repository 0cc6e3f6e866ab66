import { ruleWords, type Owner, type Rule } from './rule.ts';
import { textSpans } from './text-spans.ts';
import { AREA, EDITION, error, PROMISE, replaceOnce, TEXT, warning } from './examples.ts';

/**
 * "2021-XX-XX", "XX juni", a lone "XX", "20XX", "ÅÅÅÅ-MM-DD", "NN", a bracketed blank
 * ("[namn]", "[datum]", "[…]"), "Lorem ipsum", and the markers TODO / ATT GÖRA / FIXME.
 */
const PLACEHOLDER = new RegExp(
  [
    '\\b\\d{4}-(?:\\d{2}|XX)-XX\\b',
    '\\b\\d{4}-XX-\\d{2}\\b',
    '\\b\\d{2}XX\\b',
    '\\bXX+\\b',
    '(?<!\\p{L})ÅÅÅÅ(?:-MM(?:-DD)?)?(?!\\p{L})',
    '(?<!\\p{L})NN(?!\\p{L})',
    '\\[(?:namn|datum|ort|kommun|titel|befattning|text|…|\\.\\.\\.)\\]',
    '\\b[Ll]orem ipsum\\b',
    '\\bTODO\\b',
    '\\bATT GÖRA\\b',
    '\\bFIXME\\b',
  ].join('|'),
  'gu',
);

/** Drafts may hold placeholders; nothing else may. */
function isDraft({ edition, promise }: Owner): boolean {
  return (edition ?? promise)?.meta.data.status === 'draft';
}

const rule: Rule = {
  id: 'no-placeholders',
  description: 'Platshållare (XX-datum, 20XX, ÅÅÅÅ-MM-DD, NN, [namn], […], Lorem ipsum, TODO, ATT GÖRA) finns bara i utkast.',
  check(content, report) {
    const words = ruleWords(content)['no-placeholders'];
    for (const span of textSpans(content)) {
      for (const match of span.value.matchAll(PLACEHOLDER)) {
        const draft = isDraft(span.owner);
        report(span.file, {
          severity: draft ? 'warning' : 'error',
          place: span.at(match.index),
          wording: span.owner,
          ...words.left(match[0], draft),
        });
      }
    }
  },
  examples: {
    ok: [
      {
        name: 'ord som innehåller XX eller TODO som del av ett ord',
        overrides: { [TEXT]: replaceOnce('2029-12-31.', '2029-12-31. Se TODOlistan och XXL-ytan.') },
      },
      {
        name: 'ord som liknar platshållare: NNO, ÅÅÅÅR, [se bilaga], 2000-talet',
        overrides: { [TEXT]: replaceOnce('2029-12-31.', '2029-12-31. Vinden är NNO, [se bilaga], under 2000-talet.') },
      },
    ],
    notOk: [
      {
        name: 'TODO i en färdig utgåva är ett fel',
        overrides: { [TEXT]: replaceOnce('## Tidplan\n', '## Tidplan\n\nTODO: skriv om uppföljningen.\n') },
        expected: [error(TEXT, 19, 1, 'Platshållaren "TODO" står kvar.', 'Ersätt den med det riktiga innehållet. Bara ett utkast får ha platshållare.')],
      },
      {
        name: 'efter ett escape-tecken och en teckenreferens: kolumnen där TODO står i källan',
        overrides: { [TEXT]: replaceOnce('2029-12-31.', '2029-12-31. Se \\*noten\\* och &amp; TODO.') },
        expected: [error(TEXT, 19, 97, 'Platshållaren "TODO" står kvar.')],
      },
      {
        name: 'på en fortsättningsrad i en punktlista, efter escape-tecken och referenser',
        overrides: { [AREA]: (valid) => `${valid}\n- Trygghetsvandringar i \\*centrum\\*\n  och &ouml;vrigt &#38; TODO varje höst.\n` },
        expected: [error(AREA, 11, 25)],
      },
      {
        name: 'på en fortsättningsrad i ett citat, efter escape-tecken och referenser',
        overrides: { [TEXT]: (valid) => `${valid}\n> Enligt lagen\n> ska \\*alla\\* &amp; &#x1F600; TODO skrivas.\n` },
        expected: [error(TEXT, 22, 32)],
      },
      {
        name: 'fler former: [namn], NN, ÅÅÅÅ-MM-DD, 20XX, […] och Lorem ipsum',
        overrides: { [TEXT]: replaceOnce('2029-12-31.', '2029-12-31. [namn] NN ÅÅÅÅ-MM-DD 20XX […] Lorem ipsum.') },
        expected: [
          error(TEXT, 19, 74, 'Platshållaren "[namn]" står kvar.'),
          error(TEXT, 19, 81, 'Platshållaren "NN" står kvar.'),
          error(TEXT, 19, 84, 'Platshållaren "ÅÅÅÅ-MM-DD" står kvar.'),
          error(TEXT, 19, 95, 'Platshållaren "20XX" står kvar.'),
          error(TEXT, 19, 100, 'Platshållaren "[…]" står kvar.'),
          error(TEXT, 19, 104, 'Platshållaren "Lorem ipsum" står kvar.'),
        ],
      },
      {
        name: 'XX-datum för underskriften i en färdig utgåva',
        overrides: { [EDITION]: replaceOnce('date: 2026-02-16', 'date: 2026-XX-XX') },
        expected: [error(EDITION, 17, 9, 'Platshållaren "2026-XX-XX" står kvar.')],
      },
      {
        name: 'i ett utkast är det en varning',
        overrides: {
          [EDITION]: replaceOnce('status: final', 'status: draft'),
          [TEXT]: replaceOnce('Degerfors ska vara', 'ATT GÖRA: Degerfors ska vara'),
        },
        expected: [
          warning(
            TEXT,
            1,
            1,
            'Platshållaren "ATT GÖRA" står kvar.',
            'Ersätt den med det riktiga innehållet. Det går bra i ett utkast, men måste vara klart innan utgåvan blir final.',
          ),
        ],
      },
      {
        name: 'i en undertecknad utgåva är det en varning (2026-XX-XX)',
        overrides: { [EDITION]: (valid) => valid.replace('status: final', 'status: signed').replace('date: 2026-02-16', 'date: 2026-XX-XX') },
        expected: [
          warning(
            EDITION,
            17,
            9,
            'Platshållaren "2026-XX-XX" står kvar.',
            'Ersätt den med det riktiga innehållet. Bara ett utkast får ha platshållare. Utgåvan är undertecknad och återges som den skrevs under: rätta det i nästa utgåva.',
          ),
        ],
      },
      {
        name: 'TODO i ett gällande medborgarlöfte är ett fel',
        overrides: { [PROMISE]: replaceOnce('Många invånare', 'TODO: lägesbild. Många invånare') },
        expected: [error(PROMISE, 27, 1)],
      },
      {
        name: 'TODO i ett medborgarlöfte som bara undertecknade utgåvor citerar är en varning',
        overrides: { [EDITION]: replaceOnce('status: final', 'status: signed'), [PROMISE]: replaceOnce('Många invånare', 'TODO: lägesbild. Många invånare') },
        expected: [
          warning(
            PROMISE,
            27,
            1,
            'Platshållaren "TODO" står kvar.',
            'Ersätt den med det riktiga innehållet. Bara ett utkast får ha platshållare. Utgåvan är undertecknad och återges som den skrevs under: rätta det i nästa utgåva.',
          ),
        ],
      },
      {
        name: 'XX i ett föreslaget medborgarlöfte är en varning',
        overrides: { [PROMISE]: (valid) => valid.replace('status: active', 'status: draft').replace('per: termin', 'per: XX') },
        expected: [warning(PROMISE, 21, 12)],
      },
    ],
  },
};
export default rule;
