// Prints a set of PDF artifacts with one browser: print, then post-process, each its own step.
// A few pages print at a time, each kept for document after document, and each PDF is
// post-processed (in Node) while the browser prints the next: all at once, 50 editions would
// hold 50 paginating pages in the browser's memory.
// The fonts sit beside the print documents while printing (they are the only files a print
// document may load) and are removed afterwards.
import { copyFile, mkdir, rm, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'puppeteer';
import { EnvironmentError } from '../errors.ts';
import { sv } from '../language/index.ts';
import { fontFaceCss, fontFiles } from '../print/fonts.ts';
import { nextTurn } from '../print/next-turn.ts';
import { postProcessPdf } from '../print/post-process.ts';
import { openPrintPage } from '../print/print-pdf.ts';
import { PRINT_CSS_ASSET, type PrintFrame } from '../render/print-document.ts';
import type { Workspace } from '../workspace/workspace.ts';
import type { PdfArtifact } from './outputs.ts';

/** The paginator that puts footnotes at the foot of the page (see print-pdf.ts). */
// Read by path: pagedjs's package exports do not include its package.json, which packageFile resolves.
const PAGED_JS = { asset: 'node_modules/pagedjs/dist/paged.min.js', name: 'paged.min.js' } as const;

/**
 * Pages printing at once: one per core but the one this process post-processes on. On two
 * cores one page prints as fast as two, with less CPU and memory (npm run bench measures it).
 */
const PRINT_CONCURRENCY = Math.max(1, availableParallelism() - 1);

/** A browser being lent, and its giving back, which may be asked for more than once. */
interface BrowserSession {
  browser: Promise<Browser>;
  close(): Promise<void>;
}

/** Asks for the browser now, so that a launch overlaps preparing the print folder. Give it back also when nothing gets printed. */
function startBrowser(workspace: Workspace): BrowserSession {
  const lease = workspace.browser();
  const browser = lease.then((lent) => lent.browser);
  // Whoever awaits it sees the failure; until then it is not an unhandled rejection.
  browser.catch(() => {});
  let closing: Promise<void> | undefined;
  // One that failed to start has nothing to give back.
  return { browser, close: () => (closing ??= lease.then((lent) => lent.release(), () => {})) };
}

/** Prints `jobs` with one browser, asked for only when there are jobs, and writes each PDF. */
export async function printDocuments(
  workspace: Workspace,
  jobs: readonly PdfArtifact[],
  workDir: string,
  write: (path: string, pdf: Uint8Array) => Promise<void>,
): Promise<void> {
  if (jobs.length === 0) return;
  const printDir = join(workDir, '.print');
  const session = startBrowser(workspace);
  try {
    const frame = await preparePrintFolder(workspace, printDir);
    // Each print document is rendered ahead, while the browser starts or prints the one
    // before: rendering is Node's work, printing the browser's, and there are two cores.
    const queue = jobs.map((job) => ({ job, html: ahead(() => job.html(frame)) }));
    const slots = Math.min(PRINT_CONCURRENCY, jobs.length);
    for (const entry of queue.slice(0, slots)) entry.html.start();
    const browser = await session.browser;
    const finishing: Promise<void>[] = [];
    const setup = { baseDir: printDir, ...(frame.script ? { paginate: { script: frame.script } } : {}) };
    const printer = async () => {
      const page = await openPrintPage(browser, setup);
      try {
        for (let entry = queue.shift(); entry; entry = queue.shift()) {
          const { job, html } = entry;
          const printing = page.print(await html.start());
          queue[0]?.html.start();
          const printed = await printing;
          const finished = postProcessPdf(printed, job.meta, job.passes).then((pdf) => write(job.path, pdf));
          // Awaited below with the rest; a failure meanwhile is not an unhandled rejection.
          finished.catch(() => {});
          finishing.push(finished);
        }
      } finally {
        await page.close();
      }
    };
    await Promise.all(Array.from({ length: slots }, printer));
    // The browser shuts down while the last PDFs are post-processed; a failure to close is
    // reported by the close in finally.
    session.close().catch(() => {});
    await Promise.all(finishing);
  } finally {
    await session.close();
    await rm(printDir, { recursive: true, force: true });
  }
}

/**
 * Work started once, when first asked for, after what is under way has had its turn (a print
 * has gone to the browser); a failure is seen by whoever awaits it.
 */
function ahead<T>(work: () => Promise<T> | T): { start(): Promise<T> } {
  let started: Promise<T> | undefined;
  return {
    start() {
      if (!started) {
        started = nextTurn().then(work);
        started.catch(() => {});
      }
      return started;
    },
  };
}

/** Copies the fonts and Paged.js into `dir` and gives the frame of print documents that load them from there. */
export async function preparePrintFolder(workspace: Workspace, dir: string): Promise<PrintFrame> {
  await mkdir(dir, { recursive: true });
  const fonts = fontFiles(workspace.assets);
  await Promise.all(
    fonts.map((font) =>
      copyFile(font.path, join(dir, font.name)).catch((error: NodeJS.ErrnoException) => {
        throw new EnvironmentError(sv.workspace.fontMissing(font.path, error.code));
      }),
    ),
  );
  await writeFile(join(dir, PAGED_JS.name), workspace.assets.read(PAGED_JS.asset));
  return {
    fontFaces: fontFaceCss(fonts, (font) => font.name),
    css: new TextDecoder().decode(workspace.assets.read(PRINT_CSS_ASSET)),
    script: PAGED_JS.name,
  };
}
