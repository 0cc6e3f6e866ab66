import { EDITION_FILE, PROMISES_DIR } from '../load/paths.ts';
import {
  differences,
  editionFolder,
  editionSources,
  hashSources,
  LOCK_FILE,
} from '../lock/edition-lock.ts';
import type { Place } from '../model/model.ts';
import { compareCodePoints } from '../model/text.ts';
import { ruleWords, type Rule } from './rule.ts';
import { EDITION, error, PROMISE, replaceOnce, TEXT, warning } from './examples.ts';

const signed = replaceOnce('status: final', 'status: signed');

const FILE_START: Place = { start: { line: 1, column: 1 } };

/**
 * A signed edition is the record of what was signed: once locked (npm run lock), its sources
 * (and the promises it cites, as shown) are the same as when locked, so that a fix to the signed
 * text goes into a new edition instead of silently rewriting history; and every signed edition
 * is locked. Fires on line 1 of a changed or added file (an error), on edition.yaml or the lock
 * file for a removed one (an error), and on the status of a signed edition without a lock (a
 * warning). Not graded by the record policy: this rule is what keeps the record.
 */
const rule: Rule = {
  id: 'signed-edition-locked',
  description: 'En låst (undertecknad) utgåva har samma källfiler som när den låstes, och varje undertecknad utgåva är låst.',
  check(content, report) {
    const words = ruleWords(content)['signed-edition-locked'];
    const { file: lockFile, locks, problem } = content.locks;
    const reportOnLockFile = (message: { reason: string; fix: string }) => {
      report(lockFile, { severity: 'error', place: FILE_START, ...message });
      // The loader does not read the lock file, so its problems would not be printed otherwise.
      if (!content.files.includes(lockFile)) {
        const at = content.files.findIndex((file) => compareCodePoints(file.path, lockFile.path) > 0);
        content.files.splice(at === -1 ? content.files.length : at, 0, lockFile);
      }
    };
    if (problem) {
      reportOnLockFile(words.lockUnreadable(LOCK_FILE, problem));
    }

    for (const [id, locked] of Object.entries(locks)) {
      const sources = editionSources(content, id);
      const folder = editionFolder(id);
      if (sources.size === 0) {
        reportOnLockFile(words.editionGone(id, folder));
        continue;
      }
      const { changed, added, removed } = differences(locked, hashSources(content, sources));
      for (const path of changed) {
        const file = sources.get(path)!;
        const message = file.path.startsWith(`${PROMISES_DIR}/`) ? words.promiseChanged : words.changed;
        report(file, { severity: 'error', place: FILE_START, ...message(file.path, id) });
      }
      for (const path of added) {
        const file = sources.get(path)!;
        report(file, { severity: 'error', place: FILE_START, ...words.added(file.path, id) });
      }
      for (const path of removed) {
        const where = sources.get(EDITION_FILE);
        const message = words.removed(`${folder}/${path}`, id);
        if (where) report(where, { severity: 'error', place: FILE_START, ...message });
        else reportOnLockFile(message);
      }
    }

    // With an unreadable lock file every signed edition would look unlocked: one error is enough.
    if (problem) return;
    for (const edition of content.editions) {
      if (edition.meta.data.status !== 'signed' || edition.id in locks) continue;
      report(edition.meta.file, {
        severity: 'warning',
        place: edition.meta.locate(['status']),
        ...words.notLocked(edition.id),
      });
    }
  },
  examples: {
    ok: [
      {
        name: 'en låst undertecknad utgåva som inte har ändrats',
        overrides: { [EDITION]: signed },
        locked: { '2026-2029': {} },
      },
    ],
    notOk: [
      {
        name: 'en undertecknad utgåva som inte är låst',
        overrides: { [EDITION]: signed },
        expected: [
          warning(
            EDITION,
            3,
            9,
            'Utgåvan 2026-2029 är undertecknad men inte låst, så en ändring i den märks inte.',
            'Lås den med npm run lock -- 2026-2029 när texten är den som skrevs under.',
          ),
        ],
      },
      {
        name: 'en låst utgåva vars text har ändrats',
        overrides: { [EDITION]: signed },
        locked: { '2026-2029': { 'text.md': 'Den text som skrevs under.\n' } },
        expected: [error(TEXT, 1, 1, 'agreement/2026-2029/text.md har ändrats sedan utgåvan 2026-2029 låstes som undertecknad.')],
      },
      {
        name: 'en låst utgåva vars citerade medborgarlöfte har ändrats',
        overrides: { [EDITION]: signed },
        locked: { '2026-2029': { '../../promises/degerfors-trygghetsvandringar.md': 'Löftet som det löd.\n' } },
        expected: [
          error(
            PROMISE,
            1,
            1,
            'promises/degerfors-trygghetsvandringar.md har ändrats sedan utgåvan 2026-2029 låstes som undertecknad.',
            'Ett medborgarlöfte som en undertecknad utgåva hänvisar till får inte ändras. Ångra ändringen (git checkout -- promises/degerfors-trygghetsvandringar.md). ' +
              'Ska löftet lyda annorlunda från nu: skriv det som ett nytt medborgarlöfte i en ny fil under promises/ och hänvisa till det från utkastet till nästa utgåva. ' +
              'Är ändringen avsiktlig och godkänd av parterna: lås om med npm run lock -- 2026-2029 --force.',
          ),
        ],
      },
      {
        name: 'en fil i den låsta utgåvan har tagits bort',
        overrides: { [EDITION]: signed },
        locked: { '2026-2029': { 'bilaga.md': 'En bilaga som skrevs under.\n' } },
        expected: [
          error(
            EDITION,
            1,
            1,
            'agreement/2026-2029/bilaga.md har tagits bort ur utgåvan 2026-2029, som är låst som undertecknad.',
            'Återställ filen från git (git checkout -- agreement/2026-2029/bilaga.md).',
          ),
        ],
      },
    ],
  },
};
export default rule;
