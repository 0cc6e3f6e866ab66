// Reading built pages as a reader would: parsed HTML, and the visible text of its blocks.
import { readFileSync } from 'node:fs';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { remove } from 'unist-util-remove';

export function readPage(path: string): Root {
  return fromHtml(readFileSync(path, 'utf8'));
}

/** Text as it reads: whitespace folded. */
export const textOf = (node: Element | Root) => toString(node).replace(/\s+/g, ' ').trim();

/**
 * The visible text blocks (headings, paragraphs, list items, definition terms and values)
 * under `scope`, leaving out the parts matched by `exclude` and screen-reader-only text.
 */
export function textBlocks(page: Root, scope: string, exclude: string[] = []): string[] {
  const root = structuredClone(select(scope, page));
  if (!root) throw new Error(`No ${scope} in the page`);
  for (const selector of [...exclude, '.visually-hidden', '.permalink', '[aria-hidden=true]']) {
    const unwanted = new Set(selectAll(selector, root));
    remove(root, (node) => unwanted.has(node as Element));
  }
  return selectAll('h1, h2, h3, h4, h5, h6, p, li:not(:has(p)), dt, dd', root)
    .map(textOf)
    .filter(Boolean);
}
