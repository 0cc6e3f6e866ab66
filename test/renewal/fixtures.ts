// The renewal fixtures, copied into temp dirs, and the commands run on them in-process the way
// a coordinator runs them, with the content root pointing at the copy.
import { join } from 'node:path';
import { copyFixture as copyTestFixture } from '../helpers/build-fixture.ts';
import { FIXTURES_DIR } from '../helpers/workspace.ts';

export { REPOSITORY_ROOT } from '../helpers/workspace.ts';
export { expectCleanRefusal, runCommand, type CommandResult } from '../helpers/commands.ts';

/** `signed`: one signed, locked edition 2023-2025. `compare`: editions utgava-a and utgava-b. */
export type FixtureName = 'signed' | 'compare';

export const fixturePath = (name: FixtureName) => join(FIXTURES_DIR, 'renewal', name);

/** A copy of a fixture root, removed after the test file. */
export const copyFixture = (name: FixtureName): string => copyTestFixture(`renewal/${name}`);
