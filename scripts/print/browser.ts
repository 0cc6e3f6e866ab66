// One headless Chromium for a whole build (launching costs more than printing a page), and
// pages that cannot reach anything outside the folder being printed.
import { mkdirSync, mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, isAbsolute } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer';

/** Without it, even this machine's own addresses go to the closed proxy. */
const NO_LOOPBACK = '--proxy-bypass-list=<-loopback>';
const NO_NAMES = '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost';
/** For a browser that may open pages on this machine: 127.0.0.1 resolves, nothing else does. */
const LOOPBACK_ONLY = '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1';

/**
 * The build makes no network traffic at all, the browser's own background services included:
 * each is turned off, and as a belt name resolution fails inside the browser and every
 * connection would go to a closed port, so nothing leaves even on a machine with a network.
 * Page requests are intercepted besides (openOfflinePage).
 */
export const BROWSER_ARGS = [
  // The build runs as root in containers and CI, where Chromium's sandbox cannot start.
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--no-default-browser-check',
  // Updates, sync, pings, metrics and crash reports: Google's servers, behind the build's back.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-domain-reliability',
  '--disable-sync',
  '--no-pings',
  '--disable-client-side-phishing-detection',
  '--disable-default-apps',
  '--disable-extensions',
  '--metrics-recording-only',
  '--disable-breakpad',
  '--disable-crash-reporter',
  '--no-service-autorun',
  '--password-store=basic',
  '--use-mock-keychain',
  // Merged by puppeteer with its own list: translation, hints, the network time and media router services.
  '--disable-features=Translate,OptimizationHints,OptimizationGuideModelDownloading,MediaRouter,DialMediaRouteProvider,NetworkTimeServiceQuerying,CertificateTransparencyComponentUpdater,AutofillServerCommunication,InterestFeedContentSuggestions,SafeBrowsing,PrivacySandboxSettings4,DnsOverHttps,AsyncDns',
  // The belt: no name resolves (the pipe to the browser needs none), and any connection goes to a closed port.
  NO_NAMES,
  '--proxy-server=127.0.0.1:9',
  NO_LOOPBACK,
] as const;

export interface LaunchOptions {
  /** From the Workspace (workspace.browserPath()). */
  executablePath: string;
  /**
   * Let pages reach servers on this machine (127.0.0.1): for opening the preview, never for
   * printing, which reads files only. Everything else stays closed.
   */
  loopback?: boolean;
}

/**
 * The browser's whole environment, inherited from nothing (no proxy settings, no tokens of the
 * CI job): its home and XDG folders are inside the temporary profile, so that nothing it writes
 * (crash-report settings, font caches, keyrings) lands in the user's home.
 */
export function browserEnvironment(profile: string): Record<string, string> {
  const home = join(profile, 'home');
  return {
    PATH: '/usr/local/bin:/usr/bin:/bin',
    LANG: 'C.UTF-8',
    TZ: 'UTC',
    HOME: home,
    XDG_CONFIG_HOME: join(home, '.config'),
    XDG_CACHE_HOME: join(home, '.cache'),
    XDG_DATA_HOME: join(home, '.local', 'share'),
    XDG_STATE_HOME: join(home, '.local', 'state'),
    XDG_RUNTIME_DIR: join(profile, 'run'),
    TMPDIR: join(profile, 'tmp'),
  };
}

export async function launchBrowser(options: LaunchOptions): Promise<Browser> {
  const executablePath = options.executablePath;
  // A fresh profile each time: a shared one would carry cache and state from one build to
  // the next, and two builds at once would fight over its lock. Everything else the browser
  // writes goes inside it too (browserEnvironment), and all of it is removed afterwards.
  const root = mkdtempSync(join(tmpdir(), 'agreement-chromium-'));
  const userDataDir = join(root, 'profile');
  const removeProfile = () => {
    try {
      rmSync(root, { recursive: true, force: true, maxRetries: 3 });
    } catch {
      // A leftover folder in the temp directory is not worth failing a build over.
    }
  };
  try {
    const env = browserEnvironment(root);
    for (const dir of [env.HOME!, env.XDG_RUNTIME_DIR!, env.TMPDIR!]) mkdirSync(dir, { recursive: true, mode: 0o700 });
    const browser = await puppeteer.launch({
      executablePath,
      headless: true,
      userDataDir,
      args: options.loopback ? [...BROWSER_ARGS.filter((arg) => arg !== NO_LOOPBACK && arg !== NO_NAMES), LOOPBACK_ONLY] : [...BROWSER_ARGS],
      env,
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
  /**
   * With JavaScript on, the only scripts the page may load, as paths inside `allowedDir` (e.g.
   * the build's own Paged.js). Any other script is refused and reported like a request outside.
   * Without it, any script inside `allowedDir` loads.
   */
  scripts?: readonly string[];
}

const adopted = new WeakSet<Browser>();

/**
 * The blank tab the browser started with, the first time, then new ones: opening a tab costs
 * about as much as printing a short document, and the first one is there already.
 */
async function freshPage(browser: Browser): Promise<Page> {
  if (!adopted.has(browser)) {
    adopted.add(browser);
    const [initial, ...others] = await browser.pages();
    if (initial && others.length === 0 && initial.url() === 'about:blank') return initial;
  }
  return browser.newPage();
}

/**
 * A page that loads only data:, about: and files under `allowedDir`; everything else, the
 * network above all, is aborted before it leaves the browser.
 */
export async function openOfflinePage(browser: Browser, allowedDir: string, options: OfflinePageOptions = {}): Promise<Page> {
  const page = await freshPage(browser);
  await page.setJavaScriptEnabled(options.javaScript ?? false);
  await page.setRequestInterception(true);
  const scripts = options.scripts?.map((script) => resolve(allowedDir, script));
  const allowedScript = (url: string) => scripts === undefined || (url.startsWith('file:') && scripts.includes(resolve(fileURLToPath(url))));
  page.on('request', (request: HTTPRequest) => {
    const url = request.url();
    if (isAllowedRequest(url, allowedDir) && (request.resourceType() !== 'script' || allowedScript(url))) {
      void request.continue();
    } else {
      options.onBlocked?.(url);
      void request.abort('blockedbyclient');
    }
  });
  return page;
}
