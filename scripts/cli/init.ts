import { initRepository } from '../edition/init-repository.ts';
import { EXIT_OK, UsageError } from '../errors.ts';
import { sv } from '../language/index.ts';
import { defineCommand, noPositionals } from './command.ts';

// Usage and argument errors come before any content is read: Swedish (sv) directly.
const words = sv.commands.init;
const USAGE = words.usage;

export default defineCommand({
  usage: USAGE,
  options: { municipality: { type: 'string' }, 'police-area': { type: 'string' }, edition: { type: 'string' } },
  async run({ values, positionals }, context) {
    noPositionals(positionals, USAGE);
    if (!values.municipality) throw new UsageError(`${words.needMunicipality}\n\n${USAGE}`);
    if (!values['police-area']) throw new UsageError(`${words.needPoliceArea}\n\n${USAGE}`);
    const today = new Date();
    const year = today.getUTCFullYear();
    const result = await initRepository(context.workspace({ requireContent: false }), {
      municipality: values.municipality,
      policeArea: values['police-area'],
      edition: values.edition ?? `${year}-${year + 3}`,
      today,
    });
    context.stdout(words.done(result.municipality, result.removed, result.created));
    return EXIT_OK;
  },
});
