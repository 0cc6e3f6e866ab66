import { hasErrors } from '../report/problem.ts';
import { formatProblems, type ReportFormat } from '../report/reporter.ts';
import { checkContent } from '../validate/check-content.ts';
import { EXIT_CONTENT, EXIT_OK, noPositionals, runCommand, UsageError } from './args.ts';
import { contentRoot } from './root.ts';

const USAGE = `Användning: npm run check [-- --format text|json|github]

Kontrollerar allt innehåll i agreement/ och promises/ och skriver ut alla problem med fil,
rad och kolumn. Avslutas med 0 (inga fel, varningar går bra), 1 (fel i innehållet) eller
2 (fel i kommandot eller miljön).`;

await runCommand(USAGE, { format: { type: 'string' } }, async ({ values, positionals }) => {
  noPositionals(positionals, USAGE);
  const format = (values.format ?? (process.env.GITHUB_ACTIONS === 'true' ? 'github' : 'text')) as ReportFormat;
  if (!['text', 'json', 'github'].includes(format)) throw new UsageError(`Okänt format "${format}".\n\n${USAGE}`);
  const content = await checkContent(contentRoot());
  process.stdout.write(formatProblems(content.files, format));
  // In GitHub Actions the log also gets the readable text, beside the annotations.
  if (format === 'github' && values.format === undefined) process.stdout.write(formatProblems(content.files, 'text'));
  return hasErrors(content.files) ? EXIT_CONTENT : EXIT_OK;
});
