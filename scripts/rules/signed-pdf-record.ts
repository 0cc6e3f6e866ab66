import type { Place } from '../model/model.ts';
import { SIGNED_PDF_FILE } from '../load/signed-pdf.ts';
import type { RecordProblem } from '../sign/signed-record.ts';
import { editionSourceDigest } from '../sign/edition-digest.ts';
import { ruleWords, type Rule } from './rule.ts';
import { EDITION, error, replaceOnce } from './examples.ts';

const FILE_START: Place = { start: { line: 1, column: 1 } };
const RECORD = `agreement/2026-2029/${SIGNED_PDF_FILE}`;
const MEGABYTE = 1024 * 1024;

/** A PDF without signatures, written out as text: what a scanner or a word processor might leave. */
const unsignedPdf = (digest?: string) => `%PDF-1.7
1 0 obj <</Type/Catalog/Pages 2 0 R>> endobj
2 0 obj <</Type/Pages/Kids[3 0 R]/Count 1>> endobj
3 0 obj <</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>> endobj
4 0 obj <<${digest ? `/SourceDigest(${digest})` : ''}/Title(Samverkansöverenskommelse)>> endobj
trailer <</Root 1 0 R/Info 4 0 R/Size 5>>
%%EOF
`;

/**
 * A signed PDF committed into an edition's folder (agreement/<id>/undertecknad.pdf) is
 * published as the edition's PDF, so it must be what it claims: a PDF (a regular file, at most
 * 64 MB), signed, with every signature intact and nothing but signatures added after any of
 * them, and made from the edition's sources as they are now: the source digest the build wrote
 * into it equals the digest of the current sources (see sign/source-digest.ts; the lock rule
 * keeps those sources as they were locked). Fires on line 1 of the PDF, an error each. A signed
 * edition without such a PDF is fine: it was signed on paper. Its signatures are verified when
 * the content is loaded (test/sign/records.test.ts signs one); not graded by the record policy.
 */
const rule: Rule = {
  id: 'signed-pdf-record',
  description: 'En undertecknad PDF i en utgåvas mapp är hel, underskriven och gjord av utgåvans källor som de är nu.',
  check(content, report) {
    const words = ruleWords(content)['signed-pdf-record'];
    const why = (problem: RecordProblem) => {
      if (problem.kind === 'not-a-file') return words.why.notAFile;
      if (problem.kind === 'unreadable') return words.why.unreadable(problem.code);
      if (problem.kind === 'too-large') return words.why.tooLarge(Math.ceil(problem.bytes / MEGABYTE), problem.limit / MEGABYTE);
      return words.why.notAPdf(problem.detail);
    };
    for (const edition of content.editions) {
      const record = edition.signedPdf;
      if (!record) continue;
      const path = record.file.path;
      const at = (message: { reason: string; fix: string }) => report(record.file, { severity: 'error', place: FILE_START, ...message });
      if (record.problem) {
        at(words.unusable(path, why(record.problem)));
        continue;
      }
      if (record.signatures.length === 0) at(words.unsigned(path, edition.id));
      if (record.broken.length > 0) at(words.broken(path, record.broken));
      if (record.sourceDigest === undefined) at(words.noDigest(path, edition.id));
      else if (record.sourceDigest !== editionSourceDigest(content, edition)) at(words.mismatch(path, edition.id));
    }
  },
  examples: {
    ok: [
      {
        name: 'en undertecknad utgåva utan undertecknad PDF (den skrevs under på papper)',
        overrides: { [EDITION]: replaceOnce('status: final', 'status: signed') },
        locked: { '2026-2029': {} },
      },
    ],
    notOk: [
      {
        name: 'en fil som inte är en PDF',
        overrides: { [RECORD]: 'Underskriven av Anna Andersson.\n' },
        expected: [error(RECORD, 1, 1)],
      },
      {
        name: 'en PDF utan underskrifter och utan källornas kontrollsumma',
        overrides: { [RECORD]: unsignedPdf() },
        expected: [
          error(
            RECORD,
            1,
            1,
            `${RECORD} har ingen digital underskrift, men skulle publiceras som den undertecknade PDF:en för utgåvan 2026-2029.`,
          ),
          error(RECORD, 1, 1, `${RECORD} saknar källornas kontrollsumma, så det går inte att visa att den säger det som källorna till utgåvan 2026-2029 säger.`),
        ],
      },
      {
        name: 'en PDF utan underskrifter, gjord av andra källor än utgåvans',
        overrides: { [RECORD]: unsignedPdf(`sha256:${'0'.repeat(64)}`) },
        expected: [
          error(RECORD, 1, 1),
          error(
            RECORD,
            1,
            1,
            `Källorna till utgåvan 2026-2029 har ändrats sedan ${RECORD} gjordes: den undertecknade PDF:en säger inte det som källorna säger.`,
          ),
        ],
      },
    ],
  },
};
export default rule;

