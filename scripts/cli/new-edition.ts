import { createEdition } from '../edition/new-edition.ts';
import { EXIT_OK, runCommand, UsageError } from './args.ts';
import { repositoryRoot } from './root.ts';

const USAGE = `Användning: npm run new-edition -- <id> --from <utgåva>

Skapar ett utkast till en ny utgåva i agreement/<id>/ från en befintlig utgåva: texten,
fokusområdena och hänvisningarna till medborgarlöften kopieras; status blir draft; perioden
sätts efter id:t (t.ex. 2026-2029 → 2026-01-01 – 2029-12-31); datumet för underskriften
tas bort; undertecknarna behålls men ska bekräftas. En befintlig utgåva skrivs aldrig över.

Exempel: npm run new-edition -- 2026-2029 --from 2021-2025`;

await runCommand(USAGE, { from: { type: 'string' } }, async ({ values, positionals }) => {
  if (positionals.length === 0) throw new UsageError(`Ange id för den nya utgåvan.\n\n${USAGE}`);
  if (positionals.length > 1) throw new UsageError(`Ange bara ett id, inte "${positionals.join(' ')}".\n\n${USAGE}`);
  if (!values.from) throw new UsageError(`Ange vilken utgåva den nya ska utgå från med --from <utgåva>.\n\n${USAGE}`);
  const { dir, notes } = await createEdition(repositoryRoot(), positionals[0]!, values.from);
  console.log(`Skapade ${dir} (utkast) från ${values.from}.\n\nAtt göra:`);
  for (const note of notes) console.log(`  - ${note}`);
  console.log('\nKör sedan npm run check.');
  return EXIT_OK;
});
