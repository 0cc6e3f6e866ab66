import { posix } from 'node:path';
import { EDITION_FILE } from '../load/paths.ts';
import { EXIT_CONTENT, EXIT_OK, UsageError } from '../errors.ts';
import { sv, wordsFor } from '../language/index.ts';
import { differences, editionSources, hashSources, isUnchanged, LOCK_FILE, writeLock } from '../lock/edition-lock.ts';
import { formatProblems } from '../report/reporter.ts';
import lockRule from '../rules/signed-edition-locked.ts';
import { checkContent } from '../validate/check-content.ts';
import { RULES } from '../rules/index.ts';
import { defineCommand } from './command.ts';

// Usage and argument errors come before any content is read: Swedish (sv) directly.
const USAGE = sv.commands.lock.usage(LOCK_FILE, EDITION_FILE);

export default defineCommand({
  usage: USAGE,
  options: { force: { type: 'boolean' } },
  async run({ values, positionals }, context) {
    if (positionals.length !== 1) throw new UsageError(`${sv.commands.lock.needEdition}\n\n${USAGE}`);
    const id = positionals[0]!;
    const workspace = context.workspace();
    // The lock rule itself is left out: its complaints are what locking answers.
    const content = await checkContent(workspace, RULES.filter((rule) => rule.id !== lockRule.id));
    const words = wordsFor(content.site.language).commands.lock;
    const edition = content.editions.find((candidate) => candidate.id === id);
    if (!edition) throw new UsageError(words.noEdition(id, content.editions.map((candidate) => candidate.id)));
    const status = edition.meta.data.status;
    if (status !== 'signed') {
      throw new UsageError(words.notSigned(id, status, `${edition.dir}/${EDITION_FILE}`));
    }
    const sources = editionSources(content, id);
    const inEdition = [...sources.values()];
    if (inEdition.some((file) => file.messages.some((message) => message.fatal))) {
      context.stdout(formatProblems(inEdition, 'text'));
      context.stderr(`\n${words.hasErrors(id)}\n`);
      return EXIT_CONTENT;
    }
    const hashes = hashSources(content, sources);
    const previous = content.locks.locks[id];
    if (previous) {
      const difference = differences(previous, hashes);
      if (isUnchanged(difference)) {
        context.stdout(`${words.unchanged(id)}\n`);
        return EXIT_OK;
      }
      const listed = [
        ...difference.changed.map((path) => words.changed(posix.join(edition.dir, path))),
        ...difference.added.map((path) => words.added(posix.join(edition.dir, path))),
        ...difference.removed.map((path) => words.removed(posix.join(edition.dir, path))),
      ].join('\n');
      if (!values.force) {
        throw new UsageError(words.alreadyLocked(id, listed));
      }
      context.stdout(`${words.relocking(id, listed)}\n`);
    }
    await writeLock(workspace, id, hashes);
    context.stdout(`${words.locked(id, Object.keys(hashes).length, LOCK_FILE)}\n`);
    return EXIT_OK;
  },
});
