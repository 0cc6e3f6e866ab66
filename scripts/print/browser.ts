// One headless Chromium for a whole build (launching costs more than printing a page), and
// pages that cannot reach anything outside the folder being printed.
import { mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, isAbsolute } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer';

export const BROWSER_ARGS = [
  // The build runs as root in containers and CI, where Chromium's sandbox cannot start.
  '--no-sandbox',
  '--disable-gpu',
  // Nothing may talk to Google's servers during a build: no updates, no sync, no pings.
  '--disable-component-update',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-sync',
] as const;

export interface LaunchOptions {
  /** From the Workspace (workspace.browserPath()). */
  executablePath: string;
}

export async function launchBrowser(options: LaunchOptions): Promise<Browser> {
  const executablePath = options.executablePath;
  // A fresh profile each time: a shared one would carry cache and state from one build to
  // the next, and two builds at once would fight over its lock.
  const userDataDir = mkdtempSync(join(tmpdir(), 'agreement-chromium-'));
  const removeProfile = () => {
    try {
      rmSync(userDataDir, { recursive: true, force: true, maxRetries: 3 });
    } catch {
      // A leftover folder in the temp directory is not worth failing a build over.
    }
  };
  try {
    const browser = await puppeteer.launch({
      executablePath,
      headless: true,
      userDataDir,
      args: [...BROWSER_ARGS],
      // A pipe instead of a debugging port: nothing else on the machine can attach.
      pipe: true,
    });
    // On process exit, not on 'disconnected': Chromium still writes to its profile after the
    // connection closes. Exit also comes after a crash, so no profile is left behind.
    const child = browser.process();
    if (child) child.once('exit', removeProfile);
    else browser.once('disconnected', removeProfile);
    return browser;
  } catch (error) {
    removeProfile();
    throw error;
  }
}

/** True when `url` is a file: URL of a file inside `dir`. */
export function isFileInside(url: string, dir: string): boolean {
  if (!url.startsWith('file:')) return false;
  let path: string;
  try {
    path = fileURLToPath(url);
  } catch {
    return false;
  }
  // Through symlinks too: a link inside dist/ must not open a way to the rest of the disk.
  const rel = relative(realOrResolved(dir), realOrResolved(path));
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

function realOrResolved(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    // A missing file cannot leak anything; the browser will report it as not found.
    return resolve(path);
  }
}

export function isAllowedRequest(url: string, allowedDir: string): boolean {
  return url.startsWith('data:') || url.startsWith('about:') || isFileInside(url, allowedDir);
}

export interface OfflinePageOptions {
  /** Told about every request that was stopped, so the caller can fail the build on it. */
  onBlocked?: (url: string) => void;
  /**
   * Off by default: the print documents are plain HTML and CSS, and a page without script
   * cannot run anything that slipped in from content. Turn on for tools such as axe-core.
   */
  javaScript?: boolean;
}

/**
 * A page that loads only data:, about: and files under `allowedDir`; everything else, the
 * network above all, is aborted before it leaves the browser.
 */
export async function openOfflinePage(browser: Browser, allowedDir: string, options: OfflinePageOptions = {}): Promise<Page> {
  const page = await browser.newPage();
  await page.setJavaScriptEnabled(options.javaScript ?? false);
  await page.setRequestInterception(true);
  page.on('request', (request: HTTPRequest) => {
    const url = request.url();
    if (isAllowedRequest(url, allowedDir)) {
      void request.continue();
    } else {
      options.onBlocked?.(url);
      void request.abort('blockedbyclient');
    }
  });
  return page;
}
