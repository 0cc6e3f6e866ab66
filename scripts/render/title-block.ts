// The facts at the head of an edition, on the web page and on the PDF's title page: everything
// edition.yaml says about the agreement that the text does not (actors, extension, decisions,
// where the original is kept).
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Language } from '../language/index.ts';
import type { Edition } from '../model/model.ts';
import { partyName } from './labels.ts';

type Value = string | ElementContent[];

export function editionFacts(edition: Edition, words: Language): Element {
  const data = edition.meta.data;
  const { format } = words;
  const labels = words.edition.facts;
  const signed = data.status === 'signed' ? format.signing(data) : undefined;
  const provenance = data.provenance;
  const rows: Array<[string, Value[]]> = [
    [labels.parties, [format.parties(data)]],
    [labels.actors, (data.actors ?? []).map((actor) => words.edition.actor(actor.name, actor.role))],
    [labels.period, [format.period(data.period)]],
    [labels.extension, data.period.extension ? [format.extension(data.period.extension)] : []],
    [labels.status, [format.editionStatus(data.status)]],
    [labels.decision, format.decisions(data, (id) => partyName(data, id))],
    [labels.signed, signed ? [signed] : []],
    [
      labels.provenance,
      provenance
        ? [[provenance.url ? h('a', { href: provenance.url }, provenance.kept) : text(provenance.kept), ...(provenance.note ? [text(` ${provenance.note}`)] : [])]]
        : [],
    ],
  ];
  // One dd per term, its values on lines of their own: the facts are laid out as term–value pairs.
  return h(
    'dl.facts',
    rows
      .filter(([, values]) => values.length > 0)
      .flatMap(([term, values]) => [h('dt', term), h('dd', values.flatMap((value, index) => [...(index > 0 ? [h('br')] : []), ...content(value)]))]),
  );
}

const text = (value: string): ElementContent => ({ type: 'text', value });
const content = (value: Value): ElementContent[] => (typeof value === 'string' ? [text(value)] : value);
