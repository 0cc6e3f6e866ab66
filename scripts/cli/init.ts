import { initRepository } from '../edition/init-repository.ts';
import { EXIT_OK, UsageError } from '../errors.ts';
import { defineCommand, noPositionals } from './command.ts';

const USAGE = `Användning: npm run init -- --municipality <kommun> --police-area <lokalpolisområde> [--edition <id>]

Gör en ny klon av repositoriet till ett tomt repositorium för en annan kommun: utgåvorna,
medborgarlöftena och låsen som följde med tas bort, agreement/webbplats.yaml skrivs för den
nya kommunen, och ett utkast med de vanliga avsnitten (agreement/<id>/) och en mall för ett
medborgarlöfte (promises/) skapas. Ordlistan behålls. Körs en gång.

--edition   utkastets id. Standard: fyra år från i år, t.ex. 2026-2029.

Exempel: npm run init -- --municipality Lekeberg --police-area Örebro`;

export default defineCommand({
  usage: USAGE,
  options: { municipality: { type: 'string' }, 'police-area': { type: 'string' }, edition: { type: 'string' } },
  async run({ values, positionals }, context) {
    noPositionals(positionals, USAGE);
    if (!values.municipality) throw new UsageError(`Ange kommunen med --municipality <kommun>.\n\n${USAGE}`);
    if (!values['police-area']) throw new UsageError(`Ange lokalpolisområdet med --police-area <lokalpolisområde>.\n\n${USAGE}`);
    const today = new Date();
    const year = today.getUTCFullYear();
    const result = await initRepository(context.workspace({ requireContent: false }), {
      municipality: values.municipality,
      policeArea: values['police-area'],
      edition: values.edition ?? `${year}-${year + 3}`,
      today,
    });
    context.stdout(
      `Repositoriet är nu för ${result.municipality}.\n\nBorttaget:\n${lines(result.removed)}\nSkapat:\n${lines(result.created)}\n` +
        'Ersätt varje ATT GÖRA i utkastet och mallen. Kör sedan npm run check.\n',
    );
    return EXIT_OK;
  },
});

const lines = (paths: string[]) => (paths.length ? paths.map((path) => `  ${path}\n`).join('') : '  (inget)\n');
