// A file named on the command line (a PDF, a key, certificates): outside the content, so read
// from disk here, with a one-line message when it cannot be.
import { readFileSync } from 'node:fs';
import { EnvironmentError } from '../errors.ts';
import { sv } from '../language/index.ts';

/** `what` names the file in the message, capitalised: sv.commands.readInput.pdf or .file. */
export function readInput(path: string, what: string): Buffer {
  try {
    return readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const words = sv.commands.readInput;
    throw new EnvironmentError(code === 'ENOENT' ? words.missing(what, path) : words.unreadable(what, path, code ?? (error as Error).message));
  }
}
