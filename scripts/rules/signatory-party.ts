import { ruleWords, type Rule } from './rule.ts';
import { EDITION, error, replaceOnce, warning } from './examples.ts';

/**
 * Each signatory of an edition signs for one of its parties, and each party has a signatory.
 * Fires on the signatory's party (an error) and on a party without one (a warning: a party may
 * sign later). Not graded by the record policy.
 */
const rule: Rule = {
  id: 'signatory-party',
  description: 'Varje undertecknare hör till en part i utgåvan, och varje part har en undertecknare.',
  check(content, report) {
    const words = ruleWords(content)['signatory-party'];
    for (const { meta } of content.editions) {
      const parties = meta.data.parties.map((party) => party.id);
      meta.data.signatories.forEach((signatory, index) => {
        if (parties.includes(signatory.party)) return;
        report(meta.file, {
          severity: 'error',
          place: meta.locate(['signatories', index, 'party']),
          ...words.unknownParty(signatory.name, signatory.party, parties),
        });
      });
      meta.data.parties.forEach((party, index) => {
        if (meta.data.signatories.some((signatory) => signatory.party === party.id)) return;
        report(meta.file, {
          severity: 'warning',
          place: meta.locate(['parties', index]),
          ...words.noSignatory(party.name, party.id),
        });
      });
    }
  },
  examples: {
    ok: [
      {
        name: 'en part med två undertecknare',
        overrides: {
          [EDITION]: replaceOnce(
            'focusAreas:',
            '  - name: Bo Berg\n    title: Kommundirektör\n    party: degerfors-kommun\nfocusAreas:',
          ),
        },
      },
    ],
    notOk: [
      {
        name: 'undertecknare för en part som inte finns (och parten utan undertecknare)',
        overrides: { [EDITION]: replaceOnce('party: lpo-degerfors', 'party: lpo-karlskoga') },
        expected: [
          warning(EDITION, 12, 5, 'lokalpolisområde Degerfors har ingen undertecknare.'),
          error(
            EDITION,
            24,
            12,
            'Erik Lindqvist skriver under för parten "lpo-karlskoga", som inte finns i parties.',
            'Använd id:t för en av parterna: degerfors-kommun, lpo-degerfors.',
          ),
        ],
      },
    ],
  },
};
export default rule;
