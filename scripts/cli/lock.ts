import { posix } from 'node:path';
import { EDITION_FILE } from '../load/paths.ts';
import { EXIT_CONTENT, EXIT_OK, UsageError } from '../errors.ts';
import { differences, editionSources, hashSources, isUnchanged, LOCK_FILE, writeLock } from '../lock/edition-lock.ts';
import { formatProblems } from '../report/reporter.ts';
import lockRule from '../rules/signed-edition-locked.ts';
import { checkContent } from '../validate/check-content.ts';
import { RULES } from '../rules/index.ts';
import { defineCommand } from './command.ts';

const USAGE = `Användning: npm run lock -- <utgåva> [--force]

Låser en undertecknad utgåva: sparar en kontrollsumma (SHA-256) för varje källfil i
${LOCK_FILE}. Därefter misslyckas npm run check om någon av filerna ändras.
Kör kommandot när utgåvan har status: signed i ${EDITION_FILE}.

--force   lås om en utgåva som redan är låst, efter en ändring som parterna godkänt.`;

export default defineCommand({
  usage: USAGE,
  options: { force: { type: 'boolean' } },
  async run({ values, positionals }, context) {
    if (positionals.length !== 1) throw new UsageError(`Ange en utgåva att låsa.\n\n${USAGE}`);
    const id = positionals[0]!;
    const workspace = context.workspace();
    // The lock rule itself is left out: its complaints are what locking answers.
    const content = await checkContent(workspace, RULES.filter((rule) => rule.id !== lockRule.id));
    const edition = content.editions.find((candidate) => candidate.id === id);
    if (!edition) {
      const known = content.editions.map((candidate) => candidate.id).join(', ') || 'inga';
      throw new UsageError(`Det finns ingen utgåva "${id}" som går att läsa (utgåvor: ${known}). Kör npm run check om mappen finns.`);
    }
    const status = edition.meta.data.status;
    if (status !== 'signed') {
      throw new UsageError(
        `Utgåvan ${id} har status ${status}, inte signed. Bara en undertecknad utgåva låses: låset visar att texten är ` +
          `den som skrevs under. Sätt status: signed (och ort och datum under signing) i ${edition.dir}/${EDITION_FILE} ` +
          'när överenskommelsen är undertecknad, och kör kommandot igen.',
      );
    }
    const sources = editionSources(content, id);
    const inEdition = [...sources.values()];
    if (inEdition.some((file) => file.messages.some((message) => message.fatal))) {
      context.stdout(formatProblems(inEdition, 'text'));
      context.stderr(`\nUtgåvan ${id} har fel och låses inte. Rätta felen ovan först.\n`);
      return EXIT_CONTENT;
    }
    const hashes = hashSources(content, sources);
    const previous = content.locks.locks[id];
    if (previous) {
      const difference = differences(previous, hashes);
      if (isUnchanged(difference)) {
        context.stdout(`Utgåvan ${id} är redan låst och har inte ändrats.\n`);
        return EXIT_OK;
      }
      const listed = [
        ...difference.changed.map((path) => `  ändrad:     ${posix.join(edition.dir, path)}`),
        ...difference.added.map((path) => `  tillagd:    ${posix.join(edition.dir, path)}`),
        ...difference.removed.map((path) => `  borttagen:  ${posix.join(edition.dir, path)}`),
      ].join('\n');
      if (!values.force) {
        throw new UsageError(
          `Utgåvan ${id} är redan låst, och de här filerna har ändrats sedan dess:\n${listed}\n\n` +
            `En undertecknad utgåva ska inte ändras. Lås om med npm run lock -- ${id} --force bara om ändringen är avsiktlig och godkänd av parterna.`,
        );
      }
      context.stdout(`Låser om ${id}:\n${listed}\n`);
    }
    await writeLock(workspace, id, hashes);
    context.stdout(`Låste ${id}: ${Object.keys(hashes).length} filer i ${LOCK_FILE}.\n`);
    return EXIT_OK;
  },
});
