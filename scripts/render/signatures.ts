// The signatures: who signs for which party, where and when. On paper each signatory gets a
// line to sign on, an element with a stable id so that a digital signature field can later be
// placed over it.
import type { Element } from 'hast';
import { h } from 'hastscript';
import type { Edition, SignatoryData } from '../model/model.ts';
import { partyName, signingText } from './labels.ts';

export const signatureLineId = (index: number) => `underskrift-${index + 1}`;

/** On paper each signatory dates their own signature; blank lines where it is not yet known. */
function signatoryPlaceAndDate(signatory: SignatoryData, edition: string | undefined): string {
  const own = [signatory.place, signatory.date].filter(Boolean).join(' ');
  return `Ort och datum: ${own || edition || '______________________'}`;
}

export function signaturesSection(edition: Edition, medium: 'web' | 'print'): Element {
  const data = edition.meta.data;
  const placeAndDate = signingText(data);
  return h('section.signatures', { 'aria-labelledby': 'underskrifter' }, [
    h('h2', { id: 'underskrifter' }, 'Underskrifter'),
    placeAndDate
      ? h('p.signing-place', placeAndDate)
      : h('p.signing-place', medium === 'print' ? 'Ort och datum: ______________________' : 'Ort och datum bestäms när överenskommelsen skrivs under.'),
    h(
      'ul.signatories',
      data.signatories.map((signatory, index) =>
        h('li.signatory', [
          ...(medium === 'print' ? [h('div.signature-line', { id: signatureLineId(index), 'aria-hidden': 'true' })] : []),
          h('span.signatory-name', signatory.name),
          h('span.signatory-title', signatory.title),
          h('span.signatory-party', partyName(data, signatory.party)),
          ...(signatory.confirmed === false ? [h('span.signatory-unconfirmed', '(ej bekräftad)')] : []),
          ...(medium === 'print' ? [h('span.signatory-place', signatoryPlaceAndDate(signatory, placeAndDate))] : []),
        ]),
      ),
    ),
  ]);
}
