import { visit } from 'unist-util-visit';
import { allMarkdown } from '../model/markdown-sources.ts';
import type { Rule } from './rule.ts';

const rule: Rule = {
  id: 'no-raw-html',
  description: 'Texten innehåller ingen HTML: den publiceras aldrig som den står.',
  check(content, report) {
    for (const { file, tree } of allMarkdown(content)) {
      visit(tree, 'html', (node) => {
        report(file, {
          severity: 'error',
          place: node.position,
          reason: `Texten innehåller HTML: ${JSON.stringify(node.value.slice(0, 60))}.`,
          fix: 'Skriv med Markdown i stället: *kursiv*, **fet**, [länktext](https://…), "- " för punktlistor. HTML tas bort vid publicering.',
        });
      });
    }
  },
};
export default rule;
