import { createEdition, createEditionFromTemplate } from '../edition/new-edition.ts';
import { EXIT_OK, UsageError } from '../errors.ts';
import { defineCommand } from './command.ts';

const USAGE = `Användning: npm run new-edition -- <id> [--from <utgåva>]

Utan --from: skapar ett utkast i agreement/<id>/ från mallen, med de vanliga avsnitten och
ATT GÖRA där texten ska stå. Så förs en överenskommelse som skrevs under på papper in.

Med --from: skapar ett utkast till en ny utgåva i agreement/<id>/ från en befintlig utgåva: texten,
fokusområdena och hänvisningarna till medborgarlöften kopieras; status blir draft; perioden
sätts efter id:t (t.ex. 2026-2029 → 2026-01-01 – 2029-12-31); datumet för underskriften
tas bort; undertecknarna behålls men ska bekräftas. En befintlig utgåva skrivs aldrig över.

Exempel: npm run new-edition -- 2026-2029 --from 2021-2025
         npm run new-edition -- 2017-2020`;

export default defineCommand({
  usage: USAGE,
  options: { from: { type: 'string' } },
  async run({ values, positionals }, context) {
    if (positionals.length === 0) throw new UsageError(`Ange id för den nya utgåvan.\n\n${USAGE}`);
    if (positionals.length > 1) throw new UsageError(`Ange bara ett id, inte "${positionals.join(' ')}".\n\n${USAGE}`);
    const workspace = context.workspace({ requireContent: false });
    const { dir, notes } = values.from
      ? await createEdition(workspace, positionals[0]!, values.from)
      : await createEditionFromTemplate(workspace, positionals[0]!, new Date());
    context.stdout(`Skapade ${dir} (utkast) från ${values.from ?? 'mallen'}.\n\nAtt göra:\n${notes.map((note) => `  - ${note}\n`).join('')}\nKör sedan npm run check.\n`);
    return EXIT_OK;
  },
});
