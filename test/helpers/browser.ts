// The worker's browser for a test file (TEST_BROWSER): launching costs more than printing, and
// a browser per test or per file would make the suites slow on two cores. A file that lets its
// pages reach this machine gets a browser of its own.
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'puppeteer';
import { launchedLease } from '../../scripts/print/browser-lease.ts';
import { findBrowser } from '../../scripts/print/find-browser.ts';
import type { BrowserLease } from '../../scripts/workspace/workspace.ts';
import { TEST_BROWSER } from './workspace.ts';

/** Registers beforeAll/afterAll in the calling file; call the returned function inside tests. */
export function useBrowser(options: { loopback?: boolean } = {}): () => Browser {
  let lease: BrowserLease | undefined;
  beforeAll(async () => {
    lease = await (options.loopback ? launchedLease(findBrowser(process.env), options) : TEST_BROWSER.lend());
  });
  afterAll(async () => {
    await lease?.release();
  });
  return () => {
    if (!lease) throw new Error('Webbläsaren är inte startad: useBrowser() måste anropas på filens översta nivå.');
    return lease.browser;
  };
}
