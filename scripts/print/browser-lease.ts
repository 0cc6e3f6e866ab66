// How the Workspace lends a browser to the PDF path. A command launches one for its build and
// closes it on release. A long-lived caller (the preview, a test run) keeps one and lends it
// again and again: a print then costs no launch, which is a second of a one-page print.
import type { BrowserLease } from '../workspace/workspace.ts';

/** Launches a browser of its own for the caller; release closes it. */
export async function launchedLease(executablePath: Promise<string>, options: { loopback?: boolean } = {}): Promise<BrowserLease> {
  const path = await executablePath;
  // Loaded here, not at the top: check, which never prints, should not pay for puppeteer.
  const { launchBrowser } = await import('./browser.ts');
  const browser = await launchBrowser({ executablePath: path, ...options });
  return { browser, release: () => browser.close() };
}

export interface KeptBrowser {
  /** The kept browser, launched on first use and again after a crash; release gives it back, open. */
  lend(): Promise<BrowserLease>;
  /** Closes the kept browser, if one was launched. */
  close(): Promise<void>;
}

export function keepBrowser(launch: () => Promise<BrowserLease>): KeptBrowser {
  let kept: Promise<BrowserLease> | undefined;
  const lend = async (): Promise<BrowserLease> => {
    const current = (kept ??= launch());
    let lease: BrowserLease;
    try {
      lease = await current;
    } catch (error) {
      // A failed launch is not kept: the next print tries again (after, say, installing Chromium).
      if (kept === current) kept = undefined;
      throw error;
    }
    if (!lease.browser.connected) {
      if (kept === current) kept = undefined;
      return lend();
    }
    return { browser: lease.browser, release: async () => {} };
  };
  return {
    lend,
    async close() {
      const current = kept;
      kept = undefined;
      await current?.then((lease) => lease.release(), () => {});
    },
  };
}
