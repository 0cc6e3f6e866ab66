// The print document of a comparison, which Chromium turns into its A4 PDF: the same content
// as the web page, with every section's text shown, no site navigation, and the running
// header and page numbers of the other PDFs. Like the editions' print documents it is never
// published: its relative links would only point into the build machine.
import { h } from 'hastscript';
import { wordsFor } from '../language/index.ts';
import { type PrintFrame, renderPrintDocument } from '../render/print-document.ts';
import type { EditionComparison } from './compare-editions.ts';
import { comparisonMain, comparisonTitle } from './render-comparison.ts';

// print.css rules the tables as in the editions; beyond it, the comparison's marks and labels, and
// tables the width of the page whose cells wrap a long marked-up word rather than overflow.
const COMPARISON_CSS = `
ins { text-decoration: underline; background: #e3f4e6; }
del { text-decoration: line-through; background: #fbe4e4; }
table { width: 100%; }
th, td { overflow-wrap: break-word; }
caption { text-align: left; font-weight: 700; }
.section-change { font-weight: 400; }
/* The change's label, printed: an inline block, so the mark's underline or strike does not cross it. */
.change-label { display: inline-block; font-family: 'Noto Sans', sans-serif; font-size: 0.7em; font-weight: 700; font-style: normal; background: #fff; }
`;

export function comparisonPrintHtml(comparison: EditionComparison, frame: PrintFrame): string {
  const draft = comparison.to.status === 'draft';
  const words = wordsFor(comparison.language);
  return renderPrintDocument({
    title: comparisonTitle(comparison),
    words,
    frame,
    header: { left: words.comparison.runningHeader(comparison.from.id, comparison.to.id) },
    titlePage: false,
    draft,
    css: COMPARISON_CSS,
    body: [...(draft ? [h('p.draft-mark', words.document.draftMark)] : []), ...comparisonMain(comparison, { medium: 'print' })],
  });
}
