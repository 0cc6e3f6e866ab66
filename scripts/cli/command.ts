// A command is a function from arguments and a context to an exit code; it prints through the
// context and reads inputs only from the Workspace the context builds. main.ts runs one in a
// process; tests run one in-process with runCommandInProcess. Every failure becomes a message
// and an exit code here, and nowhere else: nothing the user can cause prints a stack trace.
import { join, resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { errorKind, EXIT_OK, exitCodeFor, UsageError } from '../errors.ts';
import { sv } from '../language/index.ts';
import { sanitizeTerminal } from '../report/terminal.ts';
import type { Workspace } from '../workspace/workspace.ts';

type Options = NonNullable<ParseArgsConfig['options']>;
const HELP = { help: { type: 'boolean', short: 'h' } } as const;
// Said before any content is read, or about the tool itself: Swedish (sv) directly.
const words = sv.commands;

function parseCommandArgs<T extends Options>(argv: string[], options: T, usage: string) {
  try {
    return parseArgs({ args: argv, options: { ...options, ...HELP }, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(`${inSwedish(error as Error & { code?: string })}\n\n${usage}`);
  }
}

export type CommandArgs<T extends Options> = ReturnType<typeof parseCommandArgs<T>>;

export interface CommandContext {
  /** The environment, for what is not content: secrets such as SIGN_P12_PASSPHRASE. */
  env: NodeJS.ProcessEnv;
  /** The Workspace over the content; built on first use, so --help and usage errors need none. */
  workspace(options?: { requireContent?: boolean }): Workspace;
  stdout(text: string): void;
  stderr(text: string): void;
  /** Aborted when the user stops a long-running command (Ctrl+C). */
  signal: AbortSignal;
}

export interface Command<T extends Options = Options> {
  usage: string;
  options: T;
  run(args: CommandArgs<T>, context: CommandContext): Promise<number>;
  /** Runs until stopped (the preview): Ctrl+C aborts context.signal instead of ending the process. */
  longRunning?: boolean;
}

export function defineCommand<T extends Options>(command: Command<T>): Command<T> {
  return command;
}

/** A usage error for a command that takes no positional arguments but was given some. */
export function noPositionals(positionals: string[], usage: string): void {
  if (positionals.length > 0) throw new UsageError(`${words.unknownArgument(positionals)}\n\n${usage}`);
}

/** The build folder: the one given on the command line, else dist/ beside the content. */
export function distDir(workspace: Workspace, given?: string): string {
  return given ? resolve(given) : join(workspace.root, 'dist');
}

/** node:util's parseArgs speaks English; the coordinator reads Swedish. */
function inSwedish(error: Error & { code?: string }): string {
  const option = /'(-[^' ]*)/.exec(error.message)?.[1] ?? '';
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return words.unknownOption(option);
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return /argument missing/.test(error.message) ? words.optionNeedsValue(option) : words.optionTakesNoValue(option);
    default:
      return error.message;
  }
}

/** Parses the arguments, runs the command, and maps whatever it throws to a message and an exit code. */
export async function executeCommand<T extends Options>(command: Command<T>, argv: string[], context: CommandContext): Promise<number> {
  try {
    const args = parseCommandArgs(argv, command.options, command.usage);
    if ((args.values as { help?: boolean }).help) {
      context.stdout(`${command.usage}\n`);
      return EXIT_OK;
    }
    return await command.run(args, context);
  } catch (error) {
    const kind = errorKind(error);
    if (kind === 'internal') {
      // A fault in the tool, not in the content: one line for the user, the stack for whoever debugs.
      const detail = context.env.DEBUG ? ((error as Error)?.stack ?? String(error)) : ((error as Error)?.message ?? String(error));
      context.stderr(`${words.internalError(sanitizeTerminal(detail))}\n`);
    } else {
      context.stderr(`${sanitizeTerminal((error as Error).message)}\n`);
    }
    return exitCodeFor(kind);
  }
}

export interface InProcessResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a command in this process with the given Workspace: how tests call commands. */
export async function runCommandInProcess(
  command: Command,
  argv: string[],
  options: { workspace: Workspace | (() => Workspace); env?: NodeJS.ProcessEnv; signal?: AbortSignal },
): Promise<InProcessResult> {
  let stdout = '';
  let stderr = '';
  const workspace = options.workspace;
  const code = await executeCommand(command, argv, {
    env: options.env ?? {},
    workspace: () => (typeof workspace === 'function' ? workspace() : workspace),
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    signal: options.signal ?? new AbortController().signal,
  });
  return { code, stdout, stderr };
}
