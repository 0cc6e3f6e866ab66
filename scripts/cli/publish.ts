// npm run publish -- <mål> [--dry-run] [--rollback]: the thin command over scripts/publish/.
// Everything publishing reads from outside (where the repository and dist/ are, the targets,
// the SSH key, whether the check passed) is gathered in publishInputs.
import { resolve } from 'node:path';
import type { VFile } from 'vfile';
import { ContentError, EXIT_CONTENT, EXIT_OK, EXIT_USAGE, UsageError } from '../errors.ts';
import type { Content } from '../model/model.ts';
import { describeChanges } from '../publish/diff.ts';
import { findTarget, siteTargets, targetsFile, type TargetsRead } from '../publish/load-targets.ts';
import { publishBuild } from '../publish/publish-build.ts';
import { rollback } from '../publish/rollback.ts';
import { hasErrors } from '../report/problem.ts';
import { defaultReportFormat, formatProblems } from '../report/reporter.ts';
import { checkContent } from '../validate/check-content.ts';
import { defineCommand, distDir, type CommandArgs, type CommandContext } from './command.ts';

const USAGE = `Användning: npm run publish -- <mål> [--dry-run] [--rollback]

Publicerar dist/ till ett av webbplatsens publiceringsmål (t.ex. kommun eller polisen).
Bygget måste vara gjort från den commit som är utcheckad, utan ändringar efter den, och
kontrollen får inte hitta några fel. Filerna laddas upp som en ny utgåva bredvid den som
syns, och webbplatsen byter till den i ett enda steg; de 5 senaste utgåvorna sparas.

--dry-run         visa vad som skulle ändras (+ ny, ~ ändrad, - borttagen fil), men ändra inget
--rollback        gå tillbaka till utgåvan före den som syns nu
--dist <mapp>     bygget som ska publiceras (standard: dist/)
--targets <fil>   en YAML-fil med bara targets: att ta målen från, i stället för
                  targets: i agreement/webbplats.yaml

Miljövariabler:
  PUBLISH_SSH_KEY  sökväg till den privata SSH-nyckeln för mål med rsync (finns aldrig i git)

Avslutas med 0 (klart), 1 (fel i innehållet, också i målen i webbplats.yaml) eller 2 (fel
i kommandot, i filen till --targets, i miljön eller i uppladdningen; webbplatsen är då som
den var).`;

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
  /** The targets, from the site configuration or from the --targets file. */
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
  if (!targetId || extra.length > 0) throw new UsageError(`Ange ett publiceringsmål.\n\n${USAGE}`);
  const targets = await inputs.targets();
  if (!targets.ok) {
    inputs.stderr(inputs.problems([targets.file]));
    inputs.stderr(`Publiceringsmålen i ${targets.file.path} går inte att läsa. Rätta felen ovan; inget ändrades på webbplatsen.\n`);
    // The site configuration is content; a --targets file is what the command was given.
    return values.targets ? EXIT_USAGE : EXIT_CONTENT;
  }
  const target = findTarget(targets.targets, targetId);
  const dryRun = values['dry-run'] ?? false;

  if (values.rollback) {
    const result = await rollback({ target, dryRun, sshKeyPath: inputs.sshKeyPath });
    inputs.stdout(
      dryRun
        ? `${target.name} skulle gå tillbaka från ${result.from} till ${result.to}. Inget ändrades.\n`
        : `${target.name} visar nu ${result.to} igen (i stället för ${result.from}).\n`,
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
    const summary = `${added.length} nya, ${changed.length} ändrade, ${removed.length} borttagna filer`;
    if (result.dryRun) {
      inputs.stdout(`Skulle publicera ${result.release} till ${target.name} (${target.baseUrl}): ${summary}.\n`);
      inputs.stdout(describeChanges(result.changes).map((line) => `${line}\n`).join(''));
      inputs.stdout('Inget ändrades (--dry-run).\n');
    } else {
      inputs.stdout(`Publicerat till ${target.baseUrl}: ${summary}.`);
      inputs.stdout(result.pruned.length > 0 ? ` Gamla utgåvor borttagna: ${result.pruned.length}.\n` : '\n');
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
    targets: async () => (targets ? targetsFile(resolve(targets)) : siteTargets(await content())),
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
