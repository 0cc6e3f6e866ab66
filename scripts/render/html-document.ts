// A complete HTML document as text: what every published page and every print document is,
// whatever else its head and body hold.
import type { Element } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import type { Language } from '../language/index.ts';

export function htmlDocument(words: Language, head: Element[], body: Element): string {
  const html = h('html', { lang: words.locale.html }, [h('head', [h('meta', { charSet: 'utf-8' }), ...head]), body]);
  return `${toHtml({ type: 'root', children: [{ type: 'doctype' }, html] })}\n`;
}
