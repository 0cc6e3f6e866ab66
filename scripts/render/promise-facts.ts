// The facts of a citizen promise, on its page and in its PDF: who promises, for which
// municipality and period, where and when it was signed, which agreement it is an appendix
// to, and where it was published (with the source's note).
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Language } from '../language/index.ts';
import type { CitizenPromise, Content } from '../model/model.ts';

/** `editionHref` links an appendix's edition: from the page to its page, in print to nothing. */
export function promiseFacts(content: Content, promise: CitizenPromise, words: Language, editionHref?: (id: string) => string): Element {
  const data = promise.meta.data;
  const { format } = words;
  const labels = words.promise.facts;
  const text = (value: string): ElementContent => ({ type: 'text', value });
  const edition = data.appendixTo ? content.editions.find((candidate) => candidate.id === data.appendixTo) : undefined;
  const editionTitle = edition ? (edition.meta.data.shortTitle ?? edition.meta.data.title) : data.appendixTo;
  const signed = format.placeAndDate(data.signing?.place, data.signing?.date);
  const source = data.source;
  const rows: Array<[string, ElementContent[] | undefined]> = [
    [labels.promisedBy, [text(format.names(data.parties))]],
    [labels.municipality, data.municipality ? [text(data.municipality)] : undefined],
    [labels.status, data.status ? [text(format.promiseStatus(data.status))] : undefined],
    [labels.period, data.period ? [text(format.period(data.period))] : undefined],
    [labels.extension, data.period?.extension ? [text(format.extension(data.period.extension))] : undefined],
    [labels.signed, signed ? [text(signed)] : undefined],
    [labels.appendixTo, editionTitle ? [edition && editionHref ? h('a', { href: editionHref(edition.id) }, editionTitle) : text(editionTitle)] : undefined],
    [
      labels.source,
      source ? [source.url ? h('a', { href: source.url }, source.title) : text(source.title), ...(source.note ? [text(` ${source.note}`)] : [])] : undefined,
    ],
  ];
  return h(
    'dl.facts',
    rows.flatMap(([term, value]) => (value ? [h('dt', term), h('dd', value)] : [])),
  );
}
