import { AGREEMENT_DIR, FOCUS_AREA_DIR, GLOSSARY_FILE } from '../load/paths.ts';
import { ruleWords, unreadPaths, type Rule } from './rule.ts';
import { AREA_FAMILJESTOD, EDITION, error, FAMILJESTOD, PROMISE, replaceOnce } from './examples.ts';

/**
 * Each focus area an edition lists (focusAreas in edition.yaml) has a file in fokusomraden/ and
 * is listed once; each file there is listed; and each focus area a promise names is one that
 * some edition lists. Fires on the list entry or the file's id. A file that exists but could
 * not be read is not called missing (the loader reports it). Errors, in a signed edition too:
 * the record policy does not grade them.
 */
const rule: Rule = {
  id: 'focus-area-references',
  description: 'Varje fokusområde som utgåvan listar har en fil och står en gång, varje fil är listad, och löftenas fokusområden finns.',
  check(content, report) {
    const words = ruleWords(content)['focus-area-references'];
    const everyAreaId = new Set<string>();
    const unread = unreadPaths(content);
    for (const edition of content.editions) {
      const { meta } = edition;
      const files = new Set(edition.focusAreaFiles.map((area) => area.meta.data.id));
      const listed = new Set(meta.data.focusAreas);
      const unreadAreas = unread.filter((path) => path.startsWith(`${edition.dir}/${FOCUS_AREA_DIR}/`));
      meta.data.focusAreas.forEach((id, index) => {
        everyAreaId.add(id);
        const first = meta.data.focusAreas.indexOf(id);
        if (first !== index) {
          report(meta.file, {
            severity: 'error',
            place: meta.locate(['focusAreas', index]),
            ...words.listedTwice(id, first + 1),
          });
          return;
        }
        if (files.has(id)) return;
        // The file is there but could not be read: that problem is reported on the file.
        if (unreadAreas.includes(`${edition.dir}/${FOCUS_AREA_DIR}/${id}.md`)) return;
        report(meta.file, {
          severity: 'error',
          place: meta.locate(['focusAreas', index]),
          ...words.noFile(id, `${edition.dir}/${FOCUS_AREA_DIR}/${id}.md`, `${FOCUS_AREA_DIR}/${id}.md`, [...files], unreadAreas),
        });
      });
      for (const area of edition.focusAreaFiles) {
        if (listed.has(area.meta.data.id)) continue;
        report(area.meta.file, {
          severity: 'error',
          place: area.meta.locate(['id']),
          ...words.notListed(area.meta.data.id, meta.file.path),
        });
      }
    }
    // With an edition or a focus area unread, the set of focus-area ids is incomplete.
    if (unread.some((path) => path.startsWith(`${AGREEMENT_DIR}/`) && path !== `${AGREEMENT_DIR}/${GLOSSARY_FILE}`)) return;
    for (const promise of content.promises) {
      (promise.meta.data.focusAreas ?? []).forEach((id, index) => {
        if (everyAreaId.has(id)) return;
        report(promise.meta.file, {
          severity: 'error',
          place: promise.meta.locate(['focusAreas', index]),
          ...words.inNoEdition(id, [...everyAreaId]),
        });
      });
    }
  },
  examples: {
    ok: [
      {
        name: 'två fokusområden, båda listade och med egna filer',
        overrides: { [EDITION]: (valid) => `${valid}  - familjestod\n`, [AREA_FAMILJESTOD]: FAMILJESTOD },
      },
    ],
    notOk: [
      {
        name: 'utgåvan listar ett fokusområde utan fil',
        overrides: { [EDITION]: (valid) => `${valid}  - vald-i-nara-relationer\n` },
        expected: [
          error(
            EDITION,
            27,
            5,
            'Fokusområdet "vald-i-nara-relationer" finns inte: det finns ingen fil agreement/2026-2029/fokusomraden/vald-i-nara-relationer.md med det id:t.',
            'Skapa filen fokusomraden/vald-i-nara-relationer.md, eller rätta stavningen (finns: trygg-offentlig-miljo).',
          ),
        ],
      },
      {
        name: 'ett fokusområde som står två gånger i utgåvan',
        overrides: { [EDITION]: (valid) => `${valid}  - trygg-offentlig-miljo\n` },
        expected: [error(EDITION, 27, 5, 'Fokusområdet "trygg-offentlig-miljo" står två gånger i focusAreas (först som nummer 1).')],
      },
      {
        name: 'en fokusområdesfil som utgåvan inte listar',
        overrides: { [AREA_FAMILJESTOD]: FAMILJESTOD },
        expected: [
          error(
            AREA_FAMILJESTOD,
            2,
            5,
            'Fokusområdet "familjestod" står inte i focusAreas i agreement/2026-2029/edition.yaml och kommer inte med i texten.',
            'Lägg till "familjestod" i focusAreas där det ska stå i ordningen, eller ta bort filen.',
          ),
        ],
      },
      {
        name: 'ett löfte tjänar ett fokusområde som ingen utgåva har',
        overrides: { [PROMISE]: replaceOnce('  - trygg-offentlig-miljo', '  - trygg-miljo') },
        expected: [error(PROMISE, 13, 5, 'Fokusområdet "trygg-miljo" finns inte i någon utgåva.')],
      },
    ],
  },
};
export default rule;
