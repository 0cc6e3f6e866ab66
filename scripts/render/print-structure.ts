// Chromium tags what the accessibility tree says: a <dl> and a <span> shown as a block come
// out as NonStruct, which is no structure at all. The print document gives them roles that tag
// well: each definition list (the title page's facts, the glossary) a table of one row per
// term, its term the row's header; each signatory's lines paragraphs.
import type { Element, ElementContent, Root } from 'hast';
import { selectAll } from 'hast-util-select';

export function structureForTags(tree: Root): void {
  for (const list of selectAll('dl', tree)) {
    const rows: Element[] = [];
    for (const child of list.children) {
      if (child.type !== 'element') continue;
      if (child.tagName === 'dt' || rows.length === 0) {
        rows.push({ type: 'element', tagName: 'div', properties: { role: 'row' }, children: [] });
      }
      child.properties.role = child.tagName === 'dt' ? 'rowheader' : 'cell';
      rows.at(-1)!.children.push(child);
    }
    list.properties.role = 'table';
    list.children = rows as ElementContent[];
  }
  for (const line of selectAll('.signatory > span', tree)) line.tagName = 'p';
}
