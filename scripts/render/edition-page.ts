// The web page of an edition: title block, table of contents, the text, the signatures, the
// glossary and the footnotes, with links to the PDF and to the promise pages.
import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import type { Content, Edition } from '../model/model.ts';
import { promisePagePath } from '../model/output-paths.ts';
import { editionBody } from './edition-body.ts';
import { addHeadingIds, addPermalinks } from './finish-headings.ts';
import { glossarySection } from './glossary.ts';
import { EDITION_STATUS, partiesText, periodText } from './labels.ts';
import { renderPage } from './page.ts';
import { signaturesSection } from './signatures.ts';
import { editionFacts } from './title-block.ts';
import { tableOfContents } from './toc.ts';

export async function renderEditionPage(content: Content, edition: Edition, pdfFileName: string): Promise<string> {
  const data = edition.meta.data;
  const body = await editionBody(content, edition, { promiseHref: (id) => `../${promisePagePath(id)}` });
  const article: Root = {
    type: 'root',
    children: [
      h('div.document', [
        ...body.text,
        signaturesSection(edition, 'web'),
        ...glossarySection(body.terms),
        ...(body.footnotes ? [body.footnotes] : []),
      ]),
    ],
  };
  addHeadingIds(article);
  const toc = tableOfContents(article);
  addPermalinks(article);
  const header: Element = h('header.title-block', [
    h('h1', data.title),
    h('p.download', [h('a', { href: pdfFileName, type: 'application/pdf' }, `Ladda ner överenskommelsen som PDF`)]),
  ]);
  return renderPage({
    footer: content.site.footer,
    title: data.title,
    description: `${EDITION_STATUS[data.status]} samverkansöverenskommelse mellan ${partiesText(data)}, ${periodText(data.period)}.`,
    toRoot: '../',
    draft: data.status === 'draft',
    main: [header, editionFacts(edition), toc, ...(article.children as Element[])],
  });
}
