// The web page of one citizen promise, linked from the footnotes that cite it.
import type { Element } from 'hast';
import { h } from 'hastscript';
import { citedPromiseId } from '../model/citations.ts';
import { focusAreaAnchor } from '../model/focus-area-anchor.ts';
import { wordsFor } from '../language/index.ts';
import type { CitizenPromise, Content } from '../model/model.ts';
import { promisePagePath } from '../model/output-paths.ts';
import { addHeadingIds, addPermalinks } from './finish-headings.ts';
import { renderPage } from './page.ts';
import { commitmentSections, followUpSection, promiseBody } from './promise-content.ts';

/** Every focus area, in every edition, that cites the promise. */
export function citationsOf(content: Content, promiseId: string) {
  return content.editions.flatMap((edition) =>
    edition.focusAreaFiles
      .filter((area) => (area.meta.data.promises ?? []).some((citation) => citedPromiseId(citation) === promiseId))
      .map((area) => ({ edition, area })),
  );
}

export async function renderPromisePage(content: Content, promise: CitizenPromise): Promise<string> {
  const data = promise.meta.data;
  const citedBy = citationsOf(content, data.id);
  const words = wordsFor(content.site.language);
  const { format, promise: labels } = words;
  const facts: Array<[string, string | Element]> = [
    [labels.facts.promisedBy, format.names(data.parties)],
    ...(data.status ? [[labels.facts.status, format.promiseStatus(data.status)] as [string, string]] : []),
    ...(data.period ? [[labels.facts.period, format.period(data.period)] as [string, string]] : []),
    ...(data.source
      ? [[labels.facts.source, data.source.url ? h('a', { href: data.source.url }, data.source.title) : data.source.title] as [string, string | Element]]
      : []),
  ];
  const main: Element = h('div.document', [
    h('h1', labels.title(data.title)),
    h('dl.facts', facts.flatMap(([term, value]) => [h('dt', term), h('dd', [value])])),
    h('h2', labels.text),
    h('blockquote.promise-text', [h('p', data.text)]),
    ...(promise.body.tree.children.length > 0 ? [h('h2', labels.situation), ...(await promiseBody(promise, words))] : []),
    ...commitmentSections(promise, 'h2', content.site.promiseActors, words),
    ...followUpSection(promise, 'h2', words),
    ...(citedBy.length > 0
      ? [
          h('h2', labels.partOf),
          h(
            'ul',
            citedBy.map(({ edition, area }) =>
              h('li', [
                h('a', { href: `../../${edition.id}/index.html#${focusAreaAnchor(area.meta.data.id)}` }, area.meta.data.title),
                labels.focusAreaIn(edition.meta.data.shortTitle ?? edition.meta.data.title),
              ]),
            ),
          ),
        ]
      : []),
  ]);
  const root = { type: 'root' as const, children: [main] };
  addHeadingIds(root);
  addPermalinks(root, words);
  return renderPage({
    site: content.site,
    title: labels.title(data.title),
    description: data.text,
    path: promisePagePath(data.id),
    draft: data.status === 'draft',
    words,
    main: root.children,
  });
}
