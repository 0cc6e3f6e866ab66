// Prints a set of PDF artifacts with one browser, in parallel: print, then post-process, each
// its own step. The fonts sit beside the print documents while printing (they are the only
// files a print document may load) and are removed afterwards.
import { copyFile, mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { EnvironmentError } from '../errors.ts';
import { launchBrowser } from '../print/browser.ts';
import { fontFaceCss, fontFiles } from '../print/fonts.ts';
import { postProcessPdf } from '../print/post-process.ts';
import { printPdf } from '../print/print-pdf.ts';
import { PRINT_CSS_ASSET, type PrintFrame } from '../render/print-document.ts';
import type { Workspace } from '../workspace/workspace.ts';
import type { PdfArtifact } from './outputs.ts';

/** The paginator that puts footnotes at the foot of the page (see print-pdf.ts). */
// Read by path: pagedjs's package exports do not include its package.json, which packageFile resolves.
const PAGED_JS = { asset: 'node_modules/pagedjs/dist/paged.min.js', name: 'paged.min.js' } as const;

export async function printDocuments(
  workspace: Workspace,
  jobs: readonly PdfArtifact[],
  workDir: string,
  write: (path: string, pdf: Uint8Array) => Promise<void>,
): Promise<void> {
  if (jobs.length === 0) return;
  const printDir = join(workDir, '.print');
  try {
    const frame = await preparePrintFolder(workspace, printDir);
    const browser = await launchBrowser({ executablePath: await workspace.browserPath() });
    try {
      await Promise.all(
        jobs.map(async (job) => {
          const printed = await printPdf(browser, { html: await job.html(frame), baseDir: printDir, paginate: true });
          await write(job.path, await postProcessPdf(printed, job.meta, job.passes));
        }),
      );
    } finally {
      await browser.close();
    }
  } finally {
    await rm(printDir, { recursive: true, force: true });
  }
}

/** Copies the fonts and Paged.js into `dir` and gives the frame of print documents that load them from there. */
export async function preparePrintFolder(workspace: Workspace, dir: string): Promise<PrintFrame> {
  await mkdir(dir, { recursive: true });
  const fonts = fontFiles(workspace.assets);
  await Promise.all(
    fonts.map((font) =>
      copyFile(font.path, join(dir, font.name)).catch((error: NodeJS.ErrnoException) => {
        throw new EnvironmentError(`Typsnittet ${font.path} saknas eller går inte att läsa (${error.code ?? 'okänt fel'}). Installera om paketen med npm ci.`);
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
