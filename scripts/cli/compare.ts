import { readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { STYLESHEET_SOURCE } from '../build/build-site.ts';
import { comparisonPrintJob, printDocuments } from '../build/print-documents.ts';
import { writeStaged } from '../build/stage-output.ts';
import { comparisonPage } from '../compare/render-comparison.ts';
import { hasErrors } from '../report/problem.ts';
import { formatProblems } from '../report/reporter.ts';
import { STYLESHEET } from '../render/page.ts';
import { checkContent } from '../validate/check-content.ts';
import { EXIT_CONTENT, EXIT_OK, runCommand, UsageError } from './args.ts';
import { contentRoot } from './root.ts';

const USAGE = `Användning: npm run compare -- <från> <till> [--out <mapp>] [--html-only]

Jämför två utgåvor och skriver vad <till> ändrar jämfört med <från> till
dist/compare/<från>--<till>/index.html och en PDF bredvid: först en sammanfattning, sedan
ändrade uppgifter, fokusområden, hänvisningar till medborgarlöften och texten ord för ord.

--out <mapp>   skriv till en annan mapp än dist/
--html-only    bara webbsidan, ingen PDF (behöver ingen webbläsare)

Exempel: npm run compare -- 2021-2025 2026-2029`;

await runCommand(USAGE, { out: { type: 'string' }, 'html-only': { type: 'boolean' } }, async ({ values, positionals }) => {
  if (positionals.length !== 2) throw new UsageError(`Ange två utgåvor: den att jämföra från och den att jämföra med.\n\n${USAGE}`);
  const [fromId, toId] = positionals as [string, string];
  if (fromId === toId) throw new UsageError(`Ange två olika utgåvor, inte ${fromId} två gånger.`);
  const root = contentRoot();
  const content = await checkContent(root);
  if (hasErrors(content.files)) {
    process.stdout.write(formatProblems(content.files, 'text'));
    console.error('\nInnehållet har fel (se ovan), så jämförelsen kunde bli ofullständig. Rätta felen först.');
    return EXIT_CONTENT;
  }
  const edition = (id: string) => {
    const found = content.editions.find((candidate) => candidate.id === id);
    if (!found) throw new UsageError(`Det finns ingen utgåva "${id}". Utgåvor: ${content.editions.map((e) => e.id).join(', ') || 'inga'}.`);
    return found;
  };
  const from = edition(fromId);
  const to = edition(toId);
  const outDir = resolve(values.out ?? join(root, 'dist'));
  const htmlOnly = values['html-only'] ?? false;
  const page = comparisonPage(content, from, to, { pdf: !htmlOnly });
  // The comparison's own folder is replaced only when its page and PDF are both made.
  const folder = join(outDir, dirname(page.path));
  const inFolder = (path: string) => relative(dirname(page.path), path);
  await writeStaged(folder, async (stage) => {
    await stage.write(inFolder(page.path), page.html);
    await stage.write(STYLESHEET, await readFile(STYLESHEET_SOURCE));
    const job = comparisonPrintJob(content, page, from, to);
    await printDocuments(htmlOnly ? [] : [{ ...job, path: inFolder(job.path) }], stage.dir, stage.write);
  });
  console.log(page.comparison.summary.sentence);
  console.log(`Skrev ${folder}`);
  return EXIT_OK;
});
