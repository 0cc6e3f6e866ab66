import { findBrowser } from '../../scripts/print/find-browser.ts';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { isAllowedRequest, launchBrowser, openOfflinePage } from '../../scripts/print/browser.ts';
import { useBrowser } from '../helpers/browser.ts';

const browser = useBrowser();
const dir = mkdtempSync(join(tmpdir(), 'offline-page-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('isAllowedRequest', () => {
  it('lets data:, about: and files inside the folder through, and nothing else', () => {
    expect(isAllowedRequest('data:text/css,', '/srv/dist')).toBe(true);
    expect(isAllowedRequest('about:blank', '/srv/dist')).toBe(true);
    expect(isAllowedRequest('file:///srv/dist/fonts/a.woff2', '/srv/dist')).toBe(true);
    expect(isAllowedRequest('file:///srv/dist/../secret.txt', '/srv/dist')).toBe(false);
    expect(isAllowedRequest('file:///srv/dist-other/a.css', '/srv/dist')).toBe(false);
    expect(isAllowedRequest('file:///etc/passwd', '/srv/dist')).toBe(false);
    expect(isAllowedRequest('https://fonts.googleapis.com/css', '/srv/dist')).toBe(false);
    expect(isAllowedRequest('http://localhost/', '/srv/dist')).toBe(false);
  });
});

describe('openOfflinePage', () => {
  it('aborts network requests and files outside the folder, and loads files inside it', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'offline-outside-'));
    try {
      writeFileSync(join(outside, 'secret.css'), 'body { color: red }');
      writeFileSync(join(dir, 'inside.css'), 'body { color: rgb(0, 128, 0) }');
      writeFileSync(
        join(dir, 'page.html'),
        `<!doctype html><html lang="sv"><head><title>t</title>
        <link rel="stylesheet" href="inside.css">
        <link rel="stylesheet" href="${pathToFileURL(join(outside, 'secret.css')).href}">
        </head><body><img alt="" src="http://example.invalid/spårning.png"><p>Hej</p></body></html>`,
      );
      const blocked: string[] = [];
      const loaded: string[] = [];
      const page = await openOfflinePage(browser(), dir, { onBlocked: (url) => blocked.push(url) });
      page.on('requestfinished', (request) => loaded.push(request.url()));
      await page.goto(pathToFileURL(join(dir, 'page.html')).href, { waitUntil: 'load' });
      const color = await page.evaluate(() => getComputedStyle(document.body).color);
      await page.close();
      expect(color).toBe('rgb(0, 128, 0)');
      expect(blocked.some((url) => url.startsWith('http://example.invalid/'))).toBe(true);
      expect(blocked.some((url) => url.endsWith('/secret.css'))).toBe(true);
      expect(loaded.some((url) => url.endsWith('/inside.css'))).toBe(true);
      expect(loaded.some((url) => url.startsWith('http'))).toBe(false);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('runs no script from the page unless asked to', async () => {
    writeFileSync(join(dir, 'script.html'), '<!doctype html><title>t</title><p id="p">före</p><script>document.getElementById("p").textContent = "efter"</script>');
    const url = pathToFileURL(join(dir, 'script.html')).href;
    const quiet = await openOfflinePage(browser(), dir);
    await quiet.goto(url);
    expect(await quiet.$eval('#p', (p) => p.textContent)).toBe('före');
    await quiet.close();
    const scripted = await openOfflinePage(browser(), dir, { javaScript: true });
    await scripted.goto(url);
    expect(await scripted.$eval('#p', (p) => p.textContent)).toBe('efter');
    await scripted.close();
  });
});

describe('launchBrowser', () => {
  it('removes its temporary profile when closed', async () => {
    const own = await launchBrowser({ executablePath: await findBrowser(process.env) });
    const args = own.process()?.spawnargs ?? [];
    const profile = args.find((arg) => arg.startsWith('--user-data-dir='))?.slice('--user-data-dir='.length);
    expect(profile && existsSync(profile)).toBe(true);
    expect(args).toEqual(expect.arrayContaining(['--no-sandbox', '--disable-gpu', '--disable-component-update']));
    await own.close();
    // The profile goes when the process has exited, which close() awaits.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(existsSync(profile ?? '')).toBe(false);
  });
});
