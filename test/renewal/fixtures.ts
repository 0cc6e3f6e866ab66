// Temp copies of the renewal fixtures, and the commands run on them in-process the way a
// coordinator runs them, with the content root pointing at the copy.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';

export const REPOSITORY_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FIXTURES = fileURLToPath(new URL('../fixtures/renewal/', import.meta.url));

/** `signed`: one signed, locked edition 2023-2025. `compare`: editions utgava-a and utgava-b. */
export type FixtureName = 'signed' | 'compare';

export const fixturePath = (name: FixtureName) => join(FIXTURES, name);

const made: string[] = [];
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A copy of a fixture root, removed after the test file. */
export function copyFixture(name: FixtureName): string {
  const root = mkdtempSync(join(tmpdir(), `renewal-${name}-`));
  made.push(root);
  cpSync(fixturePath(name), root, { recursive: true });
  return root;
}

export { expectCleanRefusal, runCommand, type CommandResult } from '../helpers/commands.ts';
