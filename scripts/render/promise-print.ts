// The print document of a promise document (signed, or holding several promises), which
// Chromium turns into its own PDF: the title, the facts, the situation today, each promise
// with its commitments in the order written, and one signature block for them all.
import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import { wordsFor } from '../language/index.ts';
import type { CitizenPromise, Content } from '../model/model.ts';
import { addHeadingIds } from './finish-headings.ts';
import { type PrintFrame, renderPrintDocument } from './print-document.ts';
import { promiseBody, promiseSections, promiseSignatures } from './promise-content.ts';
import { promiseFacts } from './promise-facts.ts';

export async function renderPromisePrint(content: Content, promise: CitizenPromise, frame: PrintFrame): Promise<string> {
  const data = promise.meta.data;
  const words = wordsFor(content.site.language);
  const labels = words.promise;
  const situation = promise.body.tree.children.length > 0 ? [h('h2', labels.situation), ...(await promiseBody(promise, words))] : [];
  const document: Root = {
    type: 'root',
    children: [
      h('div.document', [
        h('p.document-kind', words.edition.documentKinds.medborgarlofte),
        h('h1', data.title),
        promiseFacts(content, promise, words),
        h('h2', labels.text),
        h('blockquote.promise-text', [h('p', data.text)]),
        ...situation,
        ...promiseSections(content, promise, 2, words),
        ...promiseSignatures(promise, 2, words),
      ]),
    ],
  };
  addHeadingIds(document);
  return renderPrintDocument({
    title: labels.title(data.title),
    words,
    frame,
    header: { left: labels.title(data.title), ...(data.period ? { right: words.format.periodSpan(data.period) } : {}) },
    titlePage: false,
    draft: data.status === 'draft',
    body: document.children as Element[],
  });
}
