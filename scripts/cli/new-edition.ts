import { createEdition, createEditionFromTemplate } from '../edition/new-edition.ts';
import { EXIT_OK, UsageError } from '../errors.ts';
import { sv } from '../language/index.ts';
import { defineCommand } from './command.ts';

// Usage and argument errors come before any content is read: Swedish (sv) directly.
const words = sv.commands.newEdition;
const USAGE = words.usage;

export default defineCommand({
  usage: USAGE,
  options: { from: { type: 'string' } },
  async run({ values, positionals }, context) {
    if (positionals.length === 0) throw new UsageError(`${words.needId}\n\n${USAGE}`);
    if (positionals.length > 1) throw new UsageError(`${words.oneId(positionals)}\n\n${USAGE}`);
    const workspace = context.workspace({ requireContent: false });
    const { dir, notes } = values.from
      ? await createEdition(workspace, positionals[0]!, values.from)
      : await createEditionFromTemplate(workspace, positionals[0]!, new Date());
    context.stdout(words.created(dir, values.from, notes));
    return EXIT_OK;
  },
});
