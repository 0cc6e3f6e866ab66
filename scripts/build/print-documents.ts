// Prints a set of PDF artifacts with one browser, in parallel: print, then post-process, each
// its own step. The fonts sit beside the print documents while printing (they are the only
// files a print document may load) and are removed afterwards.
import { copyFile, mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { EnvironmentError } from '../errors.ts';
import { launchBrowser } from '../print/browser.ts';
import { fontFaceCss, fontFiles } from '../print/fonts.ts';
import { postProcessPdf } from '../print/post-process.ts';
import { printPdf } from '../print/print-pdf.ts';
import { PRINT_CSS_ASSET, type PrintFrame } from '../render/print-document.ts';
import type { Workspace } from '../workspace/workspace.ts';
import type { PdfArtifact } from './outputs.ts';

export async function printDocuments(
  workspace: Workspace,
  jobs: readonly PdfArtifact[],
  workDir: string,
  write: (path: string, pdf: Uint8Array) => Promise<void>,
): Promise<void> {
  if (jobs.length === 0) return;
  const printDir = join(workDir, '.print');
  await mkdir(printDir, { recursive: true });
  try {
    const fonts = fontFiles(workspace.assets);
    await Promise.all(
      fonts.map((font) =>
        copyFile(font.path, join(printDir, font.name)).catch((error: NodeJS.ErrnoException) => {
          throw new EnvironmentError(`Typsnittet ${font.path} saknas eller går inte att läsa (${error.code ?? 'okänt fel'}). Installera om paketen med npm ci.`);
        }),
      ),
    );
    const frame: PrintFrame = {
      fontFaces: fontFaceCss(fonts, (font) => font.name),
      css: new TextDecoder().decode(workspace.assets.read(PRINT_CSS_ASSET)),
    };
    const browser = await launchBrowser({ executablePath: await workspace.browserPath() });
    try {
      await Promise.all(
        jobs.map(async (job) => {
          const printed = await printPdf(browser, { html: await job.html(frame), baseDir: printDir });
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
