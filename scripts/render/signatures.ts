// The signatures: who signs for which party, where and when. On paper each signatory gets a
// line to sign on, an element with a stable id so that a digital signature field can later be
// placed over it.
import type { Element } from 'hast';
import { h } from 'hastscript';
import type { Language } from '../language/index.ts';
import type { Edition } from '../model/model.ts';
import { partyName } from './labels.ts';

export const signatureLineId = (index: number) => `underskrift-${index + 1}`;

export function signaturesSection(edition: Edition, medium: 'web' | 'print', words: Language): Element {
  const data = edition.meta.data;
  const { format, signatures } = words;
  const placeAndDate = format.signing(data);
  return h('section.signatures', { 'aria-labelledby': 'underskrifter' }, [
    h('h2', { id: 'underskrifter' }, signatures.heading),
    placeAndDate
      ? h('p.signing-place', placeAndDate)
      : h('p.signing-place', medium === 'print' ? signatures.placeAndDate(signatures.blank) : signatures.notYet),
    h(
      'ul.signatories',
      data.signatories.map((signatory, index) =>
        h('li.signatory', [
          ...(medium === 'print' ? [h('div.signature-line', { id: signatureLineId(index), 'aria-hidden': 'true' })] : []),
          h('span.signatory-name', signatory.name),
          h('span.signatory-title', signatory.title),
          h('span.signatory-party', partyName(data, signatory.party)),
          ...(signatory.confirmed === false ? [h('span.signatory-unconfirmed', signatures.unconfirmed)] : []),
          // On paper each signatory dates their own signature; blank lines where it is not yet known.
          ...(medium === 'print'
            ? [
                h(
                  'span.signatory-place',
                  signatures.placeAndDate(format.placeAndDate(signatory.place, signatory.date) ?? placeAndDate ?? signatures.blank),
                ),
              ]
            : []),
        ]),
      ),
    ),
  ]);
}
