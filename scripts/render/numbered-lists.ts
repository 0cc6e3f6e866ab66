// Lists whose entries carry their own numbers, as numbered focus areas ("1. Trygg offentlig
// miljö"), their sub-goals ("1.1 Färre …") and the contents' entries for their headings do:
// the list adds no marker of its own, or each entry would read "• 1. …".
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

/** "1. " or "2.3. " as language formatters number focus areas, or "1.1 " as sub-goals are numbered. */
const OWN_NUMBER = /^(\d+(\.\d+)*\.|\d+(\.\d+)+)\s/;

/** Gives every list (ol or ul) whose entries all start with their own number the class "numbered". */
export function markNumberedLists(tree: Root | Element): void {
  visit(tree, 'element', (node) => {
    if (node.tagName !== 'ol' && node.tagName !== 'ul') return;
    const entries = node.children.filter((child): child is Element => child.type === 'element');
    if (entries.length > 0 && entries.every((entry) => OWN_NUMBER.test(toString(entry).trimStart()))) node.properties.className = ['numbered'];
  });
}
