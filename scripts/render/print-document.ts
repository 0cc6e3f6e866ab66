// The frame of every print document (the HTML Chromium turns into a PDF): the embedded
// fonts, print.css, and the page rules that carry the document's own running header, page
// numbers and, for a draft, the draft mark on every page. Print documents are never published.
import type { ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import type { Language } from '../language/index.ts';
import { htmlDocument } from './html-document.ts';
import { keepPeriodsTogether } from './periods.ts';
import { footnotesAtCalls } from './print-footnotes.ts';
import { structureForTags } from './print-structure.ts';

/** What the print stage gives every print document: the fonts beside it, and print.css. */
export interface PrintFrame {
  /** @font-face rules for the fonts beside the document (print/fonts.ts). */
  fontFaces: string;
  /** scripts/render/assets/print.css. */
  css: string;
  /**
   * Paged.js beside the document, when the print stage paginates with it (footnotes at the foot
   * of the page, page numbers in the contents): the only script a print document loads.
   */
  script?: string;
}

/** Where print.css is shipped, relative to the tool's folder. */
export const PRINT_CSS_ASSET = 'scripts/render/assets/print.css';

export interface PrintDocumentInput {
  title: string;
  words: Language;
  frame: PrintFrame;
  /** Running header: left the document's short name, right e.g. its period. */
  header: { left: string; right?: string };
  /** Whether page 1 is a title page without running header. */
  titlePage: boolean;
  draft: boolean;
  body: ElementContent[];
  /** CSS for the document's own elements, after print.css. */
  css?: string;
}

/** A CSS string literal that no content can break out of. */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, '\\$&').replace(/[\n\r\f]/g, ' ').replace(/</g, '\\3c ')}"`;
}

export function renderPrintDocument(input: PrintDocumentInput): string {
  const body: Root = { type: 'root', children: input.body };
  keepPeriodsTogether(body);
  // Paged.js is what lays notes out at the foot of the page; without it they stay endnotes.
  if (input.frame.script) footnotesAtCalls(body);
  structureForTags(body);
  const [page, of] = input.words.document.pageNumber;
  const pageRules = [
    '@page {',
    `  @bottom-center { content: ${cssString(page)} counter(page) ${cssString(of)} counter(pages); }`,
    `  @top-left { content: ${cssString(input.header.left)}; }`,
    ...(input.header.right ? [`  @top-right { content: ${cssString(input.header.right)}; }`] : []),
    ...(input.draft ? [`  @top-center { content: ${cssString(input.words.document.draftMark)}; }`] : []),
    '}',
    ...(input.titlePage ? ['@page :first {', '  @top-left { content: none; }', '  @top-right { content: none; }', '}'] : []),
  ].join('\n');
  return htmlDocument(
    input.words,
    [
      h('title', input.title),
      h('style', [input.frame.fontFaces, input.frame.css, input.css ?? '', pageRules].join('\n')),
      ...(input.frame.script ? [h('script', { src: input.frame.script })] : []),
    ],
    h('body', { className: input.draft ? ['draft'] : [] }, body.children as ElementContent[]),
  );
}
