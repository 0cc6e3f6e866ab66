// dist/index.html: every edition, newest first, with its status and links; then the promises,
// those in force first.
import type { Element } from 'hast';
import { h } from 'hastscript';
import type { CitizenPromise, Content, Edition } from '../model/model.ts';
import { editionPagePath, promisePagePath } from '../model/output-paths.ts';
import { compareCodePoints } from '../model/text.ts';
import { EDITION_STATUS, periodText, PROMISE_STATUS } from './labels.ts';
import { renderPage } from './page.ts';

export interface IndexLinks {
  /** The PDF of an edition, relative to dist/. */
  pdf(edition: Edition): string;
  /** The comparison page of a draft against the edition it came from, if there is one. */
  comparison(edition: Edition): string | undefined;
}

const newestFirst = (a: Edition, b: Edition) =>
  compareCodePoints(b.meta.data.period.start, a.meta.data.period.start) || compareCodePoints(b.id, a.id);

const PROMISE_GROUPS: Array<{ heading: string; status: CitizenPromise['meta']['data']['status'][] }> = [
  { heading: 'Medborgarlöften som gäller', status: ['active', undefined] },
  { heading: 'Förslag till medborgarlöften', status: ['draft'] },
  { heading: 'Tidigare medborgarlöften', status: ['ended'] },
];

export function renderIndexPage(content: Content, links: IndexLinks): string {
  const title = content.site.indexTitle;
  const editions = [...content.editions].sort(newestFirst).map((edition) => editionItem(edition, links));
  const promiseGroups = PROMISE_GROUPS.flatMap(({ heading, status }) => {
    const promises = content.promises
      .filter((promise) => status.includes(promise.meta.data.status))
      .sort((a, b) => a.meta.data.title.localeCompare(b.meta.data.title, 'sv'));
    if (promises.length === 0) return [];
    return [
      h('h3', heading),
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
    footer: content.site.footer,
    title,
    description: `Samverkansöverenskommelser mellan kommun och polis för ökad trygghet och minskad brottslighet, med medborgarlöften.`,
    toRoot: '',
    main: [
      h('h1', title),
      h('h2', 'Samverkansöverenskommelser'),
      h('ul.editions', editions),
      ...(promiseGroups.length ? [h('h2', 'Medborgarlöften'), ...promiseGroups] : []),
    ],
  });
}

function editionItem(edition: Edition, links: IndexLinks): Element {
  const data = edition.meta.data;
  const comparison = links.comparison(edition);
  return h('li', [
    h('h3', [h('a', { href: editionPagePath(edition) }, data.title)]),
    h('p', [h('span.status', EDITION_STATUS[data.status]), ` · ${periodText(data.period)}`]),
    h('ul', [
      h('li', [h('a', { href: links.pdf(edition), type: 'application/pdf' }, `PDF: ${data.shortTitle ?? data.title}`)]),
      ...(comparison
        ? [h('li', [h('a', { href: comparison }, `Vad utkastet ändrar jämfört med ${data.derivedFrom}`)])]
        : []),
    ]),
  ]);
}
