import type { ChildProcess } from 'node:child_process';
import { findBrowser } from '../../scripts/print/find-browser.ts';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { isAllowedRequest, launchBrowser, openOfflinePage } from '../../scripts/print/browser.ts';
import { useBrowser } from '../helpers/browser.ts';

const browser = useBrowser();

/** When the process has exited (at once if it already has). */
function exited(child: ChildProcess): Promise<unknown> {
  return child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((resolve) => child.once('exit', resolve));
}
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
    const child = own.process()!;
    // The profile goes when the browser process has exited: wait for that, not for a guess at
    // how long it takes (the removal listener was added first, so it has run by then).
    const gone = exited(child);
    await own.close();
    await gone;
    expect(existsSync(profile ?? '')).toBe(false);
  });

  it('turns off the background services, fails name resolution, and keeps home and caches in the profile', async () => {
    const own = await launchBrowser({ executablePath: await findBrowser(process.env) });
    const child = own.process()!;
    const args = child.spawnargs;
    for (const flag of ['--disable-background-networking', '--disable-domain-reliability', '--disable-sync', '--no-pings', '--disable-breakpad', '--metrics-recording-only']) {
      expect(args).toContain(flag);
    }
    expect(args).toContain('--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost');
    expect(args.find((arg) => arg.startsWith('--disable-features='))).toMatch(/Translate.*MediaRouter|MediaRouter.*Translate/);
    const profile = args.find((arg) => arg.startsWith('--user-data-dir='))!.slice('--user-data-dir='.length);
    // The environment the browser runs in: nothing from ours, its home inside the temporary folder.
    const environ = Object.fromEntries(
      readFileSync(`/proc/${child.pid}/environ`, 'utf8').split('\0').filter(Boolean).map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]),
    );
    const temporary = dirname(profile);
    for (const name of ['HOME', 'XDG_CONFIG_HOME', 'XDG_CACHE_HOME', 'TMPDIR']) expect(environ[name]?.startsWith(`${temporary}/`)).toBe(true);
    expect(Object.keys(environ).filter((name) => /proxy|token|secret/i.test(name))).toEqual([]);
    // The folder goes when the browser process has exited (see 'removes its temporary profile').
    const gone = exited(child);
    await own.close();
    await gone;
    expect(existsSync(temporary)).toBe(false);
  });
});

describe('content that reaches out', () => {
  it('a remote URL or a file outside the build makes no request and leaves no trace in the printed PDF', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'offline-outside-'));
    const secret = 'HEMLIGUPPGIFT4711';
    try {
      writeFileSync(join(outside, 'secret.txt'), secret);
      writeFileSync(join(outside, 'secret.css'), `body::after { content: "${secret}" }`);
      const secretUrl = pathToFileURL(join(outside, 'secret.txt')).href;
      writeFileSync(
        join(dir, 'reach.html'),
        `<!doctype html><html lang="sv"><head><title>t</title>
        <link rel="stylesheet" href="${pathToFileURL(join(outside, 'secret.css')).href}">
        <link rel="dns-prefetch" href="https://prefetch.example.com"><link rel="preconnect" href="https://preconnect.example.com">
        <style>@import url("https://fonts.example.com/a.css"); p { background: url("https://bg.example.com/x.png") }</style>
        </head><body><p>Synligt</p><img alt="" src="https://img.example.com/p.png"><iframe src="${secretUrl}"></iframe>
        <object data="${secretUrl}"></object><embed src="${secretUrl}"><video src="https://video.example.com/v.mp4"></video>
        <script src="https://script.example.com/s.js"></script></body></html>`,
      );
      const blocked: string[] = [];
      const finished: string[] = [];
      const page = await openOfflinePage(browser(), dir, { onBlocked: (url) => blocked.push(url) });
      page.on('requestfinished', (request) => finished.push(request.url()));
      await page.goto(pathToFileURL(join(dir, 'reach.html')).href, { waitUntil: 'load' });
      const pdf = Buffer.from(await page.pdf({ format: 'A4' }));
      const text = await page.evaluate(() => document.body.innerText);
      await page.close();
      // data: URLs are the browser's own icons (the video element's controls).
      expect(finished.filter((url) => !url.startsWith(pathToFileURL(dir).href) && !url.startsWith('data:'))).toEqual([]);
      // With JavaScript off the script is not even asked for.
      expect(blocked.some((url) => url.includes('script.example.com'))).toBe(false);
      for (const host of ['fonts.example.com', 'bg.example.com', 'img.example.com', 'video.example.com']) {
        expect(blocked.some((url) => url.includes(host))).toBe(true);
      }
      expect(blocked.some((url) => url.endsWith('/secret.css'))).toBe(true);
      expect(text).not.toContain(secret);
      expect(pdf.includes(secret)).toBe(false);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  // A script element (inline, data: or any other) never comes from content: the sanitiser takes it
  // out (test/build/sanitize.test.ts). What the page loads is the interception's to refuse.
  it('with JavaScript on for the build\'s own script, no other script file loads', async () => {
    writeFileSync(join(dir, 'own.js'), 'document.getElementById("own").textContent = "egen"');
    writeFileSync(join(dir, 'other.js'), 'document.getElementById("other").textContent = "annan"');
    writeFileSync(join(dir, 'scripts.html'), '<!doctype html><title>t</title><p id="own">-</p><p id="other">-</p><script src="own.js"></script><script src="other.js"></script>');
    const blocked: string[] = [];
    const page = await openOfflinePage(browser(), dir, { javaScript: true, scripts: ['own.js'], onBlocked: (url) => blocked.push(url) });
    await page.goto(pathToFileURL(join(dir, 'scripts.html')).href, { waitUntil: 'load' });
    expect(await page.$eval('#own', (p) => p.textContent)).toBe('egen');
    expect(await page.$eval('#other', (p) => p.textContent)).toBe('-');
    await page.close();
    expect(blocked).toEqual([pathToFileURL(join(dir, 'other.js')).href]);
  });
});

// A whole build, every network system call of every process traced. What may be seen: local
// sockets (the pipe to the browser, its own IPC), netlink (the browser watching its interfaces)
// and a UDP connect() without a datagram, by which Chromium's resolver asks the kernel for a
// route to 2001:4860:4860::8888 (the IPv6 reachability probe): no packet leaves for it. Not
// allowed: a TCP connection or a datagram to anything but loopback, and any DNS (port 53).
// The suite's one build of the site fixture (test/setup/build-once.ts) runs under strace.
const buildTrace = inject('buildTrace');
describe.skipIf(!buildTrace)('a traced build', () => {
  it('sends nothing off the machine: no DNS query, no connection, no datagram', () => {
    const lines = readFileSync(buildTrace, 'utf8').split('\n');
    // The trace did record the build's network calls (the browser's own pipes and sockets).
    expect(lines.some((line) => /socket|sendmsg|recvmsg/.test(line))).toBe(true);
    const loopback = /127\.\d+\.\d+\.\d+|\[::1\]|"::1"|"127\./;
    const offMachine = lines.filter((line) => {
      const inet = /sa_family=AF_INET6?|<(TCP|UDP)v?6?:\[\[?[0-9a-f:.]+\]?:\d+->/.test(line);
      if (!inet) return false;
      // DNS first: a query to a resolver on loopback (127.0.0.53 systemd-resolved, 127.0.0.11
      // Docker) is passed on off the machine.
      if (/htons\(53\)|->\[?[0-9a-f:.]+\]?:53\]/i.test(line)) return true;
      if (loopback.test(line)) return false;
      // Any connect() but the UDP reachability probe, whatever label strace gives the socket.
      const connect = /^\d+\s+connect\(/.test(line) && !line.includes('<UDP');
      const datagram = /^\d+\s+(sendto|sendmsg|sendmmsg)\(\d+<(UDP|TCP)/.test(line);
      return connect || datagram;
    });
    expect(offMachine).toEqual([]);
  });
});
