// HTML to the browser's PDF: the first step of the PDF path (print → post-process → sign).
// Layout (margins, running header, "Sida X av Y") is the print document's own CSS @page
// rules; this module only drives the browser.
import { randomBytes } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'puppeteer';
import { EnvironmentError } from '../errors.ts';
import { sv } from '../language/index.ts';
import { openOfflinePage } from './browser.ts';
import { destinationKey, type LinkTexts, uriKey } from './pdf-link-contents.ts';

// Printing gets HTML, not the content, and what it says is about the machine: Swedish (sv) directly.
const words = sv.print;

/** Where the documents a page prints come from, and how they are laid out. */
export interface PrintSetup {
  /** Folder the HTML's relative URLs (fonts, CSS, images) resolve against; nothing outside it loads. */
  baseDir: string;
  /**
   * Lay the pages out with Paged.js before printing (footnotes at the foot of the page, page
   * numbers in the contents): the file name of the build's own copy in baseDir. Turns on
   * JavaScript for this page only, and that script is the only one that may load.
   */
  paginate?: { script: string };
}

export interface PrintInput extends PrintSetup {
  html: string;
}

/** What the browser printed, and what the post-processing needs to know of the page. */
export interface PrintedPdf {
  bytes: Uint8Array;
  /** The headings' laid-out text in order, to mend the bookmarks (pdf-outline.ts). */
  headings: string[];
  /** Each link's accessible name by its target, for the annotations' /Contents (pdf-link-contents.ts). */
  links: LinkTexts;
}

/**
 * Loads the fonts and, with Paged.js, lays the pages out; gives the faces that failed to load
 * and what went wrong in Paged.js.
 *
 * Every declared face whose characters (its unicode-range) the document has is loaded, not
 * only those the page's layout asks for: text that appears only in margin boxes (page
 * numbers, running header) is laid out late, too late to fetch its font, and with
 * font-display: block it then prints invisibly (with swap, in a fallback font);
 * document.fonts.ready alone misses this. A face for letters the document has nowhere,
 * neither in its text nor in its style sheets' generated content (latin-ext, say), is never
 * read. Paged.js rewrites the style sheets, which makes the faces anew, and loads them before
 * it lays out: its loading is this one.
 *
 * Paged.js rebuilds the body as one box per page, margin boxes as elements. Those are page
 * furniture: hidden from the accessibility tree, so Chromium leaves them untagged and the
 * artifact pass marks them.
 */
async function layOut(page: Page, paginate: boolean): Promise<{ fontErrors: string[]; error?: string }> {
  return page.evaluate(async (paginate, notLoaded) => {
    const fontErrors: string[] = [];
    const used = new Set<number>();
    for (const char of document.documentElement.outerHTML) used.add(char.codePointAt(0) ?? 0);
    const covers = (range: string) =>
      range.split(',').some((part) => {
        const [from = '0', to = from] = part.trim().replace(/^U\+/i, '').split('-');
        const low = parseInt(from.replace(/\?/g, '0'), 16);
        const high = parseInt(to.replace(/\?/g, 'F'), 16);
        for (const code of used) if (code >= low && code <= high) return true;
        return false;
      });
    const loadFonts = async () => {
      const faces = [...document.fonts].filter((face) => face.status !== 'loaded' && covers(face.unicodeRange));
      const results = await Promise.allSettled(faces.map((face) => face.load()));
      await document.fonts.ready;
      results.forEach((result, i) => {
        const face = faces[i];
        if (result.status === 'rejected' && face) fontErrors.push(`${face.family} ${face.weight} ${face.style}`);
      });
    };
    if (!paginate) {
      await loadFonts();
      return { fontErrors };
    }
    // dist/paged.min.js names its global PagedModule (paged.js: Paged).
    type Previewer = { chunker: { loadFonts(): Promise<unknown> }; preview(): Promise<unknown> };
    const paged = (window as unknown as { PagedModule?: { Previewer: new () => Previewer } }).PagedModule;
    if (!paged) return { fontErrors, error: notLoaded };
    try {
      const previewer = new paged.Previewer();
      previewer.chunker.loadFonts = loadFonts;
      await previewer.preview();
    } catch (caught) {
      return { fontErrors, error: String(caught) };
    }
    for (const box of document.querySelectorAll('.pagedjs_margin')) box.setAttribute('aria-hidden', 'true');
    // Paged.js adds its own call before each note (a link to a random id) and renames the
    // note: the document's own call, number and id are the ones that stay.
    for (const call of document.querySelectorAll('[data-footnote-call]')) call.remove();
    for (const note of document.querySelectorAll<HTMLElement>('[data-footnote-marker][data-note-id]')) note.id = note.dataset.noteId ?? note.id;
    return { fontErrors };
  }, paginate, words.pagedNotLoaded);
}

/** The printing machinery failed (a missing font, a blocked request): the machine's problem, exit 2. */
export class PrintError extends EnvironmentError {}

/** One page printing one document after another. */
export interface PrintPage {
  print(html: string): Promise<PrintedPdf>;
  close(): Promise<void>;
}

/**
 * Opens a page for printing documents from `setup.baseDir`. Opening one costs the browser as
 * much as printing a short document, so a build keeps its pages and prints document after
 * document in them; what one print leaves in the renderer (Chromium's node numbers) the
 * post-processing makes irrelevant (pdf-structure-ids.ts).
 */
export async function openPrintPage(browser: Browser, setup: PrintSetup): Promise<PrintPage> {
  // The current print's requests, emptied for each document: the page's listeners stay.
  const requests: PrintRequests = { blocked: [], failed: [] };
  const page = await openOfflinePage(browser, setup.baseDir, {
    onBlocked: (url) => requests.blocked.push(url),
    javaScript: setup.paginate !== undefined,
    scripts: setup.paginate ? [setup.paginate.script] : [],
  });
  page.on('requestfailed', (request) => {
    if (!requests.blocked.includes(request.url())) requests.failed.push(`${request.url()} (${request.failure()?.errorText ?? sv.load.unknownError})`);
  });
  const print = async (html: string): Promise<PrintedPdf> => {
    requests.blocked.length = 0;
    requests.failed.length = 0;
    // A real file in baseDir, not page.setContent(): an about:blank document may not load
    // file: URLs, and relative URLs need a base.
    const file = join(setup.baseDir, `.print-${randomBytes(6).toString('hex')}.html`);
    writeFileSync(file, html);
    try {
      return await printLoaded(page, pathToFileURL(file).href, setup, requests);
    } finally {
      rmSync(file, { force: true });
    }
  };
  return { print, close: () => page.close() };
}

/** Prints one document in a page of its own: for the tests' single prints; build and preview keep their pages (openPrintPage). */
export async function printPdf(browser: Browser, input: PrintInput): Promise<PrintedPdf> {
  const page = await openPrintPage(browser, input);
  try {
    return await page.print(input.html);
  } finally {
    await page.close();
  }
}

/** What a print's page asked for that was stopped (outside baseDir) or could not be read. */
interface PrintRequests {
  blocked: string[];
  failed: string[];
}

async function printLoaded(page: Page, url: string, setup: PrintSetup, requests: PrintRequests): Promise<PrintedPdf> {
  await page.goto(url, { waitUntil: 'load' });
  const { fontErrors, error } = await layOut(page, setup.paginate !== undefined);
  const { blocked, failed } = requests;
  // A missing font or stylesheet would otherwise give a PDF in fallback fonts without a word.
  if (blocked.length > 0) {
    throw new PrintError(words.blocked(setup.baseDir, blocked));
  }
  if (fontErrors.length > 0) {
    throw new PrintError(words.fontsFailed(fontErrors, failed));
  }
  if (failed.length > 0) {
    throw new PrintError(words.unreadable(failed));
  }
  if (error) throw new PrintError(words.layoutFailed(error));
  const printed = await page.pdf({
    format: 'A4',
    printBackground: true,
    tagged: true,
    outline: true,
    // The document's @page rules decide size and margins; A4 is only the default.
    preferCSSPageSize: true,
  });
  // One evaluation for both: $$eval would fetch a handle per element, hundreds of round trips.
  // innerText, not textContent: it is what is laid out, without display:none parts such as
  // a hidden permalink sign, and so what Chromium put in the bookmark less its lost spaces.
  const { headings, anchors } = await page.evaluate(() => ({
    headings: [...document.querySelectorAll<HTMLElement>('h1, h2, h3, h4, h5, h6')].map((element) => element.innerText),
    anchors: [...document.querySelectorAll<HTMLAnchorElement>('a[href]')].map((anchor) => {
      const href = anchor.getAttribute('href') ?? '';
      const name = (anchor.getAttribute('aria-label') ?? anchor.innerText).replace(/\s+/g, ' ').trim();
      return { fragment: href.startsWith('#') ? href.slice(1) : undefined, url: anchor.href, name };
    }),
  }));
  const links: Record<string, string> = {};
  for (const anchor of anchors) {
    const key = anchor.fragment === undefined ? uriKey(anchor.url) : destinationKey(decodeURIComponent(anchor.fragment));
    if (anchor.name && !links[key]) links[key] = anchor.name;
  }
  return { bytes: printed, headings, links };
}
