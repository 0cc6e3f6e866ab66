// Every published page passes axe-core (WCAG 2.1 A and AA, and best practices) in Chromium, and
// reads on a 360 px phone without scrolling sideways. One browser for the whole file.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { formatViolations, openBuiltPage, runAxe } from '../helpers/axe.ts';
import { useBrowser } from '../helpers/browser.ts';
import { expectedPages, listHtmlPages, makeTempDir } from '../helpers/build-fixture.ts';

const distDir = inject('distDir');
const pages = listHtmlPages(distDir);
const browser = useBrowser();

const PHONE = { width: 360, height: 740 };

describe('the pages under test', () => {
  it('are every page the content makes: the index, each edition, each promise (and any comparison)', () => {
    expect(pages).toEqual(expect.arrayContaining(expectedPages()));
    expect(pages.filter((path) => !expectedPages().includes(path)).every((path) => path.startsWith('compare/'))).toBe(true);
  });
});

describe('axe-core', () => {
  it.each(pages)('finds no violations on %s', async (path) => {
    const { page, blocked } = await openBuiltPage(browser(), distDir, path, { forAxe: true });
    const violations = await runAxe(page);
    expect(violations, formatViolations(path, violations)).toEqual([]);
    expect(blocked, 'requests outside dist/').toEqual([]);
  });

  it('does report a violation when there is one (a page without lang)', async () => {
    const dir = makeTempDir('agreement-axe-');
    const html = readFileSync(join(distDir, 'index.html'), 'utf8');
    expect(html).toContain('<html lang="sv">');
    writeFileSync(join(dir, 'index.html'), html.replace('<html lang="sv">', '<html>'));
    copyFileSync(join(distDir, 'style.css'), join(dir, 'style.css'));
    const { page } = await openBuiltPage(browser(), dir, 'index.html', { forAxe: true });
    expect((await runAxe(page)).map((violation) => violation.id)).toContain('html-has-lang');
  });
});

describe('on a 360 px wide phone', () => {
  const scrollWidth = async (dir: string, path: string) => {
    const { page } = await openBuiltPage(browser(), dir, path, { viewport: PHONE });
    return await page.evaluate(() => document.documentElement.scrollWidth);
  };

  it.each(pages)('%s does not scroll sideways', async (path) => {
    expect(await scrollWidth(distDir, path)).toBeLessThanOrEqual(PHONE.width);
  });

  it('would notice a page wider than the phone', async () => {
    const dir = makeTempDir('agreement-wide-');
    const html = readFileSync(join(distDir, 'index.html'), 'utf8');
    writeFileSync(join(dir, 'index.html'), html.replace('</main>', '<table><tr><td>a</td><td>b</td><td>c</td><td>d</td><td>e</td><td>f</td><td>g</td><td>h</td><td>i</td><td>j</td><td>k</td><td>l</td><td>m</td><td>n</td><td>o</td><td>p</td><td>q</td><td>r</td><td>s</td><td>t</td><td>u</td><td>v</td><td>w</td><td>x</td><td>y</td><td>z</td></tr></table><svg width="2000" height="1" aria-hidden="true"></svg></main>'));
    copyFileSync(join(distDir, 'style.css'), join(dir, 'style.css'));
    expect(await scrollWidth(dir, 'index.html')).toBeGreaterThan(PHONE.width);
  });
});
