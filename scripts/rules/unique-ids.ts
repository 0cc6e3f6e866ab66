import type { VFile } from 'vfile';
import type { Place } from '../model/model.ts';
import type { Rule, RuleReport } from './rule.ts';

interface Claim {
  id: string;
  file: VFile;
  place: Place;
}

/** Reports every claim after the first of the same id (case-insensitively: ids become URLs). */
function reportDuplicates(claims: Claim[], what: string, report: RuleReport): void {
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
      reason: `Id "${claim.id}" används redan för ${what} i ${earlier.file.path}:${earlier.place.start.line}.`,
      fix: 'Ge det ett eget id: id:n blir adresser på webben och måste vara unika.',
    });
  }
}

function reportNameMismatch(claim: Claim, expected: string, what: string, report: RuleReport): void {
  if (claim.id === expected) return;
  report(claim.file, {
    severity: 'error',
    place: claim.place,
    reason: `Id "${claim.id}" stämmer inte med ${what} "${expected}".`,
    fix: `Ändra id till "${expected}", eller byt namn på ${what} till "${claim.id}".`,
  });
}

const rule: Rule = {
  id: 'unique-ids',
  description: 'Id:n är unika och stämmer med fil- och mappnamn.',
  check(content, report) {
    const editionClaims: Claim[] = [];
    for (const edition of content.editions) {
      const { meta } = edition;
      const claim = { id: meta.data.id, file: meta.file, place: meta.locate(['id']) };
      editionClaims.push(claim);
      reportNameMismatch(claim, edition.id, 'mappen', report);
      reportDuplicates(
        meta.data.parties.map((party, index) => ({ id: party.id, file: meta.file, place: meta.locate(['parties', index, 'id']) })),
        'en annan part',
        report,
      );
      const areaClaims = edition.focusAreaFiles.map((area) => ({
        id: area.meta.data.id,
        file: area.meta.file,
        place: area.meta.locate(['id']),
      }));
      for (const claim of areaClaims) reportNameMismatch(claim, claim.file.stem ?? '', 'filen', report);
      reportDuplicates(areaClaims, 'ett annat fokusområde', report);
    }
    reportDuplicates(editionClaims, 'en annan utgåva', report);

    const promiseClaims = content.promises.map((promise) => ({
      id: promise.meta.data.id,
      file: promise.meta.file,
      place: promise.meta.locate(['id']),
    }));
    for (const claim of promiseClaims) reportNameMismatch(claim, claim.file.stem ?? '', 'filen', report);
    reportDuplicates(promiseClaims, 'ett annat medborgarlöfte', report);

    const glossary = content.glossary;
    if (glossary) {
      reportDuplicates(
        glossary.data.terms.map((term, index) => ({ id: term.id, file: glossary.file, place: glossary.locate(['terms', index, 'id']) })),
        'ett annat begrepp',
        report,
      );
    }
  },
};
export default rule;
