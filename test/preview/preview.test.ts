// The coordinator's preview, started in-process on a copy of a fixture and opened in Chromium:
// a save shows in the open page by itself, problems show in the page, nothing is printed
// until a PDF is asked for, and only this machine and only the site's own paths are answered.
import { readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCommandInProcess, type InProcessResult } from '../../scripts/cli/command.ts';
import preview from '../../scripts/cli/preview.ts';
import { copyFixture } from '../helpers/build-fixture.ts';
import { useBrowser } from '../helpers/browser.ts';
import { diskTestWorkspace } from '../helpers/workspace.ts';

const TEXT = 'agreement/2026-2029/text.md';
// The preview is served on 127.0.0.1, which the build's own browser may not reach.
const browser = useBrowser({ loopback: true });

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** A GET with the path sent exactly as written, so that "../" reaches the server unresolved. */
function get(port: number, path: string): Promise<{ status: number; type: string; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'GET' }, (response) => {
      let body = '';
      response.setEncoding('latin1').on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, type: String(response.headers['content-type'] ?? ''), body }));
    });
    req.on('error', reject);
    req.end();
  });
}

async function until(condition: () => Promise<boolean>, what: string, ms = 15_000): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await condition().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`väntade förgäves på: ${what}`);
}

let root: string;
let port: number;
/** How often the preview asked its Workspace for a browser: a launch each, outside the tests. */
let browserRequests = 0;
let valid: string;
const controller = new AbortController();
let running: Promise<InProcessResult>;

beforeAll(async () => {
  root = copyFixture('check/valid');
  valid = readFileSync(join(root, TEXT), 'utf8');
  port = await freePort();
  const workspace = diskTestWorkspace(root);
  const counted = { ...workspace, browser: () => ((browserRequests += 1), workspace.browser()) };
  running = runCommandInProcess(preview, ['--port', String(port)], { workspace: counted, signal: controller.signal });
  await until(async () => (await get(port, '/')).status === 200, 'förhandsvisningen svarar');
});

afterAll(async () => {
  controller.abort();
  await running;
});

const status = async () => JSON.parse((await get(port, '/__preview/status')).body) as { ok: boolean; printed: number; rendered: string[] };

describe('npm run preview', () => {
  it('shows a saved edit in the open page without a reload by hand, and prints nothing', async () => {
    const page = await browser().newPage();
    try {
      await page.goto(`http://127.0.0.1:${port}/2026-2029/`, { waitUntil: 'load' });
      expect(await page.$eval('main', (main) => main.textContent)).not.toContain('Förhandsvisningens nya mening');
      writeFileSync(join(root, TEXT), valid.replace('Degerfors ska vara en trygg kommun', 'Degerfors ska vara en trygg kommun. Förhandsvisningens nya mening'));
      await page.waitForFunction(() => document.querySelector('main')?.textContent?.includes('Förhandsvisningens nya mening'), { timeout: 15_000 });
      const after = await status();
      expect(after.ok).toBe(true);
      expect(after.printed).toBe(0);
      // Only what depends on the edition's text was made again: no promise page.
      expect(after.rendered).toContain('2026-2029/index.html');
      expect(after.rendered.some((path) => path.startsWith('promises/'))).toBe(false);
    } finally {
      await page.close();
    }
  });

  it('shows a broken edit as a problem in the page, with file and line, and the page again once it is fixed', async () => {
    const page = await browser().newPage();
    try {
      await page.goto(`http://127.0.0.1:${port}/2026-2029/`, { waitUntil: 'load' });
      const broken = `${valid.trimEnd()}\n\nSe bilagan[^saknas].\n`;
      const line = broken.split('\n').findIndex((text) => text.includes('[^saknas]')) + 1;
      writeFileSync(join(root, TEXT), broken);
      await page.waitForFunction((where: string) => document.body.textContent?.includes(where), { timeout: 15_000 }, `${TEXT}:${line}:`);
      const text = await page.$eval('body', (body) => body.textContent ?? '');
      expect(text).toContain('[footnote-references]');
      // The problem links to its place in the source text.
      const href = await page.$eval('section.problem a', (link) => link.getAttribute('href'));
      expect(href).toBe(`/__preview/kalla/agreement/2026-2029/text.md#rad-${line}`);
      const source = await get(port, href!.split('#')[0]!);
      expect(source.status).toBe(200);
      expect(source.body).toContain(`id="rad-${line}"`);
      writeFileSync(join(root, TEXT), valid);
      await page.waitForFunction(() => document.querySelector('h1')?.textContent?.includes('Samverkansöverenskommelse'), { timeout: 15_000 });
    } finally {
      await page.close();
    }
  });

  it('prints an edition’s PDF when it is asked for, and keeps it until its sources change', async () => {
    const before = (await status()).printed;
    const html = (await get(port, '/2026-2029/')).body;
    const pdf = /href="([^"]+\.pdf)"/.exec(html)?.[1];
    expect(pdf).toBeDefined();
    const first = await get(port, `/2026-2029/${pdf}`);
    expect(first.status).toBe(200);
    expect(first.type).toBe('application/pdf');
    expect(first.body.startsWith('%PDF-')).toBe(true);
    await get(port, `/2026-2029/${pdf}`);
    expect((await status()).printed).toBe(before + 1);
  });

  it('prints the next PDF, after an edit, with the browser it started for the first', async () => {
    writeFileSync(join(root, TEXT), valid.replace('Degerfors ska vara en trygg kommun', 'Degerfors ska vara en trygg kommun. En andra utskrift'));
    await until(async () => (await get(port, '/2026-2029/')).body.includes('En andra utskrift'), 'ändringen syns på sidan');
    const before = (await status()).printed;
    const pdf = /href="([^"]+\.pdf)"/.exec((await get(port, '/2026-2029/')).body)?.[1];
    expect((await get(port, `/2026-2029/${pdf}`)).status).toBe(200);
    expect((await status()).printed).toBe(before + 1);
    expect(browserRequests).toBe(1);
  });

  it('serves its reload script only in the pages it serves', async () => {
    const served = (await get(port, '/2026-2029/')).body;
    expect(served).toContain('<script src="/__preview/reload.js"></script>');
    expect(served).toMatch(/Content-Security-Policy" content="default-src [^"]*; script-src 'self'; connect-src 'self'"/);
  });

  it('answers 404 to paths outside the site, plain or encoded', async () => {
    for (const path of ['/../../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/..%2f..%2fetc%2fpasswd', '/2026-2029/%2e%2e/%2e%2e/package.json', '/__preview/kalla/../../package.json', '/__preview/kalla/package.json', '/%00', '/..\\..\\etc\\passwd']) {
      const response = await get(port, path);
      expect(response.status, path).toBe(404);
      expect(response.body).not.toContain('root:');
    }
  });

  it('listens on 127.0.0.1 only, by default', () => {
    // The kernel's own table of listening sockets: the local address of our port.
    const hex = port.toString(16).toUpperCase().padStart(4, '0');
    const listening = ['/proc/net/tcp', '/proc/net/tcp6']
      .flatMap((table) => readFileSync(table, 'utf8').split('\n').slice(1))
      .map((line) => line.trim().split(/\s+/))
      .filter((fields) => fields[1]?.endsWith(`:${hex}`) && fields[3] === '0A')
      .map((fields) => fields[1]!.split(':')[0]);
    expect(listening).toEqual(['0100007F']);
  });

  it('refuses a busy port with one line and exit 2', async () => {
    const second = await runCommandInProcess(preview, ['--port', String(port)], { workspace: diskTestWorkspace(root) });
    expect(second.code).toBe(2);
    expect(second.stderr.trim().split('\n')).toEqual([`Porten ${port} används redan. Välj en annan med -- --port <nummer>.`]);
  });
});

describe('stopping', () => {
  it('ends cleanly when stopped (Ctrl+C), with exit 0', async () => {
    const own = await freePort();
    const stop = new AbortController();
    const run = runCommandInProcess(preview, ['--port', String(own)], { workspace: diskTestWorkspace(root), signal: stop.signal });
    await until(async () => (await get(own, '/')).status === 200, 'förhandsvisningen svarar');
    stop.abort();
    const result = await run;
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Förhandsvisningen är avslutad.');
    await expect(get(own, '/')).rejects.toThrow();
  });
});
