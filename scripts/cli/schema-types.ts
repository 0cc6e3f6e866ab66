// Derives the TypeScript types of the content model from the JSON Schemas in schema/, so that
// the two cannot disagree. `npm run schema-types` rewrites the file; a test fails when it is stale.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { EXIT_OK } from '../errors.ts';
import { GENERATED_TYPES_PATH, generateContentTypes } from '../model/generate-types.ts';
import { defineCommand, noPositionals } from './command.ts';
import { TOOL_ROOT } from './disk-workspace.ts';

export default defineCommand({
  usage: 'Användning: npm run schema-types\n\nSkriver om scripts/model/content.generated.ts från schema/*.json.',
  options: {},
  async run({ positionals }, context) {
    noPositionals(positionals, this.usage);
    const target = join(TOOL_ROOT, GENERATED_TYPES_PATH);
    await writeFile(target, await generateContentTypes(join(TOOL_ROOT, 'schema')));
    context.stdout(`Skrev ${target}\n`);
    return EXIT_OK;
  },
});
