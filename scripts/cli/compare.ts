import { dirname, join, relative } from 'node:path';
import { STYLESHEET_ASSET } from '../build/build-site.ts';
import { comparisonPdfArtifact } from '../build/outputs.ts';
import { printDocuments } from '../build/print-documents.ts';
import { writeStaged } from '../build/stage-output.ts';
import { comparisonOf, renderComparisonPage } from '../compare/render-comparison.ts';
import { EXIT_CONTENT, EXIT_OK, UsageError } from '../errors.ts';
import { sv, wordsFor } from '../language/index.ts';
import { comparisonPagePath } from '../model/output-paths.ts';
import { hasErrors } from '../report/problem.ts';
import { formatProblems } from '../report/reporter.ts';
import { STYLESHEET } from '../render/page.ts';
import { checkContent } from '../validate/check-content.ts';
import { defineCommand, distDir } from './command.ts';

// Usage and argument errors come before any content is read: Swedish (sv) directly.
const words = sv.commands.compare;
const USAGE = words.usage;

export default defineCommand({
  usage: USAGE,
  options: { out: { type: 'string' }, 'html-only': { type: 'boolean' } },
  async run({ values, positionals }, context) {
    if (positionals.length !== 2) throw new UsageError(`${words.twoEditions}\n\n${USAGE}`);
    const [fromId, toId] = positionals as [string, string];
    if (fromId === toId) throw new UsageError(words.sameEdition(fromId));
    const workspace = context.workspace();
    const content = await checkContent(workspace);
    const said = wordsFor(content.site.language).commands;
    if (hasErrors(content.files)) {
      context.stdout(formatProblems(content.files, 'text'));
      context.stderr(`\n${said.compare.contentHasErrors}\n`);
      return EXIT_CONTENT;
    }
    const edition = (id: string) => {
      const found = content.editions.find((candidate) => candidate.id === id);
      if (!found) throw new UsageError(said.compare.noEdition(id, content.editions.map((e) => e.id)));
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
    context.stdout(`${comparisonOf(content, from, to).summary.sentence}\n${said.wrote(folder)}\n`);
    return EXIT_OK;
  },
});
