// npm run verify: a thin adapter from the command line to scripts/sign/verify-pdf.ts, which
// does the checking; this file reads the files and writes the report as text or JSON.
import { EnvironmentError, EXIT_CONTENT, EXIT_OK, UsageError } from '../errors.ts';
import { sv } from '../language/index.ts';
import { readPemCertificates } from '../sign/certificate-chain.ts';
import type { ChangeKind } from '../sign/revision-changes.ts';
import { stampTime } from '../sign/signature-stamp.ts';
import { type PdfVerification, type SignatureReport, verifyPdf } from '../sign/verify-pdf.ts';
import { defineCommand } from './command.ts';
import { readInput } from './read-input.ts';

// A PDF is checked without any content, so no site configuration chooses the language: Swedish (sv) directly.
const words = sv.commands.verify;
const USAGE = words.usage;

// Typed here, so that a new kind of change cannot go without words.
const CHANGES: Record<ChangeKind, string> = words.changes;

const yesNo = (ok: boolean, yes: string, no: string) => (ok ? yes : no);

function describe(signature: SignatureReport, index: number, total: number, size: number): string {
  const lines = [words.signature(index + 1, total, signature.field)];
  const label = words.labels;
  const add = (name: string, text: string) => lines.push(`  ${`${name}:`.padEnd(16)}${text}`);
  add(label.signer, signature.signer?.subject ?? words.unknown);
  add(label.issuer, signature.signer?.issuer ?? words.unknown);
  add(label.claimedTime, signature.claimedTime ? words.claimedTime(stampTime(signature.claimedTime)) : words.none);
  const stamp = signature.timestamp;
  add(
    label.timestamp,
    stamp
      ? `${stampTime(stamp.time)}, ${yesNo(stamp.imprintOk && stamp.tokenOk && stamp.forTimestamping, words.timestampValid, words.timestampInvalid)}` +
          `${stamp.authority ? ` (${stamp.authority.subject})` : ''}`
      : words.none,
  );
  const [a = 0, b = 0, c = 0, d = 0] = signature.byteRange;
  const covers = signature.coversWholeFile
    ? words.coversWholeFile
    : signature.revision !== undefined
      ? words.coversRevision(signature.revision)
      : words.endsMidFile;
  add(label.covers, words.byteRanges(`${a}–${a + b - 1}`, `${c}–${c + d - 1}`, size, covers));
  add(label.signature, yesNo(signature.intact, words.intact, words.broken));
  if (signature.chain) add(label.certificate, yesNo(signature.chain.trusted, words.trusted(signature.chain.path), words.notTrusted(signature.chain.problem)));
  const after = signature.changesAfter;
  add(label.after, after.revisions === 0 ? words.noChanges : words.revisions(after.revisions, CHANGES[after.kind]));
  for (const change of after.changes) lines.push(`    - ${change.what}`);
  for (const problem of signature.problems) lines.push(words.problem(problem));
  return lines.join('\n');
}

function formatText(report: PdfVerification, file: string): string {
  const parts: string[] = [];
  if (report.signatures.length === 0) {
    parts.push(words.noSignatures(file));
  } else {
    parts.push(...report.signatures.map((signature, index) => describe(signature, index, report.signatures.length, report.size)));
  }
  if (report.emptySignatureFields.length > 0) parts.push(words.emptyFields(report.emptySignatureFields));
  if (report.signatures.length > 0) {
    parts.push(report.ok ? words.allIntact : words.notAllIntact);
  }
  return `${parts.join('\n\n')}\n`;
}

export default defineCommand({
  usage: USAGE,
  options: { trust: { type: 'string' }, format: { type: 'string' } },
  async run({ values, positionals }, context) {
    if (positionals.length !== 1) throw new UsageError(`${words.needPdf}\n\n${USAGE}`);
    const file = positionals[0]!;
    const format = values.format ?? 'text';
    if (format !== 'text' && format !== 'json') throw new UsageError(`${sv.commands.unknownFormat(format)}\n\n${USAGE}`);
    const trustAnchors = values.trust === undefined ? undefined : readPemCertificates(readInput(values.trust, sv.commands.readInput.file).toString('latin1'));
    if (trustAnchors?.length === 0) throw new UsageError(words.noCertificates(values.trust!));
    const bytes = readInput(file, sv.commands.readInput.pdf);
    let report: PdfVerification;
    try {
      report = await verifyPdf(bytes, { trustAnchors });
    } catch (error) {
      throw new EnvironmentError(words.notPdf(file, (error as Error).message));
    }
    context.stdout(format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : formatText(report, file));
    return report.ok ? EXIT_OK : EXIT_CONTENT;
  },
});
