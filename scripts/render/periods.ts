// A period in a heading ("… Upplands Väsby 2026–2029") is kept on one line: a line may break
// after a dash, and "2026–" / "2029" on two lines reads as two things. A span with
// white-space: nowrap (the stylesheets' .nowrap) rather than word joiners, so the text stays
// exactly what was written: searchable, and extracted from the PDF without invisible characters.
import type { Element, ElementContent, Root } from 'hast';
import { headingRank } from 'hast-util-heading-rank';
import { h } from 'hastscript';
import { SKIP, visit } from 'unist-util-visit';

/** Two years joined by a dash, with or without spaces: 2026–2029, 2026 – 2029, 2026-2029. */
const PERIOD = /\d{4} ?[–-] ?\d{4}/g;

export function keepPeriodsTogether(tree: Root | Element): void {
  visit(tree, 'element', (heading) => {
    if (headingRank(heading) === undefined) return;
    visit(heading, 'text', (node, index, parent) => {
      if (index === undefined || !parent) return;
      const parts = split(node.value);
      if (!parts) return;
      parent.children.splice(index, 1, ...parts);
      return [SKIP, index + parts.length];
    });
    return SKIP;
  });
}

/** The text with each period in a span, or undefined when it has none. */
function split(text: string): ElementContent[] | undefined {
  const parts: ElementContent[] = [];
  let at = 0;
  for (const match of text.matchAll(PERIOD)) {
    if (match.index > at) parts.push({ type: 'text', value: text.slice(at, match.index) });
    parts.push(h('span.nowrap', match[0]));
    at = match.index + match[0].length;
  }
  if (at < text.length) parts.push({ type: 'text', value: text.slice(at) });
  return at > 0 ? parts : undefined;
}
