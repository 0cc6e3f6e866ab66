import { initRepository } from '../edition/init-repository.ts';
import { EXIT_OK, UsageError } from '../errors.ts';
import { sv } from '../language/index.ts';
import { AGREEMENT_DIR, PROMISES_DIR } from '../load/paths.ts';
import { runProcess } from '../publish/run-process.ts';
import { defineCommand, noPositionals } from './command.ts';

// Usage and argument errors come before any content is read: Swedish (sv) directly.
const words = sv.commands.init;
const USAGE = words.usage;

/**
 * The content paths whose changes git does not hold (modified, added, untracked). Refused when
 * `root` is no git work tree (or one git will not read): then nothing tells what init would
 * destroy. A file deleted from the work tree is not among them: init cannot remove it again, and
 * git still has it. A missing git is an EnvironmentError naming its Debian package (runProcess).
 */
async function uncommittedContent(root: string): Promise<string[]> {
  const { code, stdout } = await runProcess('git', ['status', '--porcelain', '-z', '--untracked-files=all', '--', AGREEMENT_DIR, PROMISES_DIR], {
    cwd: root,
  });
  if (code !== 0) throw new UsageError(words.notGitClone(root));
  // "XY path\0", and a rename's or copy's old path as an entry of its own after it.
  const entries = stdout.split('\0').filter(Boolean);
  const paths: string[] = [];
  for (let index = 0; index < entries.length; index += 1) {
    const entry = entries[index]!;
    if (!/^D|^.D/.test(entry)) paths.push(entry.slice(3));
    if (/^[RC]|^.[RC]/.test(entry)) index += 1;
  }
  return paths;
}

export default defineCommand({
  usage: USAGE,
  options: { municipality: { type: 'string' }, 'police-area': { type: 'string' }, edition: { type: 'string' }, force: { type: 'boolean' } },
  async run({ values, positionals }, context) {
    noPositionals(positionals, USAGE);
    if (!values.municipality) throw new UsageError(`${words.needMunicipality}\n\n${USAGE}`);
    if (!values['police-area']) throw new UsageError(`${words.needPoliceArea}\n\n${USAGE}`);
    const workspace = context.workspace({ requireContent: false });
    const today = new Date();
    const year = today.getUTCFullYear();
    const result = await initRepository(workspace, {
      municipality: values.municipality,
      policeArea: values['police-area'],
      edition: values.edition ?? `${year}-${year + 3}`,
      today,
      force: values.force ?? false,
      // Asked after init's own argument checks: a misspelt name is told as such, git or not.
      uncommitted: () => uncommittedContent(workspace.root),
    });
    context.stdout(words.done(result.municipality, result.removed, result.created));
    return EXIT_OK;
  },
});
