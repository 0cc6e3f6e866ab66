import { ACCESSIBILITY_PAGE, comparisonPagePath, INDEX_PAGE, MANIFEST, promisePagePath } from '../model/output-paths.ts';
import { AREA, EDITION, error, PROMISE, TEXT } from './examples.ts';
import { ruleWords, type Rule } from './rule.ts';

/** Device names Windows will not create as a file or folder, with any extension (con.md, aux/). */
const WINDOWS_DEVICES = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;

/** What the build itself puts at the top of dist/: an edition by one of these names would land on top of it. */
const BUILD_NAMES = new Set(
  // style.css beside each page (build-site.ts, not imported here: it would load the whole build into check).
  [INDEX_PAGE, MANIFEST, 'style.css', 'assets', comparisonPagePath('a', 'b'), promisePagePath('a'), ACCESSIBILITY_PAGE].flatMap((path) => {
    const top = path.split('/')[0]!;
    return [top, top.replace(/\.[^.]*$/, '')];
  }),
);

const isDevice = (segment: string) => WINDOWS_DEVICES.test(segment.split('.')[0]!);

/**
 * Content paths stay safe as paths on every machine and in dist/: no file or folder is named
 * after a Windows device (con.md, aux/: a clone on Windows breaks), no two paths differ only in
 * case (they become one on Windows and macOS), and no edition is named after what the build
 * itself writes at the top of dist/ (compare/, promises/, index.html…): its pages would land
 * on top of those. The id pattern (schema) and unique-ids keep everything else out: ids are
 * lower-case a–z, digits and hyphens, unique without regard to case, and equal to their file's
 * or folder's name. Errors: the build would write over its own pages or break a clone.
 */
const rule: Rule = {
  id: 'safe-paths',
  description: 'Fil- och mappnamn fungerar på alla datorer och krockar inte med byggets egna sidor.',
  check(content, report) {
    const words = ruleWords(content)['safe-paths'];
    const seen = new Map<string, string>();
    for (const file of content.files) {
      const path = file.path.split('\\').join('/');
      const segments = path.split('/');
      const device = segments.find(isDevice);
      if (device) report(file, { severity: 'error', place: { start: { line: 1, column: 1 } }, ...words.device(device) });
      // Each folder on the way too: promises/Gamla/a.md and promises/gamla/b.md collide as folders.
      for (let end = 1; end <= segments.length; end += 1) {
        const prefix = segments.slice(0, end).join('/');
        const earlier = seen.get(prefix.toLowerCase());
        if (earlier === undefined) seen.set(prefix.toLowerCase(), prefix);
        else if (earlier !== prefix) {
          report(file, { severity: 'error', place: { start: { line: 1, column: 1 } }, ...words.caseCollision(prefix, earlier) });
          break;
        }
      }
    }
    for (const edition of content.editions) {
      if (!BUILD_NAMES.has(edition.id.toLowerCase())) continue;
      report(edition.meta.file, { severity: 'error', place: edition.meta.locate(['id']), ...words.buildName(edition.id) });
    }
  },
  examples: {
    ok: [
      {
        name: 'ett medborgarlöfte i en undermapp vars namn liknar ett enhetsnamn',
        overrides: { [PROMISE]: null, 'promises/console/degerfors-trygghetsvandringar.md': { copyOf: PROMISE } },
      },
    ],
    notOk: [
      {
        name: 'en utgåva som heter som byggets jämförelsesidor',
        overrides: {
          'agreement/2026-2029': null,
          'agreement/compare/edition.yaml': { copyOf: EDITION, change: (text) => text.replace('id: 2026-2029', 'id: compare') },
          'agreement/compare/text.md': { copyOf: TEXT },
          'agreement/compare/fokusomraden/trygg-offentlig-miljo.md': { copyOf: AREA },
        },
        expected: [
          error(
            'agreement/compare/edition.yaml',
            1,
            5,
            'Utgåvan "compare" heter som en del av det bygget självt skriver (compare, index.html, promises …): dess sidor skulle hamna ovanpå byggets egna.',
          ),
        ],
      },
      {
        name: 'ett medborgarlöfte i en mapp som heter som en Windows-enhet',
        overrides: { [PROMISE]: null, 'promises/aux/degerfors-trygghetsvandringar.md': { copyOf: PROMISE } },
        expected: [error('promises/aux/degerfors-trygghetsvandringar.md', 1, 1, '"aux" är ett namn som Windows reserverar för en enhet: arkivet går inte att klona på Windows.')],
      },
      {
        name: 'två mappar vars namn bara skiljer sig i stora och små bokstäver',
        overrides: {
          'promises/Gamla/degerfors-trygghetsvandringar.md': { copyOf: PROMISE },
          [PROMISE]: null,
          'promises/gamla/degerfors-nattvandringar.md': {
            copyOf: PROMISE,
            change: (text) => text.replace('id: degerfors-trygghetsvandringar', 'id: degerfors-nattvandringar'),
          },
        },
        expected: [
          error(
            'promises/gamla/degerfors-nattvandringar.md',
            1,
            1,
            '"promises/gamla" skiljer sig från "promises/Gamla" bara i stora och små bokstäver: på Windows och macOS blir de samma.',
          ),
        ],
      },
    ],
  },
};
export default rule;
