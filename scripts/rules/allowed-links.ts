import type { Nodes } from 'mdast';
import { visit } from 'unist-util-visit';
import { allMarkdown } from '../model/markdown-sources.ts';
import type { Rule } from './rule.ts';

/** What a published page may link to; anything else is removed when the page is made. */
const ALLOWED = /^(https?:|mailto:|tel:|#)/i;

const rule: Rule = {
  id: 'allowed-links',
  description: 'Länkar går till webbadresser (https://…), e-post eller telefon; texten har inga bilder.',
  check(content, report) {
    for (const { file, tree } of allMarkdown(content)) {
      visit(tree, (node: Nodes) => {
        if (node.type === 'image' || node.type === 'imageReference') {
          report(file, {
            severity: 'error',
            place: node.position,
            reason: 'Texten innehåller en bild. Bilder publiceras inte.',
            fix: 'Ta bort bilden, eller beskriv i text vad den visar. Behövs en karta eller ett diagram: länka till den med [beskrivning](https://…).',
          });
          return;
        }
        if ((node.type === 'link' || node.type === 'definition') && !ALLOWED.test(node.url.trim())) {
          report(file, {
            severity: 'error',
            place: node.position,
            reason: `Länken går till "${node.url.slice(0, 60)}", som inte publiceras: länken skulle tas bort.`,
            fix: 'Skriv hela webbadressen med https://, en e-postadress med mailto: eller ett telefonnummer med tel:.',
          });
        }
      });
    }
  },
};
export default rule;
