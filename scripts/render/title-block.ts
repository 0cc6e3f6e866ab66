// The facts at the head of an edition, on the web page and on the PDF's title page.
import type { Element } from 'hast';
import { h } from 'hastscript';
import type { Language } from '../language/index.ts';
import type { Edition } from '../model/model.ts';

export function editionFacts(edition: Edition, words: Language): Element {
  const data = edition.meta.data;
  const { format } = words;
  const labels = words.edition.facts;
  const signed = data.status === 'signed' ? format.signing(data) : undefined;
  const rows: Array<[string, string]> = [
    [labels.parties, format.parties(data)],
    [labels.period, format.period(data.period)],
    [labels.status, format.editionStatus(data.status)],
    ...(data.decision ? [[labels.decision, format.decision(data.decision)] as [string, string]] : []),
    ...(signed ? [[labels.signed, signed] as [string, string]] : []),
  ];
  return h('dl.facts', rows.flatMap(([term, value]) => [h('dt', term), h('dd', value)]));
}
