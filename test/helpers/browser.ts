// One Chromium per test file: launching costs more than printing, and a browser per test
// would make the suites slow on two cores.
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'puppeteer';
import { launchBrowser } from '../../scripts/print/browser.ts';
import { findBrowser } from '../../scripts/print/find-browser.ts';

/** Registers beforeAll/afterAll in the calling file; call the returned function inside tests. */
export function useBrowser(options: { loopback?: boolean } = {}): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser({ executablePath: await findBrowser(process.env), ...options });
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('Webbläsaren är inte startad: useBrowser() måste anropas på filens översta nivå.');
    return browser;
  };
}
