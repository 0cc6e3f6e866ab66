// The frame of every published page: one accessible, standalone HTML document. Nothing is
// loaded from outside the page's own folder, no script runs, and the Content-Security-Policy
// says so to the browser as well.
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import type { SiteConfig } from '../model/model.ts';
import { ACCESSIBILITY_PAGE } from '../model/output-paths.ts';
import type { Language } from '../language/index.ts';
import { htmlDocument } from './html-document.ts';
import { keepPeriodsTogether } from './periods.ts';

/** The stylesheet every page links, copied into each page's own folder by the build. */
export const STYLESHEET = 'style.css';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

export interface PageInput {
  /** The document title, also the Open Graph title. */
  title: string;
  /** One sentence for search results and link previews. */
  description: string;
  /** The content of <main>; its first heading should be the page's h1. */
  main: ElementContent[];
  /** A draft says so in words at the top of the page. */
  draft?: boolean;
  /** Where the page is published, relative to the site's root (e.g. "2026-2029/index.html"). */
  path: string;
  /** The site configuration: its name and footer frame every page; a site's build also its address. */
  site: Pick<SiteConfig, 'siteName' | 'footer' | 'publication'>;
  /** The site's language: the frame's own words and the lang attribute. */
  words: Language;
}

/** From a page's folder back to the site's root: "../" per folder. */
export const toRootOf = (path: string) => '../'.repeat(path.split('/').length - 1);

/** The page's published address on a site's build ("…/2026-2029/" for 2026-2029/index.html). */
export function canonicalUrl(baseUrl: string, path: string): string {
  return new URL(path.replace(/(^|\/)index\.html$/, '$1'), baseUrl).href;
}

export function renderPage(input: PageInput): string {
  const { locale, document } = input.words;
  const toRoot = toRootOf(input.path);
  // A draft says so wherever its title is shown: the tab, a shared link's preview.
  const title = input.draft ? document.draftTitle(input.title) : input.title;
  const baseUrl = input.site.publication?.baseUrl;
  const main = h('main', { id: 'innehall', tabIndex: -1 }, [
    ...(input.draft ? [h('p.draft-banner', [h('strong', `${document.draftMark}. `), document.draftNotice])] : []),
    ...input.main,
  ]);
  keepPeriodsTogether(main);
  return htmlDocument(
    input.words,
    [
      // The policy comes first, before anything it governs.
      h('meta', { httpEquiv: 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }),
      h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
      h('meta', { name: 'referrer', content: 'no-referrer' }),
      h('title', title),
      h('meta', { name: 'description', content: input.description }),
      h('meta', { property: 'og:type', content: 'article' }),
      h('meta', { property: 'og:site_name', content: input.site.siteName }),
      h('meta', { property: 'og:locale', content: locale.openGraph }),
      h('meta', { property: 'og:title', content: title }),
      h('meta', { property: 'og:description', content: input.description }),
      ...(baseUrl ? [h('link', { rel: 'canonical', href: canonicalUrl(baseUrl, input.path) })] : []),
      h('link', { rel: 'stylesheet', href: STYLESHEET }),
    ],
    h('body', [
      h('a.skip-link', { href: '#innehall' }, document.skipLink),
      h('header.site-header', [
        h('nav', { 'aria-label': document.siteNavigation }, [h('a', { href: `${toRoot}index.html` }, document.allEditionsLink)]),
      ]),
      main,
      h('footer.site-footer', [
        h('p', input.site.footer),
        ...(baseUrl ? [h('p', [h('a', { href: `${toRoot}${ACCESSIBILITY_PAGE.replace(/index\.html$/, '')}` }, input.words.publication.accessibility.footerLink)])] : []),
      ]),
    ]),
  );
}
