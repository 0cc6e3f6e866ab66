// Temp copies of the renewal fixtures, and the commands run on them the way a coordinator
// runs them: through tsx, with AGREEMENT_ROOT pointing at the copy.
import { spawnSync } from 'node:child_process';
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

export interface CommandResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `npm run <command>` as package.json defines it, on `root`. */
export function runCommand(command: 'check' | 'new-edition' | 'lock' | 'compare', args: string[], root: string): CommandResult {
  const result = spawnSync(join(REPOSITORY_ROOT, 'node_modules/.bin/tsx'), [join(REPOSITORY_ROOT, `scripts/cli/${command}.ts`), ...args], {
    cwd: REPOSITORY_ROOT,
    encoding: 'utf8',
    env: { ...process.env, AGREEMENT_ROOT: root, GITHUB_ACTIONS: '' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A message for people, not a crash: no stack trace, no "Oväntat fel". */
export function expectCleanRefusal(result: CommandResult): string {
  if (result.code !== 2) throw new Error(`väntade slutkod 2, fick ${result.code}:\n${result.stdout}\n${result.stderr}`);
  if (/\n\s+at |Oväntat fel/.test(result.stderr)) throw new Error(`stackspår i meddelandet:\n${result.stderr}`);
  return result.stderr;
}
