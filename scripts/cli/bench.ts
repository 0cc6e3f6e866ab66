// npm run bench: how long checking and building take, and how much of a build is the
// browser's own printing. Timings go to stdout as a table and, with --json, as JSON.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildSite } from '../build/build-site.ts';
import { launchBrowser, openOfflinePage } from '../print/browser.ts';
import { EXIT_OK, UsageError } from '../errors.ts';
import { fontFaceCss, fontFiles } from '../print/fonts.ts';
import { renderEditionPrint } from '../render/edition-print.ts';
import { checkContent } from '../validate/check-content.ts';
import { defineCommand } from './command.ts';

const USAGE = `Användning: npm run bench [-- --runs <antal>] [-- --json]

Mäter kontrollen av allt innehåll, ett helt bygge, och Chromiums egen utskrift (page.pdf)
av samma dokument, som jämförelse. Visar medianen av <antal> körningar (standard 5).`;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function time(runs: number, task: () => Promise<unknown>): Promise<number> {
  const samples: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    await task();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

export default defineCommand({
  usage: USAGE,
  options: { runs: { type: 'string' }, json: { type: 'boolean' } },
  async run({ values, positionals }, context) {
  const runs = Number(values.runs ?? 5);
  if (positionals.length > 0 || !Number.isInteger(runs) || runs < 1) throw new UsageError(USAGE);
  const workspace = context.workspace();
  const console = { log: (text: string) => context.stdout(`${text}\n`) };
  const scratch = await mkdtemp(join(tmpdir(), 'agreement-bench-'));
  try {
    const content = await checkContent(workspace);
    const check = await time(runs, () => checkContent(workspace));
    const build = await time(runs, () => buildSite(workspace, { outDir: join(scratch, 'dist') }));
    // The browser alone: launch once, then page.pdf of each edition's print document.
    const frame = { fontFaces: fontFaceCss(fontFiles(workspace.assets), () => 'missing.woff2'), css: '' };
    const documents = await Promise.all(content.editions.map((edition) => renderEditionPrint(content, edition, frame)));
    const browser = await launchBrowser({ executablePath: await workspace.browserPath() });
    let print: number;
    try {
      print = await time(runs, async () => {
        for (const html of documents) {
          const page = await openOfflinePage(browser, scratch);
          await page.setContent(html);
          await page.pdf({ format: 'A4', tagged: true, outline: true, printBackground: true });
          await page.close();
        }
      });
    } finally {
      await browser.close();
    }
    const result = { runs, editions: content.editions.length, checkMs: check, buildMs: build, browserPrintMs: print };
    if (values.json) console.log(JSON.stringify(result, null, 2));
    else {
      console.log(`Körningar: ${runs} (median), utgåvor: ${result.editions}`);
      console.log(`  check (allt innehåll)                 ${check.toFixed(0).padStart(6)} ms`);
      console.log(`  build (check, webb, PDF, manifest)    ${build.toFixed(0).padStart(6)} ms`);
      console.log(`  Chromiums page.pdf av samma dokument  ${print.toFixed(0).padStart(6)} ms (utan start av webbläsaren)`);
    }
    return EXIT_OK;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
  },
});
