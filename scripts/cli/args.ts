// Argument parsing shared by the commands: node's own parseArgs, with usage errors turned
// into exit code 2 and a short help text instead of a stack trace.
import { parseArgs, type ParseArgsConfig } from 'node:util';

export const EXIT_OK = 0;
export const EXIT_CONTENT = 1;
export const EXIT_USAGE = 2;

export class UsageError extends Error {}

export function parseCommandArgs<T extends ParseArgsConfig['options']>(argv: string[], options: T, usage: string) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(`${inSwedish(error as Error & { code?: string })}\n\n${usage}`);
  }
}

/** node:util's parseArgs speaks English; the coordinator reads Swedish. */
function inSwedish(error: Error & { code?: string }): string {
  const option = /'(-[^' ]*)/.exec(error.message)?.[1] ?? '';
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `Okänt alternativ ${option}.`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return `Alternativet ${option} ${/argument missing/.test(error.message) ? 'behöver ett värde' : 'tar inget värde'}.`;
    default:
      return error.message;
  }
}

/** Runs a command's main, mapping thrown usage and environment errors to exit 2 with a message. */
export async function runCommand(main: () => Promise<number>): Promise<void> {
  try {
    process.exitCode = await main();
  } catch (error) {
    if (error instanceof UsageError || error instanceof EnvironmentError) {
      process.stderr.write(`${error.message}\n`);
    } else {
      // A fault in the tool, not in the content: one line for the user, the stack for whoever debugs.
      const detail = process.env.DEBUG ? ((error as Error)?.stack ?? String(error)) : ((error as Error)?.message ?? String(error));
      process.stderr.write(`Oväntat fel i verktyget (inte i innehållet): ${detail}\nKör igen med DEBUG=1 för detaljer, och rapportera felet.\n`);
    }
    process.exitCode = EXIT_USAGE;
  }
}

/** Something missing on the machine (a browser, a file outside the content), not in the content. */
export class EnvironmentError extends Error {}
