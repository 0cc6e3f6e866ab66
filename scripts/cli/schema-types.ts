// Derives the TypeScript types of the content model and the compiled validators from the JSON
// Schemas in schema/, so that they cannot disagree. `npm run schema-types` rewrites the file; a test fails when it is stale.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { EXIT_OK } from '../errors.ts';
import { GENERATED_TYPES_PATH, generateContentTypes } from '../model/generate-types.ts';
import { GENERATED_VALIDATORS_PATH, generateValidators } from '../validate/generate-validators.ts';
import { defineCommand, noPositionals } from './command.ts';
import { TOOL_ROOT } from './disk-workspace.ts';

export default defineCommand({
  usage: 'Användning: npm run schema-types\n\nSkriver om typerna (scripts/model/content.generated.ts) och validerarna (scripts/validate/validators.generated.ts) från schema/*.json.',
  options: {},
  async run({ positionals }, context) {
    noPositionals(positionals, this.usage);
    for (const [path, code] of [
      [GENERATED_TYPES_PATH, await generateContentTypes(join(TOOL_ROOT, 'schema'))],
      [GENERATED_VALIDATORS_PATH, generateValidators()],
    ] as const) {
      await writeFile(join(TOOL_ROOT, path), code);
      context.stdout(`Skrev ${path}\n`);
    }
    return EXIT_OK;
  },
});
