// The signatures: who signs for which party, where and when. On paper each signatory gets a
// line to sign on, an element with a stable id; a PDF awaiting signatures gets a digital
// signature field on each line.
import type { Element } from 'hast';
import { h } from 'hastscript';
import type { Language } from '../language/index.ts';
import type { Edition } from '../model/model.ts';
import { partyName } from './labels.ts';

export const signatureLineId = (index: number) => `underskrift-${index + 1}`;

/** The empty link at a signature line that becomes the signatory's signature field (sign/signature-fields.ts). */
export const signatureFieldAnchor = (index: number) => `${signatureLineId(index)}-falt`;

/** Agreed and awaiting signatures: the PDF carries an empty signature field per signatory. */
export const awaitsSignatures = (edition: Edition) => ['final', 'decided'].includes(edition.meta.data.status);

/**
 * What a signed edition's page and PDF are: the signed original when its signed PDF is
 * committed (and published), else a faithful re-publication of an agreement signed on paper.
 */
export function recordNotice(edition: Edition, words: Language): Element[] {
  if (edition.meta.data.status !== 'signed') return [];
  return [h('p.record-notice', edition.signedPdf ? words.edition.digitalRecord : words.edition.paperRecord)];
}

/**
 * The line to sign on. Awaiting signatures, it holds a block link the size of the signature
 * field, its foot on the line: Chromium prints it as a tagged Link annotation with exactly that
 * box, which the edition's PDF pass turns into the field. Otherwise it is only a drawn line.
 */
function signatureLine(edition: Edition, index: number, words: Language): Element {
  const id = signatureLineId(index);
  if (!awaitsSignatures(edition)) return h('div.signature-line', { id, 'aria-hidden': 'true' });
  const signatory = edition.meta.data.signatories[index]!;
  const anchor = signatureFieldAnchor(index);
  return h('div.signature-line', { id }, [
    h('a', {
      id: anchor,
      href: `#${anchor}`,
      'aria-label': words.signatures.field(signatory.name, signatory.title),
      // The line's box has a fixed height (print.css): the field's foot stands on its border.
      style: 'display:block;width:70mm;height:15mm;position:relative;top:calc(100% - 15mm)',
    }),
  ]);
}

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
          ...(medium === 'print' ? [signatureLine(edition, index, words)] : []),
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
