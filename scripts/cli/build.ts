import { buildSite } from '../build/build-site.ts';
import { EXIT_CONTENT, EXIT_OK, UsageError } from '../errors.ts';
import { sv, wordsFor } from '../language/index.ts';
import { signingKey } from './sign.ts';
import { defaultReportFormat, formatProblems } from '../report/reporter.ts';
import { defineCommand, distDir, noPositionals } from './command.ts';

// Usage and argument errors come before any content is read: Swedish (sv) directly.
const words = sv.commands.build;
const USAGE = words.usage;

export default defineCommand({
  usage: USAGE,
  options: { out: { type: 'string' }, site: { type: 'string' }, seal: { type: 'string' }, tsa: { type: 'string' } },
  async run({ values, positionals }, context) {
    noPositionals(positionals, USAGE);
    const workspace = context.workspace();
    // A timestamp belongs to a seal: without one it would be silently dropped.
    if (values.tsa !== undefined && values.seal === undefined) throw new UsageError(`${words.tsaWithoutSeal}\n\n${USAGE}`);
    const seal = values.seal === undefined ? undefined : await signingKey(values.seal, values.tsa, context.env);
    const result = await buildSite(workspace, { outDir: distDir(workspace, values.out), site: values.site, seal });
    context.stdout(formatProblems(result.content.files, defaultReportFormat(workspace.ci)));
    const done = wordsFor(result.content.site.language).commands.build;
    if (!result.built) {
      context.stderr(`${done.stopped}\n`);
      return EXIT_CONTENT;
    }
    context.stdout(`${done.built(result.outDir)}\n`);
    return EXIT_OK;
  },
});
