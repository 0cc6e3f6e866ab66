import { citationForm, citedPromiseId } from '../model/citations.ts';
import { orderedFocusAreas } from '../model/model.ts';
import { PROMISES_DIR } from '../load/paths.ts';
import { unreadPaths, type Rule } from './rule.ts';

const rule: Rule = {
  id: 'promise-references',
  description: 'Varje hänvisning till ett medborgarlöfte pekar på ett löfte som finns, och löftet nämner fokusområdet.',
  check(content, report) {
    const promises = new Map(content.promises.map((promise) => [promise.meta.data.id, promise]));
    // Promise files that could not be read, by file name (the id, which unique-ids checks).
    const unread = new Set(
      unreadPaths(content)
        .filter((path) => path.startsWith(`${PROMISES_DIR}/`))
        .map((path) => path.split('/').at(-1)!.replace(/\.md$/, '')),
    );
    for (const edition of content.editions) {
      // A promise has one footnote in an edition, so one wording: the first citation's.
      const forms = new Map<string, { form: string; area: string }>();
      for (const area of orderedFocusAreas(edition)) {
        (area.meta.data.promises ?? []).forEach((citation, index) => {
          const id = citedPromiseId(citation);
          const place = area.meta.locate(typeof citation === 'string' ? ['promises', index] : ['promises', index, 'promise']);
          const form = citationForm(citation).join('{text}');
          const first = forms.get(id);
          if (!first) forms.set(id, { form, area: area.meta.data.id });
          else if (first.form !== form) {
            report(area.meta.file, {
              severity: 'warning',
              place,
              reason: `Medborgarlöftet "${id}" citeras redan i fokusområdet "${first.area}" med en annan fotnotsform; fotnoten får den formen.`,
              fix: `Använd samma footnote-form ("${first.form}") i båda fokusområdena, eller ta bort den här för att använda den.`,
            });
          }
          const promise = promises.get(id);
          if (!promise && unread.has(id)) return;
          if (!promise) {
            report(area.meta.file, {
              severity: 'error',
              place,
              reason: `Medborgarlöftet "${id}" finns inte.`,
              fix: `Skapa promises/${id}.md, eller rätta id:t (finns: ${[...promises.keys()].join(', ') || 'inga'}).`,
            });
          } else if (!(promise.meta.data.focusAreas ?? []).includes(area.meta.data.id)) {
            report(area.meta.file, {
              severity: 'warning',
              place,
              reason: `Fokusområdet "${area.meta.data.id}" hänvisar till medborgarlöftet "${id}", men löftet nämner inte fokusområdet.`,
              fix: `Lägg till "${area.meta.data.id}" i focusAreas i ${promise.meta.file.path}.`,
            });
          }
        });
      }
    }
  },
};
export default rule;
