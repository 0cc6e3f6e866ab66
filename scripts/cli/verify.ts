// npm run verify: a thin adapter from the command line to scripts/sign/verify-pdf.ts, which
// does the checking; this file reads the files and writes the report as text or JSON.
import { EnvironmentError, EXIT_CONTENT, EXIT_OK, UsageError } from '../errors.ts';
import { readPemCertificates } from '../sign/certificate-chain.ts';
import type { ChangeKind } from '../sign/revision-changes.ts';
import { stampTime } from '../sign/signature-stamp.ts';
import { type PdfVerification, type SignatureReport, verifyPdf } from '../sign/verify-pdf.ts';
import { defineCommand } from './command.ts';
import { readInput } from './read-input.ts';

const USAGE = `Användning: npm run verify -- <pdf> [--trust <pem>] [--format text|json]

Kontrollerar varje digital underskrift i PDF:en: vem som skrev under och vem som utfärdade
certifikatet, angiven tid och tidsstämpel, vilka byte underskriften omfattar, att inget av
det har ändrats och vad som har lagts till efteråt. En PDF utan underskrifter visar sina
tomma underskriftsfält. Avslutas med 0 (alla underskrifter hela, efteråt bara fler
underskrifter), 1 (en underskrift är bruten eller innehållet har ändrats efter den) eller 2.

--trust <pem>    betrodda rotcertifikat (PEM): varje certifikatkedja ska leda till ett av dem
--format json    rapporten som JSON`;

const CHANGES: Record<ChangeKind, string> = {
  none: 'inget har lagts till',
  signatures: 'bara underskrifter har lagts till',
  'form-fields': 'FORMULÄRFÄLT HAR ÄNDRATS',
  content: 'INNEHÅLLET HAR ÄNDRATS',
};

const yesNo = (ok: boolean, yes: string, no: string) => (ok ? yes : no);

function describe(signature: SignatureReport, index: number, total: number, size: number): string {
  const lines = [`Underskrift ${index + 1} av ${total}: fältet "${signature.field}"`];
  const add = (label: string, text: string) => lines.push(`  ${`${label}:`.padEnd(16)}${text}`);
  add('Undertecknare', signature.signer?.subject ?? 'okänd');
  add('Utfärdare', signature.signer?.issuer ?? 'okänd');
  add('Angiven tid', signature.claimedTime ? `${stampTime(signature.claimedTime)} (undertecknarens uppgift)` : 'ingen');
  const stamp = signature.timestamp;
  add(
    'Tidsstämpel',
    stamp
      ? `${stampTime(stamp.time)}, ${yesNo(stamp.imprintOk && stamp.tokenOk && stamp.forTimestamping, 'gäller den här underskriften', 'STÄMMER INTE')}` +
          `${stamp.authority ? ` (${stamp.authority.subject})` : ''}`
      : 'ingen',
  );
  const [a = 0, b = 0, c = 0, d = 0] = signature.byteRange;
  const covers = signature.coversWholeFile
    ? 'hela filen'
    : signature.revision !== undefined
      ? `hela sin version (${signature.revision})`
      : 'SLUTAR MITT I FILEN';
  add('Omfattar', `byte ${a}–${a + b - 1} och ${c}–${c + d - 1} av ${size}: ${covers}`);
  add('Signaturen', yesNo(signature.intact, 'hel (kontrollsumman och signaturen stämmer)', 'BRUTEN'));
  if (signature.chain) add('Certifikatet', yesNo(signature.chain.trusted, `betrott (${signature.chain.path.join(' ← ')})`, `INTE BETROTT: ${signature.chain.problem ?? ''}`));
  const after = signature.changesAfter;
  add('Efteråt', after.revisions === 0 ? 'inga ändringar' : `${after.revisions} ${after.revisions === 1 ? 'version' : 'versioner'}: ${CHANGES[after.kind]}`);
  for (const change of after.changes) lines.push(`    - ${change.what}`);
  for (const problem of signature.problems) lines.push(`  Fel: ${problem}`);
  return lines.join('\n');
}

function formatText(report: PdfVerification, file: string): string {
  const parts: string[] = [];
  if (report.signatures.length === 0) {
    parts.push(`${file} har inga underskrifter.`);
  } else {
    parts.push(...report.signatures.map((signature, index) => describe(signature, index, report.signatures.length, report.size)));
  }
  if (report.emptySignatureFields.length > 0) parts.push(`Tomma underskriftsfält: ${report.emptySignatureFields.join(', ')}.`);
  if (report.signatures.length > 0) {
    parts.push(report.ok ? 'Alla underskrifter är hela.' : 'En eller flera underskrifter är brutna, inte betrodda eller följda av ändringar.');
  }
  return `${parts.join('\n\n')}\n`;
}

export default defineCommand({
  usage: USAGE,
  options: { trust: { type: 'string' }, format: { type: 'string' } },
  async run({ values, positionals }, context) {
    if (positionals.length !== 1) throw new UsageError(`Ange en PDF att kontrollera.\n\n${USAGE}`);
    const file = positionals[0]!;
    const format = values.format ?? 'text';
    if (format !== 'text' && format !== 'json') throw new UsageError(`Okänt format "${format}".\n\n${USAGE}`);
    const trustAnchors = values.trust === undefined ? undefined : readPemCertificates(readInput(values.trust, 'Filen').toString('latin1'));
    if (trustAnchors?.length === 0) throw new UsageError(`${values.trust} har inga certifikat (PEM, "BEGIN CERTIFICATE").`);
    const bytes = readInput(file, 'PDF:en');
    let report: PdfVerification;
    try {
      report = await verifyPdf(bytes, { trustAnchors });
    } catch (error) {
      throw new EnvironmentError(`${file} kan inte läsas som PDF (${(error as Error).message}).`);
    }
    context.stdout(format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : formatText(report, file));
    return report.ok ? EXIT_OK : EXIT_CONTENT;
  },
});
