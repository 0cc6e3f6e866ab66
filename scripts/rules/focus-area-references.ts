import { AGREEMENT_DIR, FOCUS_AREA_DIR, GLOSSARY_FILE } from '../load/paths.ts';
import { unreadPaths, type Rule } from './rule.ts';

const rule: Rule = {
  id: 'focus-area-references',
  description: 'Varje fokusområde som utgåvan listar har en fil och står en gång, varje fil är listad, och löftenas fokusområden finns.',
  check(content, report) {
    const everyAreaId = new Set<string>();
    const unread = unreadPaths(content);
    for (const edition of content.editions) {
      const { meta } = edition;
      const files = new Set(edition.focusAreaFiles.map((area) => area.meta.data.id));
      const listed = new Set(meta.data.focusAreas);
      meta.data.focusAreas.forEach((id, index) => {
        everyAreaId.add(id);
        const first = meta.data.focusAreas.indexOf(id);
        if (first !== index) {
          report(meta.file, {
            severity: 'error',
            place: meta.locate(['focusAreas', index]),
            reason: `Fokusområdet "${id}" står två gånger i focusAreas (först som nummer ${first + 1}).`,
            fix: 'Ta bort den ena raden: varje fokusområde står en gång, där det ska stå i ordningen.',
          });
          return;
        }
        if (files.has(id)) return;
        // The file is there but could not be read: that problem is reported on the file.
        if (unread.includes(`${edition.dir}/${FOCUS_AREA_DIR}/${id}.md`)) return;
        report(meta.file, {
          severity: 'error',
          place: meta.locate(['focusAreas', index]),
          reason: `Fokusområdet "${id}" finns inte: det finns ingen fil ${edition.dir}/${FOCUS_AREA_DIR}/${id}.md med det id:t.`,
          fix: `Skapa filen ${FOCUS_AREA_DIR}/${id}.md, eller rätta stavningen (finns: ${[...files].join(', ') || 'inga'}).`,
        });
      });
      for (const area of edition.focusAreaFiles) {
        if (listed.has(area.meta.data.id)) continue;
        report(area.meta.file, {
          severity: 'error',
          place: area.meta.locate(['id']),
          reason: `Fokusområdet "${area.meta.data.id}" står inte i focusAreas i ${meta.file.path} och kommer inte med i texten.`,
          fix: `Lägg till "${area.meta.data.id}" i focusAreas där det ska stå i ordningen, eller ta bort filen.`,
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
          reason: `Fokusområdet "${id}" finns inte i någon utgåva.`,
          fix: `Använd id:t för ett fokusområde som en utgåva listar (finns: ${[...everyAreaId].join(', ')}).`,
        });
      });
    }
  },
};
export default rule;
