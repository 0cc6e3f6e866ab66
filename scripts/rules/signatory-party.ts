import type { Rule } from './rule.ts';

const rule: Rule = {
  id: 'signatory-party',
  description: 'Varje undertecknare hör till en part i utgåvan, och varje part har en undertecknare.',
  check(content, report) {
    for (const { meta } of content.editions) {
      const parties = meta.data.parties.map((party) => party.id);
      meta.data.signatories.forEach((signatory, index) => {
        if (parties.includes(signatory.party)) return;
        report(meta.file, {
          severity: 'error',
          place: meta.locate(['signatories', index, 'party']),
          reason: `${signatory.name} skriver under för parten "${signatory.party}", som inte finns i parties.`,
          fix: `Använd id:t för en av parterna: ${parties.join(', ')}.`,
        });
      });
      meta.data.parties.forEach((party, index) => {
        if (meta.data.signatories.some((signatory) => signatory.party === party.id)) return;
        report(meta.file, {
          severity: 'warning',
          place: meta.locate(['parties', index]),
          reason: `${party.name} har ingen undertecknare.`,
          fix: `Lägg till en undertecknare med "party: ${party.id}" under signatories.`,
        });
      });
    }
  },
};
export default rule;
