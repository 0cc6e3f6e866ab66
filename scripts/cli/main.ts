// The process adapter: `node .tsbuild/scripts/cli/main.js <command> [args]` is what every npm
// script runs. It loads only the command asked for, gives it the disk Workspace and the
// process's streams, and sets the exit code.
import type { Workspace } from '../workspace/workspace.ts';
import { sv } from '../language/index.ts';
import { executeCommand } from './command.ts';
import { COMMANDS } from './commands.ts';
import { diskWorkspace } from './disk-workspace.ts';

const [name = '', ...argv] = process.argv.slice(2);
const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name as keyof typeof COMMANDS] : undefined;
if (!load) {
  process.stderr.write(`${sv.commands.unknownCommand(name, Object.keys(COMMANDS))}\n`);
  process.exitCode = 2;
} else {
  const command = (await load()).default;
  const controller = new AbortController();
  // A long-running command (the preview) stops cleanly on Ctrl+C; any other simply ends.
  const stop = () => (command.longRunning ? controller.abort() : process.exit(130));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  let workspace: Workspace | undefined;
  process.exitCode = await executeCommand(command, argv, {
    env: process.env,
    workspace: (options) => (workspace ??= diskWorkspace({ env: process.env, ...options })),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    signal: controller.signal,
  });
}
