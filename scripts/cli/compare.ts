import { copyFile, mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { comparisonPrintHtml } from '../compare/comparison-print.ts';
import { comparisonPage, comparisonPdfMeta, comparisonPdfPath } from '../compare/render-comparison.ts';
import { launchBrowser } from '../print/browser.ts';
import { fontFaceCss, fontFiles } from '../print/fonts.ts';
import { printPdf } from '../print/print-pdf.ts';
import { sourceDate } from '../print/source-date.ts';
import { hasErrors } from '../report/problem.ts';
import { formatProblems } from '../report/reporter.ts';
import { STYLESHEET } from '../render/page.ts';
import { checkContent } from '../validate/check-content.ts';
import { EXIT_CONTENT, EXIT_OK, parseCommandArgs, runCommand, UsageError } from './args.ts';
import { repositoryRoot } from './root.ts';

const USAGE = `Användning: npm run compare -- <från> <till> [--out <mapp>] [--html-only]

Jämför två utgåvor och skriver vad <till> ändrar jämfört med <från> till
dist/compare/<från>--<till>/index.html och en PDF bredvid: först en sammanfattning, sedan
ändrade uppgifter, fokusområden, hänvisningar till medborgarlöften och texten ord för ord.

--out <mapp>   skriv till en annan mapp än dist/
--html-only    bara webbsidan, ingen PDF (behöver ingen webbläsare)

Exempel: npm run compare -- 2021-2025 2026-2029`;

const STYLESHEET_SOURCE = new URL('../render/assets/style.css', import.meta.url);

await runCommand(async () => {
  const { values, positionals } = parseCommandArgs(
    process.argv.slice(2),
    { out: { type: 'string' }, 'html-only': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    USAGE,
  );
  if (values.help) {
    console.log(USAGE);
    return EXIT_OK;
  }
  if (positionals.length !== 2) throw new UsageError(`Ange två utgåvor: den att jämföra från och den att jämföra med.\n\n${USAGE}`);
  const [fromId, toId] = positionals as [string, string];
  if (fromId === toId) throw new UsageError(`Ange två olika utgåvor, inte ${fromId} två gånger.`);
  const root = repositoryRoot();
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
  const pageFile = join(outDir, page.path);
  await mkdir(dirname(pageFile), { recursive: true });
  await writeFile(pageFile, page.html);
  await copyFile(STYLESHEET_SOURCE, join(dirname(pageFile), STYLESHEET));
  console.log(page.comparison.summary.sentence);
  console.log(`Skrev ${pageFile}`);
  if (htmlOnly) return EXIT_OK;

  // The fonts sit beside the print document while it prints, and are removed afterwards.
  const printDir = join(dirname(pageFile), '.print');
  await mkdir(printDir, { recursive: true });
  await Promise.all(fontFiles().map((font) => copyFile(font.path, join(printDir, font.name))));
  const browser = await launchBrowser();
  try {
    const pdf = await printPdf(browser, {
      html: comparisonPrintHtml(page.comparison, fontFaceCss((font) => font.name)),
      baseDir: printDir,
      meta: comparisonPdfMeta(from, to, sourceDate([from.dir, to.dir, 'promises'], root)),
    });
    const pdfFile = join(outDir, comparisonPdfPath(from.id, to.id));
    await writeFile(pdfFile, pdf);
    console.log(`Skrev ${pdfFile}`);
  } finally {
    await browser.close();
    await rm(printDir, { recursive: true, force: true });
  }
  return EXIT_OK;
});
