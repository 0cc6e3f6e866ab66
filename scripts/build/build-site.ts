// load → validate → render → print → write: the whole build. Content errors stop it before
// anything is written; any failure after that discards the staging folder, so dist/ is
// either the new complete build or the last good one.
import { copyFile, mkdir, readFile, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Browser } from 'puppeteer';
import type { Content, Edition } from '../model/model.ts';
import { editionPagePath, editionPdfPath, INDEX_PAGE, MANIFEST, promisePagePath } from '../model/output-paths.ts';
import { launchBrowser } from '../print/browser.ts';
import { fontFaceCss, fontFiles } from '../print/fonts.ts';
import { printPdf } from '../print/print-pdf.ts';
import { sourceDate } from '../print/source-date.ts';
import { hasErrors } from '../report/problem.ts';
import { renderEditionPage } from '../render/edition-page.ts';
import { renderEditionPrint } from '../render/edition-print.ts';
import { renderIndexPage } from '../render/index-page.ts';
import { partiesText } from '../render/labels.ts';
import { STYLESHEET } from '../render/page.ts';
import { renderPromisePage } from '../render/promise-page.ts';
import { checkContent } from '../validate/check-content.ts';
import { buildManifest } from './manifest.ts';
import { createStage, type Stage } from './stage-output.ts';

const STYLESHEET_SOURCE = new URL('../render/assets/style.css', import.meta.url);
/** Fonts for printing sit here in the stage while printing, and are removed before publishing. */
const PRINT_DIR = '.print';

export interface BuildOptions {
  /** The repository (or fixture) with agreement/ and promises/. */
  root: string;
  /** Default: dist/ in root. */
  outDir?: string;
  env?: NodeJS.ProcessEnv;
}

export interface BuildResult {
  content: Content;
  /** False when content errors stopped the build; the messages are on content.files. */
  built: boolean;
  outDir: string;
}

export async function buildSite(options: BuildOptions): Promise<BuildResult> {
  const outDir = options.outDir ?? join(options.root, 'dist');
  const content = await checkContent(options.root);
  if (hasErrors(content.files)) return { content, built: false, outDir };

  const stage = await createStage(outDir);
  try {
    const pages = await renderPages(content);
    const css = await readFile(STYLESHEET_SOURCE);
    for (const [path, html] of pages) {
      await stage.write(path, html);
      await stage.write(join(dirname(path), STYLESHEET), css);
    }
    await printEditions(content, stage, options);
    await stage.write(MANIFEST, await buildManifest(stage.dir, content, []));
    await stage.publish();
  } catch (error) {
    await stage.discard();
    throw error;
  }
  return { content, built: true, outDir };
}

async function renderPages(content: Content): Promise<Map<string, string>> {
  const pages = new Map<string, string>();
  pages.set(
    INDEX_PAGE,
    renderIndexPage(content, { pdf: editionPdfPath, comparison: () => undefined }),
  );
  for (const edition of content.editions) {
    pages.set(editionPagePath(edition), await renderEditionPage(content, edition, basename(editionPdfPath(edition))));
  }
  for (const promise of content.promises) {
    pages.set(promisePagePath(promise.meta.data.id), await renderPromisePage(content, promise));
  }
  return pages;
}

async function printEditions(content: Content, stage: Stage, options: BuildOptions): Promise<void> {
  if (content.editions.length === 0) return;
  const printDir = join(stage.dir, PRINT_DIR);
  await mkdir(printDir, { recursive: true });
  await Promise.all(fontFiles().map((font) => copyFile(font.path, join(printDir, font.name))));
  const fontFaces = fontFaceCss((font) => font.name);
  const browser: Browser = await launchBrowser();
  try {
    await Promise.all(
      content.editions.map(async (edition) => {
        const pdf = await printPdf(browser, {
          html: await renderEditionPrint(content, edition, fontFaces),
          baseDir: printDir,
          meta: editionPdfMeta(content, edition, options),
        });
        await stage.write(editionPdfPath(edition), pdf);
      }),
    );
  } finally {
    await browser.close();
  }
  await rm(printDir, { recursive: true, force: true });
}

function editionPdfMeta(content: Content, edition: Edition, options: BuildOptions) {
  const data = edition.meta.data;
  return {
    title: data.title,
    authors: data.parties.map((party) => party.name),
    subject: `Samverkansöverenskommelse mellan ${partiesText(data)}`,
    keywords: ['samverkansöverenskommelse', 'medborgarlöften', 'brottsförebyggande', 'trygghet', data.municipality],
    language: 'sv',
    // Everything the PDF is made from: the edition, the promises it cites, the glossary.
    date: sourceDate([edition.dir, 'promises', 'agreement/ordlista.yaml'], content.root, options.env),
  };
}
