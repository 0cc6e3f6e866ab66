// Prints a set of documents to PDF with one browser, in parallel. The fonts sit beside the
// print documents while printing (they are the only files a print document may load) and are
// removed afterwards.
import { copyFile, mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { comparisonPrintHtml } from '../compare/comparison-print.ts';
import { type ComparisonPage, comparisonPdfMeta } from '../compare/render-comparison.ts';
import { citedPromises } from '../model/citations.ts';
import type { Content, Edition } from '../model/model.ts';
import { comparisonPdfPath } from '../model/output-paths.ts';
import { launchBrowser } from '../print/browser.ts';
import { fontFaceCss, fontFiles } from '../print/fonts.ts';
import { printPdf, type PdfMeta } from '../print/print-pdf.ts';
import { sourceDate } from '../print/source-date.ts';

export interface PrintJob {
  /** Where the PDF goes, relative to the output. */
  path: string;
  /** The print document, given the @font-face CSS for the fonts beside it. */
  html(fontFaces: string): Promise<string> | string;
  meta: PdfMeta;
}

/** The PDF of a comparison page, dated by the sources of both editions. */
export function comparisonPrintJob(content: Content, page: ComparisonPage, from: Edition, to: Edition, env?: NodeJS.ProcessEnv): PrintJob {
  const promises = [from, to].flatMap((edition) => citedPromises(content, edition).map((promise) => promise.meta.file.path));
  return {
    path: comparisonPdfPath(from.id, to.id),
    html: (fontFaces) => comparisonPrintHtml(page.comparison, fontFaces),
    meta: comparisonPdfMeta(from, to, sourceDate([from.dir, to.dir, ...promises], content.root, env)),
  };
}

export async function printDocuments(
  jobs: PrintJob[],
  workDir: string,
  write: (path: string, pdf: Uint8Array) => Promise<void>,
): Promise<void> {
  if (jobs.length === 0) return;
  const printDir = join(workDir, '.print');
  await mkdir(printDir, { recursive: true });
  try {
    await Promise.all(fontFiles().map((font) => copyFile(font.path, join(printDir, font.name))));
    const fontFaces = fontFaceCss((font) => font.name);
    const browser = await launchBrowser();
    try {
      await Promise.all(
        jobs.map(async (job) => {
          const pdf = await printPdf(browser, { html: await job.html(fontFaces), baseDir: printDir, meta: job.meta });
          await write(job.path, pdf);
        }),
      );
    } finally {
      await browser.close();
    }
  } finally {
    await rm(printDir, { recursive: true, force: true });
  }
}
