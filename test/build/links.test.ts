// Every link a reader can follow inside the published site lands somewhere: relative links
// point at files that the build wrote, and a #fragment at an id in the target page (footnotes
// and back-links, the table of contents, promise pages back to their focus areas). External
// links are collected and checked for form, never fetched.
import { existsSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, posix, relative, resolve, sep } from 'node:path';
import type { Root } from 'hast';
import { selectAll } from 'hast-util-select';
import { describe, expect, inject, it } from 'vitest';
import { listHtmlPages } from '../helpers/build-fixture.ts';
import { readPage } from '../helpers/html.ts';

const distDir = inject('distDir');
const pages = listHtmlPages(distDir);

const parsed = new Map<string, Root>();
function page(path: string): Root {
  let tree = parsed.get(path);
  if (!tree) {
    tree = readPage(join(distDir, path));
    parsed.set(path, tree);
  }
  return tree;
}

const idsOf = (path: string) => new Set(selectAll('[id]', page(path)).map((element) => String(element.properties.id)));
const hrefsOf = (path: string) => selectAll('a[href]', page(path)).map((element) => String(element.properties.href));

const EXTERNAL = /^[a-z][a-z0-9+.-]*:/i;

interface Broken {
  page: string;
  href: string;
  why: string;
}

/** What is wrong with an internal link `href` on `from`, or undefined when it resolves. */
function checkInternal(from: string, href: string): string | undefined {
  if (href.startsWith('//')) return 'protocol-relative: leaves the site';
  const hash = href.indexOf('#');
  const pathPart = hash < 0 ? href : href.slice(0, hash);
  const fragment = hash < 0 ? undefined : decodeURIComponent(href.slice(hash + 1));
  if (pathPart.includes('?')) return 'query string on a static file';
  let target = from;
  if (pathPart !== '') {
    if (pathPart.startsWith('/')) return 'root-relative: breaks when the site is published below the domain root';
    const absolute = resolve(distDir, dirname(from), decodeURIComponent(pathPart));
    const rel = relative(distDir, absolute);
    if (rel.startsWith('..') || isAbsolute(rel)) return 'points outside dist/';
    if (!existsSync(absolute)) return `no such file ${rel.split(sep).join('/')}`;
    target = statSync(absolute).isDirectory() ? posix.join(rel.split(sep).join('/'), 'index.html') : rel.split(sep).join('/');
    if (!existsSync(join(distDir, target))) return `no index.html in ${rel}`;
  }
  if (fragment === undefined || fragment === '') return undefined;
  if (!target.endsWith('.html')) return undefined; // #page=2 and the like on a PDF
  if (!idsOf(target).has(fragment)) return `no id="${fragment}" in ${target}`;
  return undefined;
}

describe('links between the pages', () => {
  it('there are internal links to check: footnotes, contents and promise pages', () => {
    const internal = pages.flatMap((path) => hrefsOf(path).filter((href) => !EXTERNAL.test(href)));
    expect(pages.flatMap((path) => selectAll('a[data-footnote-ref]', page(path))).length).toBeGreaterThan(0);
    expect(internal.filter((href) => href.startsWith('#') && href.length > 1).length).toBeGreaterThan(0);
    expect(internal.filter((href) => href.includes('promises/')).length).toBeGreaterThan(0);
    expect(internal.filter((href) => href.endsWith('.pdf')).length).toBeGreaterThan(0);
  });

  it.each(pages)('every relative link and fragment on %s resolves', (path) => {
    const broken: Broken[] = [];
    for (const href of hrefsOf(path)) {
      if (EXTERNAL.test(href)) continue;
      const why = checkInternal(path, href);
      if (why) broken.push({ page: path, href, why });
    }
    expect(broken.map((b) => `${b.page}: ${b.href}: ${b.why}`)).toEqual([]);
  });

  it('ids are unique on every page, so a fragment has one target', () => {
    const duplicates = pages.flatMap((path) => {
      const ids = selectAll('[id]', page(path)).map((element) => String(element.properties.id));
      return ids.filter((id, index) => ids.indexOf(id) !== index).map((id) => `${path}: #${id}`);
    });
    expect(duplicates).toEqual([]);
  });

  it('every footnote call has its footnote and every footnote a way back', () => {
    for (const path of pages) {
      for (const href of selectAll('a[data-footnote-ref]', page(path)).map((a) => String(a.properties.href))) {
        expect(href, path).toMatch(/^#/);
        expect(checkInternal(path, href), `${path}: ${href}`).toBeUndefined();
      }
      for (const href of selectAll('a[data-footnote-backref]', page(path)).map((a) => String(a.properties.href))) {
        expect(checkInternal(path, href), `${path}: ${href}`).toBeUndefined();
      }
    }
  });

  it('the checker itself catches a missing file and a missing fragment', () => {
    expect(checkInternal('index.html', 'finns-inte/index.html')).toMatch(/no such file/);
    expect(checkInternal('index.html', '#finns-inte')).toMatch(/no id="finns-inte"/);
    expect(checkInternal('index.html', '../utanfor.html')).toMatch(/outside dist/);
    expect(checkInternal('index.html', '/index.html')).toMatch(/root-relative/);
  });
});

describe('external links', () => {
  const external = [...new Set(pages.flatMap((path) => hrefsOf(path).filter((href) => EXTERNAL.test(href))))].sort();

  it('are https:, mailto: or tel: addresses, listed here and not fetched', () => {
    // Listed so that a reviewer sees where the published pages send readers.
    if (external.length) console.info(`External links in dist/:\n  ${external.join('\n  ')}`);
    for (const href of external) {
      expect(href, 'only https, mailto and tel leave the site').toMatch(/^(https:|mailto:|tel:)/);
      if (href.startsWith('https:')) expect(() => new URL(href), href).not.toThrow();
    }
  });
});
