import type { Heading } from 'mdast';
import { visit } from 'unist-util-visit';
import { allMarkdown } from '../model/markdown-sources.ts';
import { error, replaceOnce, TEXT, PROMISE } from './examples.ts';
import { ruleWords, type Rule } from './rule.ts';

/**
 * No heading of level 1 (`# …`) in a text: the page's and the PDF's one h1 is the document's
 * title (from its data), and a second would break the outline a screen reader navigates by and
 * the PDF's bookmarks. Sections start at `##`. An error, in a signed edition too: it is the
 * document's structure, not its wording.
 */
const rule: Rule = {
  id: 'no-title-heading',
  description: 'Texten har inga rubriker på nivå 1 (#): den nivån är dokumentets titel.',
  check(content, report) {
    const words = ruleWords(content)['no-title-heading'];
    for (const source of allMarkdown(content)) {
      visit(source.tree, 'heading', (node: Heading) => {
        if (node.depth !== 1 || !node.position) return;
        const text = source.file.value.toString().slice(node.position.start.offset ?? 0, node.position.end.offset ?? 0).replace(/^#\s*/, '');
        report(source.file, { severity: 'error', place: { start: node.position.start, end: node.position.end }, ...words.titleHeading(text) });
      });
    }
  },
  examples: {
    ok: [{ name: 'avsnitt som börjar på nivå 2', overrides: { [TEXT]: replaceOnce('## Bakgrund', '## Bakgrund\n\n### Historik') } }],
    notOk: [
      {
        name: 'en rubrik på nivå 1 i texten',
        overrides: { [TEXT]: replaceOnce('## Bakgrund', '# Bakgrund') },
        expected: [error(TEXT, 3, 1, 'Rubriken "Bakgrund" har nivå 1 (#), som är dokumentets titel: sidan skulle få två huvudrubriker.')],
      },
      {
        name: 'en rubrik på nivå 1 i ett medborgarlöfte',
        overrides: { [PROMISE]: (valid) => `${valid}\n# Mer om löftet\n` },
        expected: [error(PROMISE, 29, 1)],
      },
    ],
  },
};
export default rule;
