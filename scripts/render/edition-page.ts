// The web page of an edition: title block, table of contents, the text, the signatures, the
// glossary and the footnotes, with links to the PDF and to the promise pages.
import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import { wordsFor } from '../language/index.ts';
import type { Content, Edition } from '../model/model.ts';
import { editionPagePath, promisePagePath } from '../model/output-paths.ts';
import { editionBody } from './edition-body.ts';
import { addHeadingIds, addPermalinks } from './finish-headings.ts';
import { glossarySection } from './glossary.ts';
import { renderPage } from './page.ts';
import { recordNotice, signaturesSection } from './signatures.ts';
import { editionFacts } from './title-block.ts';
import { tableOfContents } from './toc.ts';

export async function renderEditionPage(content: Content, edition: Edition, pdfFileName: string): Promise<string> {
  const data = edition.meta.data;
  const words = wordsFor(content.site.language);
  const { format } = words;
  const body = await editionBody(content, edition, { promiseHref: (id) => `../${promisePagePath(id)}` });
  const article: Root = {
    type: 'root',
    children: [
      h('div.document', [
        ...body.text,
        signaturesSection(edition, 'web', words),
        ...glossarySection(body.terms, words),
        ...(body.footnotes ? [body.footnotes] : []),
      ]),
    ],
  };
  addHeadingIds(article);
  const toc = tableOfContents(article, words);
  addPermalinks(article, words);
  const header: Element = h('header.title-block', [
    h('h1', data.title),
    h('p.download', [h('a', { href: pdfFileName, type: 'application/pdf' }, words.edition.pdfLink)]),
    ...recordNotice(edition, words),
  ]);
  return renderPage({
    site: content.site,
    title: data.title,
    description: words.edition.description(format.editionStatus(data.status), format.parties(data), format.period(data.period)),
    path: editionPagePath(edition),
    draft: data.status === 'draft',
    words,
    main: [header, editionFacts(edition, words), toc, ...(article.children as Element[])],
  });
}
