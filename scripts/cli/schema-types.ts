// Derives the TypeScript types of the content model and the compiled validators from the JSON
// Schemas in schema/, so that they cannot disagree. `npm run schema-types` rewrites the file; a test fails when it is stale.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { EXIT_OK } from '../errors.ts';
import { sv } from '../language/index.ts';
import { GENERATED_TYPES_PATH, generateContentTypes } from '../model/generate-types.ts';
import { GENERATED_VALIDATORS_PATH, generateValidators } from '../validate/generate-validators.ts';
import { defineCommand, noPositionals } from './command.ts';
import { TOOL_ROOT } from './disk-workspace.ts';

export default defineCommand({
  // A tool for developers, without content: Swedish (sv) directly.
  usage: sv.commands.schemaTypes.usage,
  options: {},
  async run({ positionals }, context) {
    noPositionals(positionals, this.usage);
    for (const [path, code] of [
      [GENERATED_TYPES_PATH, await generateContentTypes(join(TOOL_ROOT, 'schema'))],
      [GENERATED_VALIDATORS_PATH, generateValidators()],
    ] as const) {
      await writeFile(join(TOOL_ROOT, path), code);
      context.stdout(`${sv.commands.wrote(path)}\n`);
    }
    return EXIT_OK;
  },
});
