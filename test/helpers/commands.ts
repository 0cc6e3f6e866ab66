// Commands run in this process, as `npm run <name>` runs them, on a content tree on disk or in
// memory: no subprocess, so a command test costs what the command costs.
import { runCommandInProcess, type InProcessResult } from '../../scripts/cli/command.ts';
import { COMMANDS, type CommandName } from '../../scripts/cli/commands.ts';
import type { Workspace } from '../../scripts/workspace/workspace.ts';
import { diskTestWorkspace } from './workspace.ts';

export type { InProcessResult as CommandResult };

/** `root` is a content folder on disk, or a Workspace (e.g. in memory). */
export async function runCommand(name: CommandName, args: string[], root: string | Workspace, env: NodeJS.ProcessEnv = {}): Promise<InProcessResult> {
  const command = (await COMMANDS[name]()).default;
  return runCommandInProcess(command, args, {
    workspace: typeof root === 'string' ? () => diskTestWorkspace(root, env) : root,
    env,
  });
}

/** A message for people, not a crash: exit 2, no stack trace, no "Oväntat fel". */
export function expectCleanRefusal(result: InProcessResult): string {
  if (result.code !== 2) throw new Error(`väntade slutkod 2, fick ${result.code}:\n${result.stdout}\n${result.stderr}`);
  if (/\n\s+at |Oväntat fel/.test(result.stderr)) throw new Error(`stackspår i meddelandet:\n${result.stderr}`);
  return result.stderr;
}
