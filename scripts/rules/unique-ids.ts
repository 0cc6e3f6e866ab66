import type { VFile } from 'vfile';
import type { Place, YamlSource } from '../model/model.ts';
// The site configuration is not in the valid fixture: the examples add it with publishing targets.
import { SITE_PATH } from '../model/site.ts';
import { ruleWords, type Rule, type RuleReport } from './rule.ts';
import { AREA, EDITION, error, GLOSSARY, PROMISE, replaceOnce } from './examples.ts';

const siteWithTargets = (...ids: string[]) =>
  'municipality: Degerfors\npoliceArea: Degerfors\ntargets:\n' +
  ids
    .map((id) => `  - id: ${id}\n    name: Webbplatsen ${id}\n    baseUrl: https://www.example.se/${id}/\n    method: { type: directory, path: /srv/${id} }\n    accessibilityContact: { email: a@example.se }\n`)
    .join('');

interface Claim {
  id: string;
  file: VFile;
  place: Place;
}

type Words = ReturnType<typeof ruleWords>['unique-ids'];

/** Reports every claim after the first of the same id (case-insensitively: ids become URLs). */
function reportDuplicates(claims: Claim[], other: string, report: RuleReport, words: Words, fix?: string): void {
  const first = new Map<string, Claim>();
  for (const claim of claims) {
    const key = claim.id.toLowerCase();
    const earlier = first.get(key);
    if (!earlier) {
      first.set(key, claim);
      continue;
    }
    report(claim.file, {
      severity: 'error',
      place: claim.place,
      ...words.taken(claim.id, other, `${earlier.file.path}:${earlier.place.start.line}`, fix),
    });
  }
}

function reportNameMismatch(claim: Claim, expected: string, what: string, report: RuleReport, words: Words): void {
  if (claim.id === expected) return;
  report(claim.file, {
    severity: 'error',
    place: claim.place,
    ...words.notItsName(claim.id, what, expected),
  });
}

/** Focus areas and promises: each id is its file's name, and unique among its kind. */
function reportFileClaims(sources: readonly { meta: YamlSource<{ id: string }> }[], other: string, report: RuleReport, words: Words): void {
  const claims = sources.map(({ meta }) => ({ id: meta.data.id, file: meta.file, place: meta.locate(['id']) }));
  for (const claim of claims) reportNameMismatch(claim, claim.file.stem ?? '', words.file, report, words);
  reportDuplicates(claims, other, report, words);
}

/**
 * Publishing targets (`targets:` of the site configuration, or of a file given to npm run publish
 * -- --targets) that share an id: `npm run publish -- <id>` could only ever reach the first. A
 * JSON Schema cannot say "unique by key"; the rule says it for webbplats.yaml, publishing for a
 * --targets file, in the same words.
 */
export function reportDuplicateTargets(source: YamlSource<{ targets?: readonly { id: string }[] }>, report: RuleReport, words: Words): void {
  const claims = (source.data.targets ?? []).map((target, index) => ({ id: target.id, file: source.file, place: source.locate(['targets', index, 'id']) }));
  reportDuplicates(claims, words.others.target, report, words, words.targetFix);
}

/**
 * Every id is unique among its kind (editions, the parties of an edition, the focus areas of an
 * edition, promises, glossary terms, publishing targets), compared without regard to case
 * because ids become web addresses; and an edition's id is its folder's name, a focus area's
 * or a promise's its file's.
 * Fires on every claim after the first of the same id, and on an id that is not its name.
 * Errors, in a signed edition too: the record policy does not grade them (they are structure,
 * not wording).
 */
const rule: Rule = {
  id: 'unique-ids',
  description: 'Id:n är unika och stämmer med fil- och mappnamn.',
  check(content, report) {
    const words = ruleWords(content)['unique-ids'];
    const { others } = words;
    const editionClaims: Claim[] = [];
    for (const edition of content.editions) {
      const { meta } = edition;
      const claim = { id: meta.data.id, file: meta.file, place: meta.locate(['id']) };
      editionClaims.push(claim);
      reportNameMismatch(claim, edition.id, words.folder, report, words);
      reportDuplicates(
        meta.data.parties.map((party, index) => ({ id: party.id, file: meta.file, place: meta.locate(['parties', index, 'id']) })),
        others.party,
        report,
        words,
      );
      reportFileClaims(edition.focusAreaFiles, others.focusArea, report, words);
    }
    reportDuplicates(editionClaims, others.edition, report, words);

    reportFileClaims(content.promises, others.promise, report, words);

    const glossary = content.glossary;
    if (glossary) {
      reportDuplicates(
        glossary.data.terms.map((term, index) => ({ id: term.id, file: glossary.file, place: glossary.locate(['terms', index, 'id']) })),
        others.term,
        report,
        words,
      );
    }

    if (content.siteSource) reportDuplicateTargets(content.siteSource, report, words);
  },
  examples: {
    ok: [
      {
        name: 'ett medborgarlöfte i en undermapp med eget id',
        overrides: { 'promises/2027/degerfors-narvaro.md': { copyOf: PROMISE, change: replaceOnce('id: degerfors-trygghetsvandringar', 'id: degerfors-narvaro') } },
      },
      {
        name: 'två publiceringsmål med var sitt id',
        overrides: { [SITE_PATH]: siteWithTargets('kommun', 'polisen') },
      },
    ],
    notOk: [
      {
        name: 'utgåvans id stämmer inte med mappen',
        overrides: { [EDITION]: replaceOnce('id: 2026-2029', 'id: 2026-2030') },
        expected: [error(EDITION, 1, 5, 'Id "2026-2030" stämmer inte med mappen "2026-2029".')],
      },
      {
        name: 'två parter med samma id',
        overrides: { [EDITION]: replaceOnce('id: lpo-degerfors', 'id: degerfors-kommun') },
        expected: [error(EDITION, 12, 9, 'Id "degerfors-kommun" används redan för en annan part i agreement/2026-2029/edition.yaml:9.')],
      },
      {
        name: 'fokusområdets id stämmer inte med filnamnet',
        overrides: { [AREA]: replaceOnce('id: trygg-offentlig-miljo', 'id: trygg-miljo') },
        expected: [
          error(
            AREA,
            2,
            5,
            'Id "trygg-miljo" stämmer inte med filen "trygg-offentlig-miljo".',
            'Ändra id till "trygg-offentlig-miljo", eller byt namn på filen till "trygg-miljo".',
          ),
        ],
      },
      {
        name: 'samma begrepp två gånger i ordlistan',
        overrides: { [GLOSSARY]: (valid) => `${valid}  - id: est\n    term: EST-arbete\n    definition: Samma begrepp igen.\n` },
        expected: [error(GLOSSARY, 10, 9, 'Id "est" används redan för ett annat begrepp i agreement/ordlista.yaml:3.')],
      },
      {
        name: 'två medborgarlöften med samma id (i olika mappar)',
        overrides: { 'promises/2027/degerfors-trygghetsvandringar.md': { copyOf: PROMISE } },
        // promises/2027/… sorts first, so the one at the top is the later claim.
        expected: [
          error(
            PROMISE,
            2,
            5,
            'Id "degerfors-trygghetsvandringar" används redan för ett annat medborgarlöfte i promises/2027/degerfors-trygghetsvandringar.md:2.',
          ),
        ],
      },
      {
        name: 'två publiceringsmål med samma id',
        overrides: { [SITE_PATH]: siteWithTargets('kommun', 'kommun') },
        expected: [
          error(
            SITE_PATH,
            9,
            9,
            'Id "kommun" används redan för ett annat publiceringsmål i agreement/webbplats.yaml:4.',
            'Varje mål behöver ett eget id, det som skrivs i npm run publish -- <id>: byt id på det ena målet eller ta bort det.',
          ),
        ],
      },
    ],
  },
};
export default rule;
