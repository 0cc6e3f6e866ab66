// Argument parsing shared by the commands: node's own parseArgs, with usage errors turned
// into exit code 2 and a short help text instead of a stack trace.
import { parseArgs, type ParseArgsConfig } from 'node:util';

import { EXIT_OK, EXIT_USAGE, EnvironmentError, UsageError } from '../errors.ts';

export { EXIT_CONTENT, EXIT_OK, EXIT_USAGE, EnvironmentError, UsageError } from '../errors.ts';

type Options = NonNullable<ParseArgsConfig['options']>;
const HELP = { help: { type: 'boolean', short: 'h' } } as const;

function parseCommandArgs<T extends Options>(argv: string[], options: T, usage: string) {
  try {
    return parseArgs({ args: argv, options: { ...options, ...HELP }, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(`${inSwedish(error as Error & { code?: string })}\n\n${usage}`);
  }
}

export type CommandArgs<T extends Options> = ReturnType<typeof parseCommandArgs<T>>;

/** A usage error for a command that takes no positional arguments but was given some. */
export function noPositionals(positionals: string[], usage: string): void {
  if (positionals.length > 0) throw new UsageError(`Okänt argument: ${positionals.join(' ')}\n\n${usage}`);
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

/**
 * Runs a command: parses its arguments (every command takes --help, which prints the usage),
 * then `main`, whose result is the exit code. Usage and environment errors exit 2 with their
 * message; nothing the user can cause prints a stack trace.
 */
export async function runCommand<T extends Options>(
  usage: string,
  options: T,
  main: (args: CommandArgs<T>) => Promise<number>,
): Promise<void> {
  try {
    const args = parseCommandArgs(process.argv.slice(2), options, usage);
    if ((args.values as { help?: boolean }).help) {
      console.log(usage);
      process.exitCode = EXIT_OK;
      return;
    }
    process.exitCode = await main(args);
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
