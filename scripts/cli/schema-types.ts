// Derives the TypeScript types of the content model from the JSON Schemas in schema/, so that
// the two cannot disagree. `npm run schema-types` rewrites the file; a test fails when it is stale.
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { generateContentTypes, GENERATED_TYPES_PATH } from '../model/generate-types.ts';

const target = fileURLToPath(GENERATED_TYPES_PATH);
await writeFile(target, await generateContentTypes());
console.log(`Skrev ${target}`);
