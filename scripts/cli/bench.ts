// npm run bench: the real commands against the browser's own print and the peers, in one
// sitting; a table on stdout and the figures in bench/results.json (scripts/bench/).
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { formatResults } from '../bench/report.ts';
import { GROUPS, type GroupId, runBench } from '../bench/run-bench.ts';
import { EXIT_OK, UsageError } from '../errors.ts';
import { sv } from '../language/index.ts';
import { defineCommand, noPositionals } from './command.ts';
import { diskWorkspace, TOOL_ROOT } from './disk-workspace.ts';

// Usage and argument errors come before any content is read: Swedish (sv) directly.
const words = sv.commands.bench;
const USAGE = words.usage(GROUPS);

export default defineCommand({
  usage: USAGE,
  options: { runs: { type: 'string' }, only: { type: 'string' }, results: { type: 'string' } },
  async run({ values, positionals }, context) {
    noPositionals(positionals, USAGE);
    const runs = Number(values.runs ?? 3);
    if (!Number.isInteger(runs) || runs < 1) throw new UsageError(`${words.badRuns(values.runs)}\n\n${USAGE}`);
    const groups = values.only ? values.only.split(',').map((name) => name.trim()) : [...GROUPS];
    const unknown = groups.filter((name) => !(GROUPS as readonly string[]).includes(name));
    if (unknown.length > 0) throw new UsageError(`${words.unknownGroups(unknown)}\n\n${USAGE}`);
    const results = await runBench({
      workspace: context.workspace(),
      workspaceAt: (root) => diskWorkspace({ env: { ...context.env, AGREEMENT_ROOT: root } }),
      toolRoot: TOOL_ROOT,
      env: context.env,
      runs,
      groups: groups as GroupId[],
      command: ['npm run bench', ...(values.runs || values.only ? ['--'] : []), ...(values.runs ? [`--runs ${runs}`] : []), ...(values.only ? [`--only ${values.only}`] : [])].join(' '),
      progress: (text) => context.stderr(text),
    });
    const file = values.results ? resolve(values.results) : join(TOOL_ROOT, 'bench', 'results.json');
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, `${JSON.stringify(results, null, 2)}\n`);
    context.stdout(`${formatResults(results)}${words.results(file)}\n`);
    return EXIT_OK;
  },
});
