import { buildSite } from '../build/build-site.ts';
import { EXIT_CONTENT, EXIT_OK, UsageError } from '../errors.ts';
import { signingKey } from './sign.ts';
import { defaultReportFormat, formatProblems } from '../report/reporter.ts';
import { defineCommand, distDir, noPositionals } from './command.ts';

const USAGE = `Användning: npm run build [-- --out <mapp>] [-- --site <mål>]

Kontrollerar innehållet och bygger webbsidor och PDF:er till dist/ (eller <mapp>).
--site <mål> bygger för ett publiceringsmål i agreement/webbplats.yaml: sidorna får målets
adresser och absoluta PDF-länkar, och webbplatsen får sin tillgänglighetsredogörelse.
--seal <p12> lägger organisationens sigill (PAdES) på varje utgåvas PDF som inte är ett
utkast, med nyckeln i PKCS#12-filen; lösenordet läses från SIGN_P12_PASSPHRASE. --tsa <url>
lägger till en tidsstämpel. Sidorna visar då de förseglade PDF:ernas kontrollsummor.
dist/ byts ut först när allt har lyckats; ett misslyckat bygge lämnar det förra orört.
Avslutas med 0 (klart), 1 (fel i innehållet) eller 2 (fel i kommandot eller miljön).`;

export default defineCommand({
  usage: USAGE,
  options: { out: { type: 'string' }, site: { type: 'string' }, seal: { type: 'string' }, tsa: { type: 'string' } },
  async run({ values, positionals }, context) {
    noPositionals(positionals, USAGE);
    const workspace = context.workspace();
    // A timestamp belongs to a seal: without one it would be silently dropped.
    if (values.tsa !== undefined && values.seal === undefined) throw new UsageError(`--tsa gäller sigillet: ange också --seal <p12>.\n\n${USAGE}`);
    const seal = values.seal === undefined ? undefined : await signingKey(values.seal, values.tsa, context.env);
    const result = await buildSite(workspace, { outDir: distDir(workspace, values.out), site: values.site, seal });
    context.stdout(formatProblems(result.content.files, defaultReportFormat(workspace.ci)));
    if (!result.built) {
      context.stderr('Bygget stoppades av felen ovan. dist/ är orört.\n');
      return EXIT_CONTENT;
    }
    context.stdout(`Byggt till ${result.outDir}\n`);
    return EXIT_OK;
  },
});
