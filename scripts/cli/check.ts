import { hasErrors } from '../report/problem.ts';
import { formatProblems, type ReportFormat } from '../report/reporter.ts';
import { checkContent } from '../validate/check-content.ts';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { EnvironmentError, EXIT_CONTENT, EXIT_OK, noPositionals, runCommand, UsageError } from './args.ts';
import { repositoryRoot } from './root.ts';

const USAGE = `Användning: npm run check [-- --format text|json|github]

Kontrollerar allt innehåll i agreement/ och promises/ och skriver ut alla problem med fil,
rad och kolumn. Avslutas med 0 (inga fel, varningar går bra), 1 (fel i innehållet) eller
2 (fel i kommandot eller miljön).`;

await runCommand(USAGE, { format: { type: 'string' } }, async ({ values, positionals }) => {
  noPositionals(positionals, USAGE);
  const format = (values.format ?? (process.env.GITHUB_ACTIONS === 'true' ? 'github' : 'text')) as ReportFormat;
  if (!['text', 'json', 'github'].includes(format)) throw new UsageError(`Okänt format "${format}".\n\n${USAGE}`);
  const root = repositoryRoot();
  if (!existsSync(join(root, 'agreement')) && !existsSync(join(root, 'promises'))) {
    throw new EnvironmentError(`Hittar inget innehåll i ${root}: där finns varken agreement/ eller promises/.`);
  }
  const content = await checkContent(root).catch((error: unknown) => {
    // A fault in the tool, not in the content: one line for the coordinator, the stack on request.
    if (process.env.DEBUG) console.error(error);
    throw new EnvironmentError(
      `Oväntat fel i kontrollen (inte i innehållet): ${(error as Error)?.message ?? String(error)}. Kör med DEBUG=1 för detaljer.`,
    );
  });
  process.stdout.write(formatProblems(content.files, format));
  // In GitHub Actions the log also gets the readable text, beside the annotations.
  if (format === 'github' && values.format === undefined) process.stdout.write(formatProblems(content.files, 'text'));
  return hasErrors(content.files) ? EXIT_CONTENT : EXIT_OK;
});
