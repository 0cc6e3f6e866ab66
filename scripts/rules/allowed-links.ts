import type { Nodes } from 'mdast';
import { visit } from 'unist-util-visit';
import { allMarkdown } from '../model/markdown-sources.ts';
import { ruleWords, type Rule } from './rule.ts';
import { error, PROMISE, replaceOnce, TEXT } from './examples.ts';

/** What a published page may link to; anything else is removed when the page is made. */
const ALLOWED = /^(https?:|mailto:|tel:|#)/i;

/**
 * Links go to web addresses (http, https), e-mail (mailto:), telephone (tel:) or a part of the
 * page (#…), and the text has no images: the page removes anything else. Fires on the link,
 * link definition or image. Errors; not graded by the record policy.
 */
const rule: Rule = {
  id: 'allowed-links',
  description: 'Länkar går till webbadresser (https://…), e-post eller telefon; texten har inga bilder.',
  check(content, report) {
    const words = ruleWords(content)['allowed-links'];
    for (const { file, tree } of allMarkdown(content)) {
      visit(tree, (node: Nodes) => {
        if (node.type === 'image' || node.type === 'imageReference') {
          report(file, {
            severity: 'error',
            place: node.position,
            ...words.image,
          });
          return;
        }
        if ((node.type === 'link' || node.type === 'definition') && !ALLOWED.test(node.url.trim())) {
          report(file, {
            severity: 'error',
            place: node.position,
            ...words.link(node.url.slice(0, 60)),
          });
        }
      });
    }
  },
  examples: {
    ok: [
      {
        name: 'webbadress, e-post, telefon och ett avsnitt',
        overrides: {
          [TEXT]: replaceOnce(
            'leva och verka i.',
            'leva och verka i. Se [polisen](https://polisen.se), [mejla](mailto:a@b.se), [ring](tel:114 14) eller [bakgrunden](#bakgrund).',
          ),
        },
      },
    ],
    notOk: [
      {
        name: 'en javascript-länk och en bild',
        overrides: { [TEXT]: replaceOnce('leva och verka i.', 'leva och verka i. [Klick](javascript:alert(1)) ![karta](https://evil.example/x.png)') },
        expected: [
          error(TEXT, 1, 58, 'Länken går till "javascript:alert(1)", som inte publiceras: länken skulle tas bort.'),
          error(TEXT, 1, 87, 'Texten innehåller en bild. Bilder publiceras inte.'),
        ],
      },
      {
        name: 'en länk utan protokoll i ett medborgarlöfte',
        overrides: { [PROMISE]: (valid) => `${valid}\nLäs mer på [kommunen](degerfors.se).\n` },
        expected: [
          error(
            PROMISE,
            29,
            12,
            'Länken går till "degerfors.se", som inte publiceras: länken skulle tas bort.',
            'Skriv hela webbadressen med https://, en e-postadress med mailto: eller ett telefonnummer med tel:.',
          ),
        ],
      },
    ],
  },
};
export default rule;
