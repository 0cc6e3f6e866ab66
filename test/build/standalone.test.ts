// Every published page stands on its own: it loads nothing but files from its own folder (the
// municipality can publish one folder anywhere, and a reader's visit tells no third party),
// runs no script, says its language, and its Content-Security-Policy tells the browser so.
// Links (<a href>) to the other pages are the only way out of the folder.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { visit } from 'unist-util-visit';
import { describe, expect, inject, it } from 'vitest';
import { openBuiltPage } from '../helpers/axe.ts';
import { useBrowser } from '../helpers/browser.ts';
import { listFiles, listHtmlPages } from '../helpers/build-fixture.ts';
import { readPage, textOf } from '../helpers/html.ts';

const distDir = inject('distDir');
const pages = listHtmlPages(distDir);
const browser = useBrowser();

/** Attributes (as hast names them) whose URL the browser loads without a click. */
const LOADING_ATTRIBUTES = ['src', 'srcSet', 'poster', 'data', 'background', 'action', 'formAction', 'manifest', 'icon'];

/** A URL that stays inside the page's own folder: relative, not upwards, no scheme, no host. */
const isOwnFolder = (url: string) =>
  !/^[a-z][a-z0-9+.-]*:/i.test(url) && !url.startsWith('/') && !url.split(/[?#]/)[0]!.split('/').includes('..');

const urlsInCss = (css: string) => [...css.matchAll(/url\(\s*(['"]?)(.*?)\1\s*\)/gi)].map((match) => match[2]!);

/** Everything on a page that would load a resource, with where it stands. */
function resourceReferences(tree: Root): Array<{ where: string; url: string }> {
  const found: Array<{ where: string; url: string }> = [];
  visit(tree, 'element', (element: Element) => {
    for (const name of LOADING_ATTRIBUTES) {
      const value = element.properties[name];
      if (value === undefined || value === null || value === false) continue;
      const urls = name === 'srcSet' ? String(value).split(',').map((candidate) => candidate.trim().split(/\s+/)[0]!) : [String(Array.isArray(value) ? value.join(' ') : value)];
      for (const url of urls) found.push({ where: `<${element.tagName} ${name}>`, url });
    }
    if (element.tagName === 'link') found.push({ where: `<link rel=${String(element.properties.rel)}>`, url: String(element.properties.href ?? '') });
    if (typeof element.properties.style === 'string') {
      for (const url of urlsInCss(element.properties.style)) found.push({ where: `<${element.tagName} style>`, url });
    }
    if (element.tagName === 'style') {
      for (const url of urlsInCss(textOf(element))) found.push({ where: '<style>', url });
    }
  });
  return found;
}

function cspDirectives(tree: Root): Map<string, string[]> {
  const meta = select('head > meta[http-equiv="Content-Security-Policy"]', tree);
  const content = String(meta?.properties.content ?? '');
  return new Map(
    content
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name!.toLowerCase(), sources]),
  );
}

describe.each(pages)('%s', (path) => {
  const tree = readPage(join(distDir, path));

  it('has no script, no event handler attributes, no javascript: URLs and nothing that needs script', () => {
    expect(selectAll('script, noscript, iframe, object, embed, frame, frameset, form', tree).map((e) => e.tagName)).toEqual([]);
    const handlers: string[] = [];
    const scriptUrls: string[] = [];
    visit(tree, 'element', (element: Element) => {
      for (const [name, value] of Object.entries(element.properties)) {
        if (/^on[a-z]/i.test(name) && name !== 'open') handlers.push(`<${element.tagName} ${name}>`);
        if (typeof value === 'string' && /^\s*(javascript|vbscript|data:text\/html)/i.test(value)) scriptUrls.push(`<${element.tagName} ${name}="${value}">`);
      }
    });
    expect(handlers).toEqual([]);
    expect(scriptUrls).toEqual([]);
  });

  it('loads only files from its own folder: stylesheet, images, fonts', () => {
    const references = resourceReferences(tree);
    expect(references.filter(({ url }) => !isOwnFolder(url)).map(({ where, url }) => `${where} ${url}`)).toEqual([]);
    const folder = dirname(path) === '.' ? '' : `${dirname(path)}/`;
    const stylesheets = selectAll('link[rel~=stylesheet]', tree).map((link) => `${folder}${String(link.properties.href)}`);
    expect(stylesheets.length).toBeGreaterThan(0);
    expect(listFiles(distDir)).toEqual(expect.arrayContaining(stylesheets));
  });

  it('is <html lang="sv"> with a meta description and an Open Graph title', () => {
    expect(select('html', tree)?.properties.lang).toBe('sv');
    const title = textOf(select('head > title', tree)!);
    expect(title).not.toBe('');
    expect(String(select('head > meta[name=description]', tree)?.properties.content ?? '').trim()).not.toBe('');
    expect(select('head > meta[property="og:title"]', tree)?.properties.content).toBe(title);
  });

  it('has a Content-Security-Policy that forbids scripts and anything remote, before anything is loaded', () => {
    const csp = cspDirectives(tree);
    expect(csp.get('default-src')).toEqual(["'none'"]);
    for (const name of ['script-src', 'script-src-elem', 'script-src-attr', 'worker-src', 'connect-src', 'frame-src', 'child-src', 'object-src']) {
      expect(csp.has(name), name).toBe(false);
    }
    for (const [name, sources] of csp) {
      for (const source of sources) expect(["'none'", "'self'", 'data:'], `${name} ${source}`).toContain(source);
    }
    // A CSP in a meta element governs only what comes after it.
    const head = select('head', tree)!.children.filter((node): node is Element => node.type === 'element');
    const cspAt = head.findIndex((element) => String(element.properties.httpEquiv).toLowerCase() === 'content-security-policy');
    const firstLoad = head.findIndex((element) => ['link', 'style', 'script', 'base'].includes(element.tagName));
    expect(cspAt).toBeGreaterThanOrEqual(0);
    if (firstLoad >= 0) expect(cspAt).toBeLessThan(firstLoad);
  });

  it('in Chromium without JavaScript, with only its own folder reachable, requests nothing else and gets its stylesheet', async () => {
    const folder = join(distDir, dirname(path));
    const loaded: string[] = [];
    const { page, blocked } = await openBuiltPage(browser(), folder, path.split('/').pop()!);
    try {
      page.on('requestfinished', (request) => loaded.push(request.url()));
      await page.reload({ waitUntil: 'load' });
      expect(blocked).toEqual([]);
      expect(loaded.some((url) => url.endsWith('/style.css'))).toBe(true);
      const main = await page.$eval('main', (element) => (element as HTMLElement).innerText.trim().length);
      expect(main).toBeGreaterThan(0);
    } finally {
      await page.close();
    }
  });
});

describe('the checks themselves', () => {
  it('see remote and ../ loads in src, srcset, <link>, style attributes and <style>', () => {
    const tree = fromHtml(
      '<link rel="stylesheet" href="../style.css"><link rel="icon" href="https://evil.example/i.ico">' +
        '<img src="//evil.example/x.png" alt=""><img srcset="ok.png 1x, https://evil.example/2.png 2x" alt="">' +
        '<p style="background: url(\'https://evil.example/b.png\')">x</p><style>p { background: url(../b.png) }</style>' +
        '<img src="bild.png" alt="">',
    );
    expect(resourceReferences(tree).filter(({ url }) => !isOwnFolder(url)).map(({ url }) => url)).toEqual([
      '../style.css',
      'https://evil.example/i.ico',
      '//evil.example/x.png',
      'https://evil.example/2.png',
      'https://evil.example/b.png',
      '../b.png',
    ]);
  });
});

describe('the stylesheets', () => {
  const sheets = listFiles(distDir).filter((path) => path.endsWith('.css'));

  it('are there, one beside each page', () => {
    expect(sheets.length).toBeGreaterThan(0);
    for (const page of pages) expect(sheets).toContain(join(dirname(page), 'style.css'));
  });

  it.each(sheets)('%s imports nothing and loads nothing from another host or folder', (path) => {
    const css = readFileSync(join(distDir, path), 'utf8');
    expect(css).not.toMatch(/@import/i);
    expect(urlsInCss(css).filter((url) => !url.startsWith('data:') && !isOwnFolder(url))).toEqual([]);
  });

  it('the checks see a remote url() and a relative ../ one', () => {
    const css = 'a { background: url("https://evil.example/x.png") } b { background: url(../x.png) } c { background: url(x.woff2) }';
    expect(urlsInCss(css).filter((url) => !isOwnFolder(url))).toEqual(['https://evil.example/x.png', '../x.png']);
  });
});
