// A complete Swedish HTML document as text: what every published page and every print
// document is, whatever else its head and body hold.
import type { Element } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';

export function htmlDocument(head: Element[], body: Element): string {
  const html = h('html', { lang: 'sv' }, [h('head', [h('meta', { charSet: 'utf-8' }), ...head]), body]);
  return `${toHtml({ type: 'root', children: [{ type: 'doctype' }, html] })}\n`;
}
