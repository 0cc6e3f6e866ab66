import { resolve } from 'node:path';
import { buildSite } from '../build/build-site.ts';
import { formatProblems } from '../report/reporter.ts';
import { EXIT_CONTENT, EXIT_OK, noPositionals, runCommand } from './args.ts';
import { contentRoot } from './root.ts';

const USAGE = `Användning: npm run build [-- --out <mapp>]

Kontrollerar innehållet och bygger webbsidor och PDF:er till dist/ (eller <mapp>).
dist/ byts ut först när allt har lyckats; ett misslyckat bygge lämnar det förra orört.
Avslutas med 0 (klart), 1 (fel i innehållet) eller 2 (fel i kommandot eller miljön).`;

await runCommand(USAGE, { out: { type: 'string' } }, async ({ values, positionals }) => {
  noPositionals(positionals, USAGE);
  const root = contentRoot();
  const result = await buildSite({ root, outDir: values.out ? resolve(values.out) : undefined });
  const format = process.env.GITHUB_ACTIONS === 'true' ? 'github' : 'text';
  process.stdout.write(formatProblems(result.content.files, format));
  if (!result.built) {
    process.stderr.write('Bygget stoppades av felen ovan. dist/ är orört.\n');
    return EXIT_CONTENT;
  }
  process.stdout.write(`Byggt till ${result.outDir}\n`);
  return EXIT_OK;
});
