// The facts at the head of an edition, on the web page and on the PDF's title page.
import type { Element } from 'hast';
import { h } from 'hastscript';
import type { Edition } from '../model/model.ts';
import { EDITION_STATUS, partiesText, periodText, signingText } from './labels.ts';

export function editionFacts(edition: Edition): Element {
  const data = edition.meta.data;
  const signed = data.status === 'signed' ? signingText(data) : undefined;
  const rows: Array<[string, string]> = [
    ['Parter', partiesText(data)],
    ['Period', periodText(data.period)],
    ['Status', EDITION_STATUS[data.status]],
    ...(data.decision
      ? [['Beslut', `${data.decision.body} ${data.decision.date}${data.decision.paragraph ? `, ${data.decision.paragraph}` : ''}`] as [string, string]]
      : []),
    ...(signed ? [['Undertecknad', signed] as [string, string]] : []),
  ];
  return h('dl.facts', rows.flatMap(([term, value]) => [h('dt', term), h('dd', value)]));
}
