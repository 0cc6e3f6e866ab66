// The web page of an edition: title block, table of contents, the text, the signatures, the
// glossary and the footnotes, with links to the PDF and to the promise pages.
import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import { type Language, wordsFor } from '../language/index.ts';
import type { Content, Edition } from '../model/model.ts';
import { editionPagePath, promisePagePath } from '../model/output-paths.ts';
import { editionBody } from './edition-body.ts';
import { addHeadingIds, addPermalinks } from './finish-headings.ts';
import { glossarySection } from './glossary.ts';
import { renderPage } from './page.ts';
import { recordNotice, signaturesSection } from './signatures.ts';
import { editionFacts } from './title-block.ts';
import { tableOfContents } from './toc.ts';

export interface EditionPageLinks {
  /** The PDF's address: beside the page, or absolute on a site's build. */
  pdf: string;
  /** What a reader needs to check a download: the commit built from, and the PDF's SHA-256 once it is printed. */
  provenance?: { commit?: string; pdfSha256?: string };
}

export async function renderEditionPage(content: Content, edition: Edition, links: EditionPageLinks): Promise<string> {
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
    h('p.download', [h('a', { href: links.pdf, type: 'application/pdf' }, words.edition.pdfLink)]),
    ...recordNotice(edition, words),
  ]);
  return renderPage({
    site: content.site,
    title: data.title,
    description: words.edition.description(format.editionStatus(data.status), format.parties(data), format.period(data.period)),
    path: editionPagePath(edition),
    draft: data.status === 'draft',
    words,
    main: [header, editionFacts(edition, words), toc, ...(article.children as Element[]), ...provenanceSection(links.provenance, words)],
  });
}

function provenanceSection(provenance: EditionPageLinks['provenance'], words: Language): Element[] {
  if (!provenance?.commit && !provenance?.pdfSha256) return [];
  const text = words.publication.provenance;
  return [
    h('section.provenance', { 'aria-labelledby': 'om-sidan' }, [
      h('h2', { id: 'om-sidan' }, text.heading),
      h('dl.facts', [
        ...(provenance.commit ? [h('dt', text.commit), h('dd', [h('code', provenance.commit)])] : []),
        ...(provenance.pdfSha256 ? [h('dt', text.pdfDigest), h('dd', [h('code.digest', provenance.pdfSha256)])] : []),
      ]),
      ...(provenance.pdfSha256 ? [h('p', text.howToCheck)] : []),
    ]),
  ];
}
