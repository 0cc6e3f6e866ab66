// Footnotes at the foot of the page that calls them, as in the signed original: each note
// moves from the endnote section to its call, as an inline element that Paged.js floats to
// the page's foot (print.css: float: footnote). The numbers stay real text in the DOM (Paged.js
// would generate untagged ones) and the same as the web's; each note's number links back to
// its call, which is how the PDF pass finds the note's element and tags it Note (pdf-notes.ts).
import type { Element, ElementContent, Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { h } from 'hastscript';
import { visit } from 'unist-util-visit';
import { visitParents } from 'unist-util-visit-parents';

/** Moves every note of the document's footnote section (remark's GFM footnotes) to its call. */
export function footnotesAtCalls(tree: Root): void {
  const section = select('section[data-footnotes]', tree);
  if (!section) return;
  const notes = new Map(selectAll('li[id]', section).map((item) => [String(item.properties.id), item]));
  const calls: Array<{ sup: Element; parent: Element | Root; link: Element }> = [];
  visitParents(tree, 'element', (node, ancestors) => {
    const link = node.tagName === 'sup' ? select('a[data-footnote-ref]', node) : undefined;
    const parent = ancestors.at(-1);
    if (link && parent && (parent.type === 'element' || parent.type === 'root')) calls.push({ sup: node, parent, link });
  });
  for (const { sup, parent, link } of calls) {
    const id = String(link.properties.href ?? '').replace(/^#/, '');
    const item = notes.get(id);
    if (!item) continue;
    const backLabel = select('a[data-footnote-backref]', item)?.properties.ariaLabel;
    // data-note-id: Paged.js renames the note while laying it out; print-pdf.ts restores the id.
    const note = h('span.footnote', { id, dataNoteId: id }, [
      h('a.footnote-number', { href: `#${String(link.properties.id)}`, ariaLabel: backLabel === undefined ? undefined : String(backLabel) }, link.children),
      ' ',
      ...noteText(item),
    ]);
    parent.children.splice(parent.children.indexOf(sup) + 1, 0, note);
  }
  // The section's heading goes with it, and so does its entry in a table of contents.
  const heading = select('h1, h2, h3, h4, h5, h6', section)?.properties.id;
  // An entry without entries under it: select() matches the node itself too, so look for a nested list.
  const gone = (node: Element) =>
    node === section || (heading !== undefined && node.tagName === 'li' && select(`a[href="#${String(heading)}"]`, node) !== undefined && !select('ol, ul', node));
  visit(tree, 'element', (node, index, parent) => {
    if (!gone(node) || !parent || index === undefined) return undefined;
    parent.children.splice(index, 1);
    return index;
  });
}

/** A note's paragraphs as inline content (it now sits inside a paragraph), without its back-link. */
function noteText(item: Element): ElementContent[] {
  const inline = item.children.flatMap((child): ElementContent[] =>
    child.type === 'element' && child.tagName === 'p' ? [...child.children, { type: 'text', value: ' ' }] : child.type === 'text' && !child.value.trim() ? [] : [child],
  );
  const text = inline.filter((child) => !(child.type === 'element' && child.properties.dataFootnoteBackref !== undefined));
  while (text.length > 0) {
    const last = text.at(-1)!;
    if (last.type !== 'text') break;
    const trimmed = last.value.replace(/\s+$/, '');
    if (trimmed) {
      text[text.length - 1] = { type: 'text', value: trimmed };
      break;
    }
    text.pop();
  }
  return text;
}
