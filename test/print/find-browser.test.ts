import { describe, expect, it } from 'vitest';
import { EnvironmentError } from '../../scripts/errors.ts';
import { findBrowser } from '../../scripts/print/find-browser.ts';

// Existence is injected so that these tests say the same on any machine.
const only = (...paths: string[]) => (path: string) => paths.includes(path);
const noCache = async () => undefined;

describe('findBrowser', () => {
  it('takes AGREEMENT_BROWSER before everything else', async () => {
    const env = { AGREEMENT_BROWSER: '/opt/a/chrome', PUPPETEER_EXECUTABLE_PATH: '/opt/p/chrome' };
    const exists = only('/opt/a/chrome', '/opt/p/chrome', '/usr/lib/chromium/chromium');
    expect(await findBrowser(env, { exists, puppeteerPath: noCache })).toBe('/opt/a/chrome');
  });

  it('then PUPPETEER_EXECUTABLE_PATH', async () => {
    const exists = only('/opt/p/chrome', '/usr/lib/chromium/chromium');
    expect(await findBrowser({ PUPPETEER_EXECUTABLE_PATH: '/opt/p/chrome' }, { exists, puppeteerPath: noCache })).toBe('/opt/p/chrome');
  });

  it('fails with the variable named when a set variable points nowhere', async () => {
    const exists = only('/usr/lib/chromium/chromium');
    await expect(findBrowser({ AGREEMENT_BROWSER: '/saknas/chrome' }, { exists, puppeteerPath: noCache })).rejects.toThrow(
      /AGREEMENT_BROWSER.*\/saknas\/chrome/,
    );
  });

  it("prefers Debian's real binary over the /usr/bin wrapper script", async () => {
    const exists = only('/usr/bin/chromium', '/usr/lib/chromium/chromium');
    expect(await findBrowser({}, { exists, puppeteerPath: noCache })).toBe('/usr/lib/chromium/chromium');
  });

  it('finds chromium-browser and google-chrome', async () => {
    expect(await findBrowser({}, { exists: only('/usr/bin/chromium-browser'), puppeteerPath: noCache })).toBe('/usr/bin/chromium-browser');
    expect(await findBrowser({}, { exists: only('/usr/bin/google-chrome'), puppeteerPath: noCache })).toBe('/usr/bin/google-chrome');
  });

  it("falls back to puppeteer's cache when that file exists", async () => {
    const cached = '/root/.cache/puppeteer/chrome/linux-1/chrome-linux64/chrome';
    expect(await findBrowser({}, { exists: only(cached), puppeteerPath: async () => cached })).toBe(cached);
    await expect(findBrowser({}, { exists: only(), puppeteerPath: async () => cached })).rejects.toThrow(EnvironmentError);
  });

  it('says in Swedish what to install or set when there is no browser', async () => {
    const error = await findBrowser({}, { exists: only(), puppeteerPath: noCache }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EnvironmentError);
    const message = (error as Error).message;
    expect(message).toContain('Hittar ingen Chromium');
    expect(message).toContain('apt-get install chromium');
    expect(message).toContain('AGREEMENT_BROWSER');
  });

  it('finds a browser on this machine (the build needs one)', async () => {
    expect(await findBrowser(process.env)).toMatch(/chrom/i);
  });
});
