import { wordsFor } from '../language/index.ts';
import { citationForm, citedPromiseId } from '../model/citations.ts';
import { orderedFocusAreas } from '../model/model.ts';
import { PROMISES_DIR } from '../load/paths.ts';
import { ruleWords, unreadPaths, type Rule } from './rule.ts';
import { AREA, AREA_FAMILJESTOD, EDITION, error, FAMILJESTOD, PROMISE, replaceOnce, warning } from './examples.ts';

/**
 * Each promise a focus area cites (promises in its frontmatter) exists, and names that focus
 * area among its own; a promise cited by several focus areas of one edition is cited with one
 * footnote form, because it gets one footnote. Fires on the citation: an error for a promise
 * that does not exist (unless its file could not be read), a warning for the others. Not graded
 * by the record policy.
 */
const rule: Rule = {
  id: 'promise-references',
  description: 'Varje hänvisning till ett medborgarlöfte pekar på ett löfte som finns, och löftet nämner fokusområdet.',
  check(content, report) {
    const words = ruleWords(content)['promise-references'];
    const language = wordsFor(content.site.language);
    const promises = new Map(content.promises.map((promise) => [promise.meta.data.id, promise]));
    const unreadFiles = unreadPaths(content).filter((path) => path.startsWith(`${PROMISES_DIR}/`));
    // Promise files that could not be read, by file name (the id, which unique-ids checks).
    const unread = new Set(unreadFiles.map((path) => path.split('/').at(-1)!.replace(/\.md$/, '')));
    for (const edition of content.editions) {
      // A promise has one footnote in an edition, so one wording: the first citation's.
      const forms = new Map<string, { form: string; area: string }>();
      for (const area of orderedFocusAreas(edition)) {
        (area.meta.data.promises ?? []).forEach((citation, index) => {
          const id = citedPromiseId(citation);
          const place = area.meta.locate(typeof citation === 'string' ? ['promises', index] : ['promises', index, 'promise']);
          const form = citationForm(citation, language).join('{text}');
          const first = forms.get(id);
          if (!first) forms.set(id, { form, area: area.meta.data.id });
          else if (first.form !== form) {
            report(area.meta.file, {
              severity: 'warning',
              place,
              ...words.otherForm(id, first.area, first.form),
            });
          }
          const promise = promises.get(id);
          if (!promise && unread.has(id)) return;
          if (!promise) {
            report(area.meta.file, {
              severity: 'error',
              place,
              ...words.missing(id, [...promises.keys()], unreadFiles),
            });
          } else if (!(promise.meta.data.focusAreas ?? []).includes(area.meta.data.id)) {
            report(area.meta.file, {
              severity: 'warning',
              place,
              ...words.areaNotNamed(area.meta.data.id, id, promise.meta.file.path),
            });
          }
        });
      }
    }
  },
  examples: {
    ok: [
      {
        name: 'hänvisning i objektform med egen fotnotsform',
        overrides: {
          [AREA]: replaceOnce('  - degerfors-trygghetsvandringar', '  - promise: degerfors-trygghetsvandringar\n    footnote: Medborgarlöfte ”{text}”.'),
        },
      },
    ],
    notOk: [
      {
        name: 'samma löfte citeras med två olika fotnotsformer',
        overrides: {
          [EDITION]: (valid) => `${valid}  - familjestod\n`,
          [AREA_FAMILJESTOD]: FAMILJESTOD.replace(
            'title: Familjestöd\n',
            'title: Familjestöd\npromises:\n  - promise: degerfors-trygghetsvandringar\n    footnote: Löfte ”{text}”.\n',
          ),
        },
        // The second warning: the promise does not name familjestod among its focus areas.
        expected: [
          warning(
            AREA_FAMILJESTOD,
            5,
            14,
            'Medborgarlöftet "degerfors-trygghetsvandringar" citeras redan i fokusområdet "trygg-offentlig-miljo" med en annan fotnotsform; fotnoten får den formen.',
          ),
          warning(
            AREA_FAMILJESTOD,
            5,
            14,
            'Fokusområdet "familjestod" hänvisar till medborgarlöftet "degerfors-trygghetsvandringar", men löftet nämner inte fokusområdet.',
          ),
        ],
      },
      {
        name: 'hänvisning till ett löfte som inte finns',
        overrides: { [AREA]: replaceOnce('  - degerfors-trygghetsvandringar', '  - degerfors-trygghetsvandring') },
        expected: [
          error(
            AREA,
            5,
            5,
            'Medborgarlöftet "degerfors-trygghetsvandring" finns inte.',
            'Skapa promises/degerfors-trygghetsvandring.md, eller rätta id:t (finns: degerfors-trygghetsvandringar).',
          ),
        ],
      },
      {
        name: 'hänvisning i objektform till ett löfte som inte finns',
        overrides: { [AREA]: replaceOnce('  - degerfors-trygghetsvandringar', '  - promise: degerfors-narvaro') },
        expected: [error(AREA, 5, 14, 'Medborgarlöftet "degerfors-narvaro" finns inte.')],
      },
      {
        name: 'löftet nämner inte fokusområdet som hänvisar till det',
        overrides: { [PROMISE]: replaceOnce('focusAreas:\n  - trygg-offentlig-miljo\n', '') },
        expected: [
          warning(
            AREA,
            5,
            5,
            'Fokusområdet "trygg-offentlig-miljo" hänvisar till medborgarlöftet "degerfors-trygghetsvandringar", men löftet nämner inte fokusområdet.',
            'Lägg till "trygg-offentlig-miljo" i focusAreas i promises/degerfors-trygghetsvandringar.md.',
          ),
        ],
      },
    ],
  },
};
export default rule;
