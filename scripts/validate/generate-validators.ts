// Compiles the content schemas ahead of time into validator code (ajv's standalone output), so
// that a check does not compile them at every run. `npm run schema-types` writes the file; a
// test fails when it is stale.
import ajv2020Module from 'ajv/dist/2020.js';
import standaloneModule from 'ajv/dist/standalone/index.js';
import { CONTENT_SCHEMAS, SCHEMAS } from './schemas.ts';

/** Relative to the tool's folder. */
export const GENERATED_VALIDATORS_PATH = 'scripts/validate/validators.generated.ts';

const Ajv2020 = ajv2020Module.default;
const standaloneCode = standaloneModule.default;

export function generateValidators(): string {
  // The options must be those the reporting expects: every error, with its schema and data.
  const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: true, code: { source: true, esm: true } });
  for (const schema of SCHEMAS) ajv.addSchema(schema);
  const code = standaloneCode(ajv, { ...CONTENT_SCHEMAS });
  // ajv's ESM output still reaches its runtime helpers with require(), which ESM lacks; a
  // require of our own keeps CommonJS interop out of it (Node and Vite differ there).
  const header = ["import { createRequire } from 'node:module';", 'const require = createRequire(import.meta.url);'];
  return ['// @ts-nocheck', '// Generated from schema/*.json by `npm run schema-types`. Do not edit.', ...header, code.replace(/^"use strict";/, ''), ''].join('\n');
}
