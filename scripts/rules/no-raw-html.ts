import { visit } from 'unist-util-visit';
import { allMarkdown } from '../model/markdown-sources.ts';
import { ruleWords, type Rule } from './rule.ts';
import { error, PROMISE, replaceOnce, TEXT } from './examples.ts';

/**
 * The Markdown holds no HTML, inline or as a block: it is removed when the page is made, so
 * what it says would be lost. Fires on each piece of HTML. Errors; not graded by the record
 * policy.
 */
const rule: Rule = {
  id: 'no-raw-html',
  description: 'Texten innehåller ingen HTML: den publiceras aldrig som den står.',
  check(content, report) {
    const words = ruleWords(content)['no-raw-html'];
    for (const { file, tree } of allMarkdown(content)) {
      visit(tree, 'html', (node) => {
        report(file, {
          severity: 'error',
          place: node.position,
          ...words.html(node.value.slice(0, 60)),
        });
      });
    }
  },
  examples: {
    ok: [
      {
        name: 'vinkelparenteser som kod och som jämförelse',
        overrides: { [TEXT]: replaceOnce('leva och verka i.', 'leva och verka i. Skriv inte `<b>`; 3 < 5.') },
      },
    ],
    notOk: [
      {
        name: 'HTML i texten',
        overrides: { [TEXT]: replaceOnce('leva och verka i.', 'leva och <b>verka</b> i.') },
        expected: [error(TEXT, 1, 49, 'Texten innehåller HTML: "<b>".'), error(TEXT, 1, 57, 'Texten innehåller HTML: "</b>".')],
      },
      {
        name: 'HTML-block i ett medborgarlöfte',
        overrides: { [PROMISE]: (valid) => `${valid}\n<div style="color:red">Viktigt</div>\n` },
        expected: [error(PROMISE, 29, 1, 'Texten innehåller HTML: "<div style=\\"color:red\\">Viktigt</div>".')],
      },
    ],
  },
};
export default rule;
