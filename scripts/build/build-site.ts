// load → validate → render → print → write: the whole build. Content errors stop it before
// anything is written; any failure after that discards the staging folder, so dist/ is
// either the new complete build or the last good one.
import { readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { comparisonPage, comparisonPathOf, derivedEditionPairs } from '../compare/render-comparison.ts';
import { citedPromises } from '../model/citations.ts';
import type { Content, Edition } from '../model/model.ts';
import { editionPagePath, editionPdfPath, INDEX_PAGE, MANIFEST, promisePagePath } from '../model/output-paths.ts';
import { sourceDate } from '../print/source-date.ts';
import { hasErrors } from '../report/problem.ts';
import { renderEditionPage } from '../render/edition-page.ts';
import { renderEditionPrint } from '../render/edition-print.ts';
import { renderIndexPage } from '../render/index-page.ts';
import { partiesText } from '../render/labels.ts';
import { STYLESHEET } from '../render/page.ts';
import { renderPromisePage } from '../render/promise-page.ts';
import { checkContent } from '../validate/check-content.ts';
import { buildManifest, type ManifestComparison } from './manifest.ts';
import { comparisonPrintJob, printDocuments, type PrintJob } from './print-documents.ts';
import { writeStaged } from './stage-output.ts';

export const STYLESHEET_SOURCE = new URL('../render/assets/style.css', import.meta.url);

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

  await writeStaged(outDir, async (stage) => {
    const { pages, jobs, comparisons } = await plan(content, options);
    const css = await readFile(STYLESHEET_SOURCE);
    for (const [path, html] of pages) {
      await stage.write(path, html);
      await stage.write(join(dirname(path), STYLESHEET), css);
    }
    await printDocuments(jobs, stage.dir, stage.write);
    await stage.write(MANIFEST, await buildManifest(stage.dir, content, comparisons));
  });
  return { content, built: true, outDir };
}

/** Every page to write and every PDF to print, decided before the browser starts. */
async function plan(content: Content, options: BuildOptions) {
  const pages = new Map<string, string>();
  const jobs: PrintJob[] = [];
  const comparisons: ManifestComparison[] = [];
  pages.set(INDEX_PAGE, renderIndexPage(content, { pdf: editionPdfPath, comparison: (edition) => comparisonPathOf(content, edition) }));
  for (const edition of content.editions) {
    pages.set(editionPagePath(edition), await renderEditionPage(content, edition, basename(editionPdfPath(edition))));
    jobs.push({
      path: editionPdfPath(edition),
      html: (fontFaces) => renderEditionPrint(content, edition, fontFaces),
      meta: editionPdfMeta(content, edition, options),
    });
  }
  for (const promise of content.promises) {
    pages.set(promisePagePath(promise.meta.data.id), await renderPromisePage(content, promise));
  }
  for (const { from, to } of derivedEditionPairs(content)) {
    const page = comparisonPage(content, from, to);
    const job = comparisonPrintJob(content, page, from, to, options.env);
    pages.set(page.path, page.html);
    jobs.push(job);
    comparisons.push({ from: from.id, to: to.id, html: page.path, pdf: job.path });
  }
  return { pages, jobs, comparisons };
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
    date: sourceDate(
      [edition.dir, ...citedPromises(content, edition).map((promise) => promise.meta.file.path), content.glossary?.file.path ?? []].flat(),
      content.root,
      options.env,
    ),
  };
}
