// The built web pages as a reader meets them in Chromium: headings named by their text alone,
// a draft that says so in its title and on every printed page, and no word broken without a
// hyphen on a 320 or 360 px screen.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { listHtmlPages } from '../helpers/build-fixture.ts';
import { useBrowser } from '../helpers/browser.ts';
import { openBuiltPage } from '../helpers/axe.ts';
import { pdfInfo, pdfText } from '../helpers/pdf.ts';

const distDir = inject('distDir');
const browser = useBrowser();
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('the web pages', () => {
  it.each(['2021-2025/index.html', '2026-2029/index.html'])("%s: each heading's accessible name is its text", async (path) => {
    const { page } = await openBuiltPage(browser(), distDir, path);
    const texts = (await page.$$eval('h1, h2, h3, h4, h5, h6', (headings) => headings.map((heading) => heading.textContent ?? ''))).map(squash);
    const names: string[] = [];
    const walk = (node: { role?: string; name?: string; children?: unknown[] } | null) => {
      if (!node) return;
      if (node.role === 'heading') names.push(squash(node.name ?? ''));
      for (const child of node.children ?? []) walk(child as typeof node);
    };
    walk((await page.accessibility.snapshot()) as Parameters<typeof walk>[0]);
    expect(texts.length).toBeGreaterThan(10);
    expect(names).toEqual(texts);
  });

  it('a draft says "Utkast" in its page title and its PDF title; a signed edition does not', async () => {
    const title = async (path: string) => {
      const { page } = await openBuiltPage(browser(), distDir, path);
      return await page.title();
    };
    expect(await title('2026-2029/index.html')).toMatch(/^Utkast/);
    expect(await title('2021-2025/index.html')).not.toMatch(/Utkast/);
    const pdf = (id: string) => join(distDir, id, readdirSync(join(distDir, id)).find((name) => name.endsWith('.pdf'))!);
    expect(pdfInfo(pdf('2026-2029')).title).toMatch(/^Utkast/);
    expect(pdfInfo(pdf('2021-2025')).title).not.toMatch(/Utkast/);
  });

  it('a printed draft page shows UTKAST on every page', async () => {
    const { page } = await openBuiltPage(browser(), distDir, '2026-2029/index.html');
    // As a reader's browser prints it: the page's own @page rules, A4.
    const bytes = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    const pages = pdfInfo(bytes).pages;
    expect(pages).toBeGreaterThan(1);
    for (let number = 1; number <= pages; number += 1) expect(pdfText(bytes, number), `page ${number}`).toContain('UTKAST');
  });

  it.each([320, 360])('no word breaks without a hyphen at %i px', async (width) => {
    const broken: string[] = [];
    for (const path of listHtmlPages(distDir)) {
      const { page } = await openBuiltPage(browser(), distDir, path, { viewport: { width, height: 800 } });
      const words = await page.evaluate(() => {
        const found: string[] = [];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const parent = node.parentElement;
          // Code (a commit, a digest) is no word and may break anywhere.
          if (!parent || parent.closest('.visually-hidden, [aria-hidden="true"], details:not([open]), code')) continue;
          for (const match of (node.textContent ?? '').matchAll(/\S+/g)) {
            // A break after a hyphen, a dash or a slash is where the word itself breaks.
            if (/[-–/\u00ad]/.test(match[0])) continue;
            const range = document.createRange();
            range.setStart(node, match.index);
            range.setEnd(node, match.index + match[0].length);
            const lines = new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top)));
            if (lines.size > 1) found.push(match[0]);
          }
        }
        return found;
      });
      broken.push(...words.map((word) => `${path}: ${word}`));
    }
    expect(broken).toEqual([]);
  });
});
