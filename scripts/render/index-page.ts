// dist/index.html: every edition, newest first, with its status and links; then the promises,
// those in force first.
import type { Element } from 'hast';
import { h } from 'hastscript';
import { type Language, wordsFor } from '../language/index.ts';
import type { CitizenPromise, Content, Edition } from '../model/model.ts';
import { INDEX_PAGE, editionPagePath, promisePagePath } from '../model/output-paths.ts';
import { compareCodePoints } from '../model/text.ts';
import { renderPage } from './page.ts';

export interface IndexLinks {
  /** The PDF of an edition, relative to dist/. */
  pdf(edition: Edition): string;
  /** The comparison page of a draft against the edition it came from, if there is one. */
  comparison(edition: Edition): string | undefined;
}

const newestFirst = (a: Edition, b: Edition) =>
  compareCodePoints(b.meta.data.period.start, a.meta.data.period.start) || compareCodePoints(b.id, a.id);

/** The promises in groups, in this order; one without a status is in force. */
const PROMISE_GROUPS: Array<{ group: keyof Language['index']['promiseGroups']; status: CitizenPromise['meta']['data']['status'][] }> = [
  { group: 'active', status: ['active', undefined] },
  { group: 'draft', status: ['draft'] },
  { group: 'ended', status: ['ended'] },
];

export function renderIndexPage(content: Content, links: IndexLinks): string {
  const title = content.site.indexTitle;
  const words = wordsFor(content.site.language);
  const editions = [...content.editions].sort(newestFirst).map((edition) => editionItem(edition, links, words));
  const promiseGroups = PROMISE_GROUPS.flatMap(({ group, status }) => {
    const promises = content.promises
      .filter((promise) => status.includes(promise.meta.data.status))
      .sort((a, b) => a.meta.data.title.localeCompare(b.meta.data.title, words.locale.collation));
    if (promises.length === 0) return [];
    return [
      h('h3', words.index.promiseGroups[group]),
      h(
        'ul.promise-list',
        promises.map((promise) =>
          h('li', [
            h('a', { href: promisePagePath(promise.meta.data.id) }, promise.meta.data.title),
            h('p', promise.meta.data.text),
          ]),
        ),
      ),
    ];
  });
  return renderPage({
    site: content.site,
    title,
    description: words.index.description,
    path: INDEX_PAGE,
    words,
    main: [
      h('h1', title),
      h('h2', words.index.editions),
      h('ul.editions', editions),
      ...(promiseGroups.length ? [h('h2', words.index.promises), ...promiseGroups] : []),
    ],
  });
}

function editionItem(edition: Edition, links: IndexLinks, words: Language): Element {
  const data = edition.meta.data;
  const comparison = links.comparison(edition);
  return h('li', [
    h('h3', [h('a', { href: editionPagePath(edition) }, data.title)]),
    h('p', [h('span.status', words.format.editionStatus(data.status)), ` · ${words.format.period(data.period)}`]),
    h('ul', [
      h('li', [h('a', { href: links.pdf(edition), type: 'application/pdf' }, words.index.pdfLink(data.shortTitle ?? data.title))]),
      ...(comparison
        ? [h('li', [h('a', { href: comparison }, words.index.comparisonLink(data.derivedFrom ?? ''))])]
        : []),
    ]),
  ]);
}
