// npm run publish -- <mål> [--dry-run] [--rollback]: the thin command over scripts/publish/.
// Everything publishing reads from outside (where the repository and dist/ are, the targets,
// the SSH key, whether the check passed) is gathered in publishInputs.
import type { VFile } from 'vfile';
import { ContentError, EXIT_CONTENT, EXIT_OK, EXIT_USAGE, UsageError } from '../errors.ts';
import { sv } from '../language/index.ts';
import type { Content } from '../model/model.ts';
import { findTarget } from '../model/site.ts';
import { describeChanges } from '../publish/diff.ts';
import { siteTargets, targetsFile, type TargetsRead } from '../publish/load-targets.ts';
import { DEFAULT_KEEP, publishBuild } from '../publish/publish-build.ts';
import { rollback } from '../publish/rollback.ts';
import { hasErrors } from '../report/problem.ts';
import { defaultReportFormat, formatProblems } from '../report/reporter.ts';
import { checkContent } from '../validate/check-content.ts';
import { defineCommand, distDir, type CommandArgs, type CommandContext } from './command.ts';

// Usage and argument errors come before any content is read: Swedish (sv) directly. What follows
// is said in the words that come with the targets: the site's language when they are the site
// configuration's (publish and rollback alike load and check the content for them), Swedish for
// a --targets file.
const USAGE = sv.commands.publish.usage(DEFAULT_KEEP);

const OPTIONS = {
  'dry-run': { type: 'boolean' },
  rollback: { type: 'boolean' },
  dist: { type: 'string' },
  targets: { type: 'string' },
} as const;

type PublishArgs = CommandArgs<typeof OPTIONS>;

interface PublishInputs {
  repoDir: string;
  distDir: string;
  /** The targets, from the site configuration or from the --targets file, with the words to report in. */
  targets: () => Promise<TargetsRead>;
  sshKeyPath: string | undefined;
  checkPassed: () => Promise<boolean>;
  /** Problems on files, as npm run check prints them. */
  problems(files: readonly VFile[]): string;
  stdout(text: string): void;
  stderr(text: string): void;
}

export default defineCommand({
  usage: USAGE,
  options: OPTIONS,
  run: (args, context) => runPublish(args, publishInputs(args.values, context)),
});

async function runPublish({ values, positionals }: PublishArgs, inputs: PublishInputs): Promise<number> {
  const [targetId, ...extra] = positionals;
  if (!targetId || extra.length > 0) throw new UsageError(`${sv.commands.publish.needTarget}\n\n${USAGE}`);
  const targets = await inputs.targets();
  const words = targets.words.commands.publish;
  if (!targets.ok) {
    inputs.stderr(inputs.problems([targets.file]));
    inputs.stderr(`${words.targetsUnreadable(targets.file.path)}\n`);
    // The site configuration is content; a --targets file is what the command was given.
    return values.targets ? EXIT_USAGE : EXIT_CONTENT;
  }
  const target = findTarget(targets, targetId);
  const dryRun = values['dry-run'] ?? false;

  if (values.rollback) {
    const result = await rollback({ target, dryRun, sshKeyPath: inputs.sshKeyPath });
    inputs.stdout(
      `${dryRun ? words.wouldRollBack(target.name, result.from, result.to) : words.rolledBack(target.name, result.from, result.to)}\n`,
    );
    return EXIT_OK;
  }

  try {
    const result = await publishBuild({
      distDir: inputs.distDir,
      repoDir: inputs.repoDir,
      target,
      checkPassed: inputs.checkPassed,
      dryRun,
      sshKeyPath: inputs.sshKeyPath,
      log: (line) => inputs.stdout(`${line}\n`),
      warn: (line) => inputs.stderr(`${line}\n`),
    });
    if (result.unchanged) return EXIT_OK;
    const { added, changed, removed } = result.changes;
    const summary = words.summary(added.length, changed.length, removed.length);
    if (result.dryRun) {
      inputs.stdout(`${words.wouldPublish(result.release, target.name, target.baseUrl, summary)}\n`);
      inputs.stdout(describeChanges(result.changes).map((line) => `${line}\n`).join(''));
      inputs.stdout(`${words.dryRun}\n`);
    } else {
      inputs.stdout(words.published(target.baseUrl, summary));
      inputs.stdout(result.pruned.length > 0 ? ` ${words.pruned(result.pruned.length)}\n` : '\n');
    }
    return EXIT_OK;
  } catch (error) {
    // The check's problems are content problems: exit 1, like npm run check.
    if (error instanceof ContentError) {
      inputs.stderr(`${error.message}\n`);
      return EXIT_CONTENT;
    }
    throw error;
  }
}

/** What publishing reads from outside this command, all through the context. */
function publishInputs(values: PublishArgs['values'], context: CommandContext): PublishInputs {
  const workspace = context.workspace();
  // Loaded and checked once: the site configuration's targets and the check come from the same load.
  let checked: Promise<Content> | undefined;
  const content = () => (checked ??= checkContent(workspace));
  const problems = (files: readonly VFile[]) => formatProblems(files, defaultReportFormat(workspace.ci));
  const targets = values.targets;
  return {
    repoDir: workspace.root,
    distDir: distDir(workspace, values.dist),
    // A --targets path is the user's, relative to where they stand, and named in messages as typed.
    targets: async () => (targets ? targetsFile(targets, process.cwd()) : siteTargets(await content())),
    sshKeyPath: context.env.PUBLISH_SSH_KEY || undefined,
    async checkPassed() {
      const { files } = await content();
      if (!hasErrors(files)) return true;
      context.stderr(problems(files));
      return false;
    },
    problems,
    stdout: context.stdout,
    stderr: context.stderr,
  };
}
