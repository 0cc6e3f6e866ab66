import { error, PROMISE, replaceOnce } from './examples.ts';
import { ruleWords, type Rule } from './rule.ts';
import { textSpans } from './text-spans.ts';

/** A start or end tag, a comment or a doctype: what a browser would read as HTML. */
const TAG = /<(?:\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?|!--|!doctype\b)[^<>]*>?/i;

/**
 * The data's text values (titles, names, promise texts in YAML) and escaped text in the
 * Markdown hold no HTML: they are always shown as plain text, so a tag would appear on the page
 * as its characters, never as markup. Fires at the first tag in each value. Errors, in a signed
 * edition warnings (wording).
 */
const rule: Rule = {
  id: 'no-html-in-text',
  description: 'Uppgifterna i YAML innehåller ingen HTML: den visas som tecken, aldrig som HTML.',
  check(content, report) {
    const words = ruleWords(content)['no-html-in-text'];
    for (const span of textSpans(content)) {
      const match = TAG.exec(span.value);
      if (!match) continue;
      report(span.file, { severity: 'error', place: span.at(match.index), wording: span.owner, ...words.tag(match[0].slice(0, 60)) });
    }
  },
  examples: {
    ok: [{ name: 'en jämförelse med < och >', overrides: { [PROMISE]: replaceOnce('title: Trygghetsvandringar', 'title: "Trygghetsvandringar (fler än 2 < 5 > 3)"') } }],
    notOk: [
      {
        name: 'ett skript i en titel',
        overrides: { [PROMISE]: replaceOnce('title: Trygghetsvandringar', 'title: "<script>alert(1)</script>Trygghetsvandringar"') },
        expected: [error(PROMISE, 3, 9, 'Texten innehåller HTML: "<script>". Den visas som tecken på sidan, aldrig som HTML.')],
      },
    ],
  },
};
export default rule;
