import { dirname, join, relative } from 'node:path';
import { STYLESHEET_ASSET } from '../build/build-site.ts';
import { comparisonPdfArtifact } from '../build/outputs.ts';
import { printDocuments } from '../build/print-documents.ts';
import { writeStaged } from '../build/stage-output.ts';
import { comparisonOf, renderComparisonPage } from '../compare/render-comparison.ts';
import { EXIT_CONTENT, EXIT_OK, UsageError } from '../errors.ts';
import { comparisonPagePath } from '../model/output-paths.ts';
import { hasErrors } from '../report/problem.ts';
import { formatProblems } from '../report/reporter.ts';
import { STYLESHEET } from '../render/page.ts';
import { checkContent } from '../validate/check-content.ts';
import { defineCommand, distDir } from './command.ts';

const USAGE = `Användning: npm run compare -- <från> <till> [--out <mapp>] [--html-only]

Jämför två utgåvor och skriver vad <till> ändrar jämfört med <från> till
dist/compare/<från>--<till>/index.html och en PDF bredvid: först en sammanfattning, sedan
ändrade uppgifter, fokusområden, hänvisningar till medborgarlöften och texten ord för ord.

--out <mapp>   skriv till en annan mapp än dist/
--html-only    bara webbsidan, ingen PDF (behöver ingen webbläsare)

Exempel: npm run compare -- 2021-2025 2026-2029`;

export default defineCommand({
  usage: USAGE,
  options: { out: { type: 'string' }, 'html-only': { type: 'boolean' } },
  async run({ values, positionals }, context) {
    if (positionals.length !== 2) throw new UsageError(`Ange två utgåvor: den att jämföra från och den att jämföra med.\n\n${USAGE}`);
    const [fromId, toId] = positionals as [string, string];
    if (fromId === toId) throw new UsageError(`Ange två olika utgåvor, inte ${fromId} två gånger.`);
    const workspace = context.workspace();
    const content = await checkContent(workspace);
    if (hasErrors(content.files)) {
      context.stdout(formatProblems(content.files, 'text'));
      context.stderr('\nInnehållet har fel (se ovan), så jämförelsen kunde bli ofullständig. Rätta felen först.\n');
      return EXIT_CONTENT;
    }
    const edition = (id: string) => {
      const found = content.editions.find((candidate) => candidate.id === id);
      if (!found) throw new UsageError(`Det finns ingen utgåva "${id}". Utgåvor: ${content.editions.map((e) => e.id).join(', ') || 'inga'}.`);
      return found;
    };
    const from = edition(fromId);
    const to = edition(toId);
    const outDir = distDir(workspace, values.out);
    const htmlOnly = values['html-only'] ?? false;
    const pagePath = comparisonPagePath(from.id, to.id);
    // The comparison's own folder is replaced only when its page and PDF are both made.
    const folder = join(outDir, dirname(pagePath));
    const inFolder = (path: string) => relative(dirname(pagePath), path);
    await writeStaged(folder, async (stage) => {
      await stage.write(inFolder(pagePath), renderComparisonPage(content, from, to, { pdf: !htmlOnly }));
      await stage.write(STYLESHEET, workspace.assets.read(STYLESHEET_ASSET));
      const job = comparisonPdfArtifact(content, workspace, from, to);
      await printDocuments(workspace, htmlOnly ? [] : [{ ...job, path: inFolder(job.path) }], stage.dir, stage.write);
    });
    context.stdout(`${comparisonOf(content, from, to).summary.sentence}\nSkrev ${folder}\n`);
    return EXIT_OK;
  },
});
