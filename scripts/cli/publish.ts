// npm run publish -- <mål> [--dry-run] [--rollback]: the thin command over scripts/publish/.
// Everything publishing reads from outside (where the repository, dist/ and the targets are,
// the SSH key, whether the check passed) is gathered in publishInputs, the one function to
// change when the targets move into the site configuration.
import { join, resolve } from 'node:path';
import { ContentError, EXIT_CONTENT, EXIT_OK, UsageError } from '../errors.ts';
import { describeChanges } from '../publish/diff.ts';
import { findTarget, loadTargets } from '../publish/load-targets.ts';
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
--targets <fil>   YAML-fil med targets: (standard: agreement/webbplats.yaml)

Miljövariabler:
  PUBLISH_SSH_KEY  sökväg till den privata SSH-nyckeln för mål med rsync (finns aldrig i git)

Avslutas med 0 (klart), 1 (fel i innehållet) eller 2 (fel i kommandot, miljön eller
uppladdningen; webbplatsen är då som den var).`;

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
  targetsFile: string;
  sshKeyPath: string | undefined;
  checkPassed: () => Promise<boolean>;
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
  const target = findTarget(await loadTargets(inputs.targetsFile), targetId);
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
  return {
    repoDir: workspace.root,
    distDir: distDir(workspace, values.dist),
    targetsFile: values.targets ? resolve(values.targets) : join(workspace.root, 'agreement/webbplats.yaml'),
    sshKeyPath: context.env.PUBLISH_SSH_KEY || undefined,
    async checkPassed() {
      const content = await checkContent(workspace);
      if (!hasErrors(content.files)) return true;
      context.stderr(formatProblems(content.files, defaultReportFormat(workspace.ci)));
      return false;
    },
    stdout: context.stdout,
    stderr: context.stderr,
  };
}
