import type { FootnoteDefinition } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { editionMarkdown } from '../model/markdown-sources.ts';
import type { Rule } from './rule.ts';

const rule: Rule = {
  id: 'no-duplicate-footnote',
  description: 'Samma fotnotstext står inte två gånger i en utgåva.',
  check(content, report) {
    for (const edition of content.editions) {
      const seen = new Map<string, { path: string; line?: number }>();
      for (const { file, tree } of editionMarkdown(edition)) {
        visit(tree, 'footnoteDefinition', (node: FootnoteDefinition) => {
          const text = toString(node).replace(/\s+/g, ' ').trim();
          const earlier = seen.get(text);
          if (!earlier) {
            seen.set(text, { path: file.path, line: node.position?.start.line });
            return;
          }
          report(file, {
            severity: 'warning',
            place: node.position,
            reason: `Samma fotnotstext står redan i ${earlier.path}:${earlier.line}: "${text}".`,
            fix: 'Hänvisa till den första fotnoten igen (samma [^etikett]) i stället för att upprepa texten.',
          });
        });
      }
    }
  },
};
export default rule;
