import { ruleWords, type Rule } from './rule.ts';
import { EDITION, error, PROMISE, replaceOnce } from './examples.ts';

/**
 * Nobody signs an edition that is final, decided or signed, or a promise in force, while it is
 * still unconfirmed who they are (confirmed: false, as new-edition marks copied signatories).
 * Fires on the confirmed flag. An error, and not graded by the record policy: the names on a
 * document that is decided or signed must be known.
 */
const rule: Rule = {
  id: 'confirmed-signatories',
  description: 'En utgåva som är färdig, beslutad eller undertecknad, och ett gällande medborgarlöfte, har bara bekräftade undertecknare.',
  check(content, report) {
    const words = ruleWords(content)['confirmed-signatories'];
    for (const { meta } of content.editions) {
      if (meta.data.status === 'draft') continue;
      meta.data.signatories.forEach((signatory, index) => {
        if (signatory.confirmed !== false) return;
        report(meta.file, { severity: 'error', place: meta.locate(['signatories', index, 'confirmed']), ...words.unconfirmed(signatory.name, meta.data.status) });
      });
    }
    for (const { meta } of content.promises) {
      if (meta.data.status === 'draft') continue;
      (meta.data.signatories ?? []).forEach((signatory, index) => {
        if (signatory.confirmed !== false) return;
        report(meta.file, { severity: 'error', place: meta.locate(['signatories', index, 'confirmed']), ...words.unconfirmed(signatory.name, meta.data.status ?? 'active') });
      });
    }
  },
  examples: {
    ok: [
      {
        name: 'en obekräftad undertecknare i ett utkast',
        overrides: {
          [EDITION]: (valid) => valid.replace('status: final', 'status: draft').replace('    party: degerfors-kommun\n', '    party: degerfors-kommun\n    confirmed: false\n'),
        },
      },
    ],
    notOk: [
      {
        name: 'en obekräftad undertecknare i en färdig utgåva',
        overrides: { [EDITION]: replaceOnce('    party: degerfors-kommun\n', '    party: degerfors-kommun\n    confirmed: false\n') },
        expected: [
          error(
            EDITION,
            22,
            16,
            'Anna Andersson är inte bekräftad som undertecknare (confirmed: false), men dokumentet har status final.',
            'Bekräfta vem som skriver under och ta bort confirmed: false, eller sätt tillbaka status: draft.',
          ),
        ],
      },
      {
        name: 'en obekräftad undertecknare i ett gällande medborgarlöfte',
        overrides: {
          [PROMISE]: replaceOnce('status: active\n', 'status: active\nsignatories:\n  - name: Anna Andersson\n    title: Kommunstyrelsens ordförande\n    party: Degerfors kommun\n    confirmed: false\n'),
        },
        expected: [error(PROMISE, 13, 16)],
      },
    ],
  },
};
export default rule;
