// A file named on the command line (a PDF, a key, certificates): outside the content, so read
// from disk here, with a one-line message when it cannot be.
import { readFileSync } from 'node:fs';
import { EnvironmentError } from '../errors.ts';

/** `what` names the file in the message, capitalised: "PDF:en", "Filen". */
export function readInput(path: string, what: string): Buffer {
  try {
    return readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new EnvironmentError(code === 'ENOENT' ? `${what} ${path} finns inte.` : `Kan inte läsa ${what.toLowerCase()} ${path} (${code ?? (error as Error).message}).`);
  }
}
