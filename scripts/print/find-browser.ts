// Where the Chromium that prints the PDFs lives, decided in one place so that the build, the
// preview and the tests all print with the same browser.
import { existsSync } from 'node:fs';
import { EnvironmentError } from '../errors.ts';
import { sv } from '../language/index.ts';

/** Environment variables that name a browser, strongest first. */
export const BROWSER_VARIABLES = ['AGREEMENT_BROWSER', 'PUPPETEER_EXECUTABLE_PATH'] as const;

/**
 * System locations, best first. On Debian /usr/bin/chromium is a shell wrapper that prints
 * noise on stderr and reads /etc/chromium.d; the real binary beside it starts cleaner.
 */
export const SYSTEM_BROWSERS = [
  '/usr/lib/chromium/chromium',
  '/usr/bin/chromium',
  '/usr/lib/chromium-browser/chromium-browser',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/opt/google/chrome/chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
] as const;

export interface FindBrowserOptions {
  /** Injected by tests so that the answer does not depend on the machine. */
  exists?: (path: string) => boolean;
  /** Where puppeteer's own download would be; injected by tests. */
  puppeteerPath?: () => Promise<string | undefined>;
  systemPaths?: readonly string[];
}

async function puppeteerCachePath(): Promise<string | undefined> {
  try {
    // Loaded only when no system browser was found: puppeteer is slow to import, and a check
    // that never prints must not pay for it.
    const { default: puppeteer } = await import('puppeteer');
    return await puppeteer.executablePath();
  } catch {
    // Puppeteer throws when its download is not in the cache: then there is simply none.
    return undefined;
  }
}

/**
 * Async because puppeteer (since v22) reads its configuration, and so its cache path,
 * asynchronously; the environment and system paths are looked at first and cost nothing.
 */
export async function findBrowser(env: NodeJS.ProcessEnv, options: FindBrowserOptions = {}): Promise<string> {
  const exists = options.exists ?? existsSync;
  for (const name of BROWSER_VARIABLES) {
    const value = env[name]?.trim();
    if (!value) continue;
    // A variable someone set on purpose but got wrong must not be silently passed over for
    // another browser: the PDF would then come from a browser they did not choose.
    if (!exists(value)) {
      throw new EnvironmentError(sv.workspace.browserVariable(name, value));
    }
    return value;
  }
  for (const candidate of options.systemPaths ?? SYSTEM_BROWSERS) {
    if (exists(candidate)) return candidate;
  }
  const cached = await (options.puppeteerPath ?? puppeteerCachePath)();
  if (cached && exists(cached)) return cached;
  throw new EnvironmentError(sv.workspace.browserNotFound);
}
