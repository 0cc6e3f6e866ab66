// A site's accessibility statement (tillgänglighetsredogörelse), with the site's own contact
// route: each publishing target gets its own, as the law asks of every public website.
import { h } from 'hastscript';
import { wordsFor } from '../language/index.ts';
import type { Content, PublishTargetData } from '../model/model.ts';
import { ACCESSIBILITY_PAGE } from '../model/output-paths.ts';
import { renderPage } from './page.ts';

const DIGG_REPORT_URL = 'https://www.digg.se/tdosanmalan';

export function renderAccessibilityStatement(content: Content, target: PublishTargetData, date: Date): string {
  const words = wordsFor(content.site.language);
  const text = words.publication.accessibility;
  const contact = target.accessibilityContact;
  return renderPage({
    site: content.site,
    words,
    path: ACCESSIBILITY_PAGE,
    title: `${text.title} – ${target.name}`,
    description: text.intro(target.name),
    main: [
      h('h1', text.title),
      h('p', text.intro(target.name)),
      h('h2', text.statusHeading),
      h('p', text.status),
      h('h2', text.contactHeading),
      h('p', text.contact),
      h('ul', [
        ...(contact.email ? [h('li', [`${text.email}: `, h('a', { href: `mailto:${contact.email}` }, contact.email)])] : []),
        ...(contact.url ? [h('li', [`${text.form}: `, h('a', { href: contact.url }, contact.url)])] : []),
      ]),
      h('h2', text.supervisionHeading),
      h('p', [text.supervision, ' ', h('a', { href: DIGG_REPORT_URL }, text.diggLink)]),
      h('h2', text.testedHeading),
      h('p', text.tested(words.format.date(date.toISOString().slice(0, 10)))),
    ],
  });
}
