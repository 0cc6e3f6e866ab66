import { appendixPromises, citedPromises } from '../model/citations.ts';
import { wordsFor } from '../language/index.ts';
import { EDITION, error, PROMISE, replaceOnce, warning } from './examples.ts';
import { ruleWords, type Rule } from './rule.ts';
import { standIns } from '../validate/salvage.ts';

const DRAFT_PROMISE = replaceOnce('status: active', 'status: draft');
const APPENDED = 'promises/degerfors-narvaro.md';

/**
 * An edition that is final, decided or signed has no promise in its appendix (the promises it
 * cites and those that name it in appendixTo, model/citations.ts) that is still a proposal
 * (status: draft): the PDF would append it to the agreement as "Status Förslag". Fires on the
 * promise's status, once per such edition. A warning for a final or decided edition (there is
 * time before it is signed); an error for a signed one, and not graded by the record policy: a
 * promise's status is not part of the signed record (lock/edition-lock.ts leaves it out of the
 * lock), so it can and must be set right. Not for an edition whose status could not be read
 * (its edition.yaml fails its schema there): the finding would rest on the loader's stand-in.
 */
const rule: Rule = {
  id: 'appendix-promise-status',
  description: 'En färdig, beslutad eller undertecknad utgåva har inga medborgarlöften med status draft (förslag) i sin bilaga.',
  check(content, report) {
    const words = ruleWords(content)['appendix-promise-status'];
    const statuses = wordsFor(content.site.language).status;
    for (const edition of content.editions) {
      const status = edition.meta.data.status;
      if (status === 'draft' || standIns(edition.meta.file).includes('status')) continue;
      const cited = citedPromises(content, edition);
      for (const promise of appendixPromises(content, edition)) {
        if (promise.meta.data.status !== 'draft') continue;
        report(promise.meta.file, {
          severity: status === 'signed' ? 'error' : 'warning',
          place: promise.meta.locate(['status']),
          ...words.draft(promise.meta.data.id, edition.id, statuses.edition[status].toLowerCase(), cited.includes(promise), status === 'signed'),
        });
      }
    }
  },
  examples: {
    ok: [
      { name: 'ett utkast som hänvisar till ett förslag', overrides: { [EDITION]: replaceOnce('status: final', 'status: draft'), [PROMISE]: DRAFT_PROMISE } },
      {
        name: 'en undertecknad utgåva med ett avslutat löfte i bilagan',
        overrides: { [EDITION]: replaceOnce('status: final', 'status: signed'), [PROMISE]: replaceOnce('status: active', 'status: ended') },
        locked: { '2026-2029': {} },
      },
    ],
    notOk: [
      {
        name: 'en färdig utgåva som hänvisar till ett förslag',
        overrides: { [PROMISE]: DRAFT_PROMISE },
        expected: [
          warning(
            PROMISE,
            8,
            9,
            'Medborgarlöftet "degerfors-trygghetsvandringar" är ett förslag (status: draft), men står i bilagan till utgåvan 2026-2029, som är färdig för beslut: bilagan visar det som "Status Förslag".',
            'Sätt status: active när löftet är undertecknat eller bekräftat, eller ta bort hänvisningen till det i utgåvans fokusområden innan utgåvan skrivs under.',
          ),
        ],
      },
      {
        name: 'ett förslag som är bilaga (appendixTo) till en färdig utgåva',
        overrides: {
          [APPENDED]: {
            copyOf: PROMISE,
            change: (valid) =>
              DRAFT_PROMISE(valid)
                .replace('id: degerfors-trygghetsvandringar', 'id: degerfors-narvaro\nappendixTo: 2026-2029')
                .replace('focusAreas:\n  - trygg-offentlig-miljo\n', ''),
          },
        },
        expected: [warning(APPENDED, 9, 9, undefined, 'Sätt status: active när löftet är undertecknat eller bekräftat, eller ta bort appendixTo: 2026-2029 ur löftet.')],
      },
      {
        name: 'en undertecknad utgåva som hänvisar till ett förslag',
        overrides: { [EDITION]: replaceOnce('status: final', 'status: signed'), [PROMISE]: DRAFT_PROMISE },
        locked: { '2026-2029': {} },
        expected: [
          error(
            PROMISE,
            8,
            9,
            'Medborgarlöftet "degerfors-trygghetsvandringar" är ett förslag (status: draft), men står i bilagan till utgåvan 2026-2029, som är undertecknad: bilagan visar det som "Status Förslag".',
            'Sätt status: active (eller ended) om löftet gäller eller har gällt: statusen hör inte till det som låstes och får ändras efter underskriften. Är löftet fortfarande ett förslag, hör det inte till en undertecknad överenskommelse: ta bort hänvisningen till det i nästa utgåva.',
          ),
        ],
      },
    ],
  },
};
export default rule;
