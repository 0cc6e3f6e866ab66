// The print document of an edition, which Chromium turns into the A4 PDF: a title page, the
// table of contents, the text, the footnotes, the signature page and the cited promises as an
// appendix. Its frame (fonts, print.css, running header) is print-document.ts.
import type { Element, Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { h } from 'hastscript';
import { appendixPromises } from '../model/citations.ts';
import { documentTypeOf } from '../model/output-paths.ts';
import { type Language, wordsFor } from '../language/index.ts';
import type { CitizenPromise, Content, Edition } from '../model/model.ts';
import { editionBody } from './edition-body.ts';
import { addHeadingIds } from './finish-headings.ts';
import { glossarySection } from './glossary.ts';
import { type PrintFrame, renderPrintDocument } from './print-document.ts';
import { promiseBody, promiseSections, promiseSignatures } from './promise-content.ts';
import { promiseFacts } from './promise-facts.ts';
import { recordNotice, signatureLineId, signaturesSection } from './signatures.ts';
import { editionFacts } from './title-block.ts';
import { tableOfContents } from './toc.ts';

export const appendixAnchor = (promiseId: string) => `bilaga-${promiseId}`;

export async function renderEditionPrint(content: Content, edition: Edition, frame: PrintFrame): Promise<string> {
  const data = edition.meta.data;
  const draft = data.status === 'draft';
  const words = wordsFor(content.site.language);
  const body = await editionBody(content, edition, { promiseHref: (id) => `#${appendixAnchor(id)}` });
  const promises = appendixPromises(content, edition);
  const appendix = promises.length
    ? [
        h('section.appendix', { 'aria-labelledby': 'bilaga' }, [
          h('h2', { id: 'bilaga' }, words.edition.appendix),
          ...(await Promise.all(promises.map((promise) => appendixEntry(content, promise, words)))),
        ]),
      ]
    : [];
  const document: Root = {
    type: 'root',
    children: [
      h('div.document', [
        ...body.text,
        ...(body.footnotes ? [body.footnotes] : []),
        signaturesSection(edition, 'print', words),
        ...appendix,
        ...glossarySection(body.terms, words),
      ]),
    ],
  };
  addHeadingIds(document);
  const titlePage = h('section.title-page', [
    ...(draft ? [h('p.draft-mark', words.document.draftMark)] : []),
    h('p.document-kind', words.edition.documentKinds[documentTypeOf(edition)]),
    h('h1', data.title),
    editionFacts(edition, words),
    ...recordNotice(edition, words),
  ]);
  return renderPrintDocument({
    title: data.title,
    words,
    frame,
    header: { left: data.shortTitle ?? data.title, right: words.format.periodSpan(data.period) },
    titlePage: true,
    draft,
    body: [titlePage, printTableOfContents(document, edition, words), ...(document.children as Element[])],
  });
}

/**
 * The table of contents, with each signatory under "Underskrifter". Those links make Chromium
 * write a named destination for every signature line, which is how the signing stage finds
 * where on which page each line was printed (see scripts/print/signature-lines.ts).
 */
function printTableOfContents(document: Root, edition: Edition, words: Language): Element {
  const toc = tableOfContents(document, words, 6);
  const entry = selectAll('li', toc).find((item) => select('a[href="#underskrifter"]', item));
  entry?.children.push(
    h(
      'ol',
      edition.meta.data.signatories.map((signatory, index) => h('li', [h('a', { href: `#${signatureLineId(index)}` }, signatory.name)])),
    ),
  );
  return toc;
}

/** A cited promise, or a promise document appended to the edition, whole: its promises and its one signature block. */
async function appendixEntry(content: Content, promise: CitizenPromise, words: Language): Promise<Element> {
  const data = promise.meta.data;
  return h('section.appendix-promise', [
    h('h3', { id: appendixAnchor(data.id) }, data.title),
    h('blockquote.promise-text', [h('p', data.text)]),
    promiseFacts(content, promise, words),
    ...(await promiseBody(promise, words)),
    ...promiseSections(content, promise, 4, words),
    ...promiseSignatures(promise, 4, words),
  ]);
}
