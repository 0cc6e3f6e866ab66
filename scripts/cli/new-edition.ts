import { createEdition } from '../edition/new-edition.ts';
import { EXIT_OK, UsageError } from '../errors.ts';
import { defineCommand } from './command.ts';

const USAGE = `Användning: npm run new-edition -- <id> --from <utgåva>

Skapar ett utkast till en ny utgåva i agreement/<id>/ från en befintlig utgåva: texten,
fokusområdena och hänvisningarna till medborgarlöften kopieras; status blir draft; perioden
sätts efter id:t (t.ex. 2026-2029 → 2026-01-01 – 2029-12-31); datumet för underskriften
tas bort; undertecknarna behålls men ska bekräftas. En befintlig utgåva skrivs aldrig över.

Exempel: npm run new-edition -- 2026-2029 --from 2021-2025`;

export default defineCommand({
  usage: USAGE,
  options: { from: { type: 'string' } },
  async run({ values, positionals }, context) {
    if (positionals.length === 0) throw new UsageError(`Ange id för den nya utgåvan.\n\n${USAGE}`);
    if (positionals.length > 1) throw new UsageError(`Ange bara ett id, inte "${positionals.join(' ')}".\n\n${USAGE}`);
    if (!values.from) throw new UsageError(`Ange vilken utgåva den nya ska utgå från med --from <utgåva>.\n\n${USAGE}`);
    const { dir, notes } = await createEdition(context.workspace({ requireContent: false }), positionals[0]!, values.from);
    context.stdout(`Skapade ${dir} (utkast) från ${values.from}.\n\nAtt göra:\n${notes.map((note) => `  - ${note}\n`).join('')}\nKör sedan npm run check.\n`);
    return EXIT_OK;
  },
});
