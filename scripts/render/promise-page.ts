// The web page of one citizen promise, linked from the footnotes that cite it.
import { basename } from 'node:path';
import type { Element } from 'hast';
import { h } from 'hastscript';
import { citedPromiseId } from '../model/citations.ts';
import { focusAreaAnchor } from '../model/focus-area-anchor.ts';
import { wordsFor } from '../language/index.ts';
import type { CitizenPromise, Content } from '../model/model.ts';
import { promisePagePath, promisePdfPath } from '../model/output-paths.ts';
import { addHeadingIds, addPermalinks } from './finish-headings.ts';
import { renderPage } from './page.ts';
import { isPromiseDocument, promiseBody, promiseSections, promiseSignatures } from './promise-content.ts';
import { promiseFacts } from './promise-facts.ts';

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
  const labels = words.promise;
  const main: Element = h('div.document', [
    h('h1', labels.title(data.title)),
    ...(isPromiseDocument(promise) ? [h('p.download', [h('a', { href: basename(promisePdfPath(data.id)), type: 'application/pdf' }, labels.pdfLink)])] : []),
    promiseFacts(content, promise, words, (id) => `../../${id}/index.html`),
    h('h2', labels.text),
    h('blockquote.promise-text', [h('p', data.text)]),
    ...(promise.body.tree.children.length > 0 ? [h('h2', labels.situation), ...(await promiseBody(promise, words))] : []),
    ...promiseSections(content, promise, 2, words),
    ...promiseSignatures(promise, 2, words),
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
