// npm run sign: a thin adapter from the command line to scripts/sign/. It picks the PDF, the
// key and the texts of the signature (reason and place from the edition), and leaves the PDF
// work to sign-pdf.ts.
import { readdirSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { ContentError, EnvironmentError, EXIT_OK, UsageError } from '../errors.ts';
import type { Seal } from '../build/seal.ts';
import { loadContent } from '../load/load-content.ts';
import { partyName } from '../render/labels.ts';
import { updateBuildManifest } from '../sign/build-manifest.ts';
import { readPkcs12, Pkcs12Error, type SigningIdentity } from '../sign/pkcs12.ts';
import { signPdf, SignPdfError } from '../sign/sign-pdf.ts';
import { signatureFieldName } from '../sign/signature-fields.ts';
import { stampTime } from '../sign/signature-stamp.ts';
import { brokenSignatures, verifyPdf } from '../sign/verify-pdf.ts';
import type { Workspace } from '../workspace/workspace.ts';
import { parseSourceDateEpoch } from '../workspace/source-date.ts';
import { defineCommand, distDir } from './command.ts';
import { readInput } from './read-input.ts';

const PASSPHRASE_VARIABLE = 'SIGN_P12_PASSPHRASE';

const USAGE = `Användning: npm run sign -- <utgåva> --p12 <fil> --out <fil> [--field <namn>] [--in <pdf>] [--tsa <url>] [--visible]

Skriver under utgåvans PDF digitalt (PAdES) med nyckeln och certifikatet i en PKCS#12-fil
(.p12). Lösenordet till filen läses från miljövariabeln ${PASSPHRASE_VARIABLE}, aldrig från
kommandoraden. Underskriften läggs till i slutet av filen: tidigare underskrifter gäller
fortfarande. Tiden är SOURCE_DATE_EPOCH om den är satt, annars nu.

--p12 <fil>      nyckel och certifikat för den som skriver under
--out <fil>      var den underskrivna PDF:en sparas; är det en PDF i en byggmapp (dist/),
                 uppdateras dess storlek och SHA-256 i byggets manifest.json
--field <namn>   fyll en undertecknares tomma underskriftsfält (npm run verify visar fälten);
                 utan --field läggs ett osynligt sigill för organisationen till
--in <pdf>       PDF:en att skriva under, t.ex. en som redan har underskrifter;
                 annars utgåvans PDF i dist/<utgåva>/ (från npm run build)
--tsa <url>      hämta en tidsstämpel (RFC 3161) från tidsstämpeltjänsten på adressen
--visible        skriv namn och tid synligt i fältet

När alla har skrivit under: lägg PDF:en i agreement/<utgåva>/undertecknad.pdf, sätt
status: signed och lås utgåvan (npm run lock). Bygget publicerar då den filen som utgåvans
PDF, och npm run check kontrollerar att den är hel och säger det som källorna säger.`;

interface SigningEdition {
  id: string;
  status: string;
  title: string;
  place: string | undefined;
  signatories: Array<{ name: string; title: string; party: string }>;
}

/** What signing needs of the edition: loaded, not checked, since no rule decides whether it can be signed. */
async function signingEdition(workspace: Workspace, id: string): Promise<SigningEdition | undefined> {
  const content = await loadContent(workspace);
  const edition = content.editions.find((candidate) => candidate.id === id);
  if (!edition) return undefined;
  const data = edition.meta.data;
  return {
    id,
    status: data.status,
    title: data.shortTitle ?? data.title,
    place: data.signing?.place,
    signatories: data.signatories.map((signatory) => ({ name: signatory.name, title: signatory.title, party: partyName(data, signatory.party) })),
  };
}

function reasonFor(edition: SigningEdition, field: string | undefined): string {
  if (field === undefined) return `Organisationens sigill på ${edition.title}`;
  const signatory = edition.signatories.find((candidate) => signatureFieldName(candidate.name) === field);
  return signatory ? `${signatory.name}, ${signatory.title}, ${signatory.party}, skriver under ${edition.title}` : `Underskrift av ${edition.title}`;
}

/** The edition's PDF from the last build: dist/<edition>/ holds exactly one. */
function builtPdf(workspace: Workspace, id: string): string {
  const dir = join(distDir(workspace), id);
  let pdfs: string[] = [];
  try {
    pdfs = readdirSync(dir).filter((name) => name.endsWith('.pdf'));
  } catch {
    // No such folder: said below, with what to do.
  }
  if (pdfs.length !== 1) {
    throw new EnvironmentError(
      pdfs.length === 0
        ? `Hittar ingen PDF i ${dir}: kör npm run build först, eller ange PDF:en med --in.`
        : `${dir} har flera PDF:er (${pdfs.join(', ')}): ange vilken med --in.`,
    );
  }
  return join(dir, pdfs[0]!);
}

async function identityFrom(path: string, passphrase: string): Promise<SigningIdentity> {
  const bytes = readInput(path, 'Filen');
  try {
    return await readPkcs12(bytes, passphrase);
  } catch (error) {
    if (!(error instanceof Pkcs12Error)) throw error;
    if (error.reason === 'passphrase') throw new UsageError(`Fel lösenord till ${path} (${PASSPHRASE_VARIABLE}).`);
    if (error.reason === 'format') throw new UsageError(`${path} är inte en PKCS#12-fil (.p12/.pfx).`);
    throw new UsageError(`${path} går inte att skriva under med: ${error.message}.`);
  }
}

/** The key, time and timestamp authority of a signature, from --p12, --tsa and the environment: the same for npm run sign as for the build's seal. */
export async function signingKey(p12: string, tsaUrl: string | undefined, env: NodeJS.ProcessEnv): Promise<Seal> {
  if (tsaUrl !== undefined && !/^https?:\/\//.test(tsaUrl)) throw new UsageError(`--tsa ska vara en http- eller https-adress, inte "${tsaUrl}".`);
  const passphrase = env[PASSPHRASE_VARIABLE];
  if (passphrase === undefined) throw new UsageError(`Ange lösenordet till ${p12} i miljövariabeln ${PASSPHRASE_VARIABLE}.`);
  const signingTime = env.SOURCE_DATE_EPOCH ? parseSourceDateEpoch(env.SOURCE_DATE_EPOCH) : new Date();
  return { identity: await identityFrom(p12, passphrase), signingTime, ...(tsaUrl ? { tsaUrl } : {}) };
}

/** Written beside the target and renamed: a failed run never leaves half a PDF. */
function writeOutput(path: string, bytes: Uint8Array): void {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(temporary, bytes);
    renameSync(temporary, path);
  } catch (error) {
    throw new EnvironmentError(`Kan inte skriva ${path} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`);
  }
}

/** A PDF signed inside a build folder: its entry in the build's manifest follows (see build-manifest.ts). */
function manifestUpdated(path: string, bytes: Uint8Array): string | undefined {
  try {
    return updateBuildManifest(path, bytes);
  } catch (error) {
    throw new EnvironmentError(
      `Den underskrivna PDF:en sparades i ${path}, men byggets manifest.json gick inte att uppdatera ` +
        `(${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); kör npm run build och skriv under igen.`,
    );
  }
}

export default defineCommand({
  usage: USAGE,
  options: {
    p12: { type: 'string' },
    out: { type: 'string' },
    field: { type: 'string' },
    in: { type: 'string' },
    tsa: { type: 'string' },
    visible: { type: 'boolean' },
  },
  async run({ values, positionals }, context) {
    if (positionals.length !== 1) throw new UsageError(`Ange en utgåva att skriva under.\n\n${USAGE}`);
    const id = positionals[0]!;
    if (!values.p12) throw new UsageError(`Ange nyckelfilen med --p12.\n\n${USAGE}`);
    if (!values.out) throw new UsageError(`Ange var den underskrivna PDF:en ska sparas med --out.\n\n${USAGE}`);
    const key = await signingKey(values.p12, values.tsa, context.env);

    const workspace = context.workspace();
    const edition = await signingEdition(workspace, id);
    if (!edition) throw new UsageError(`Det finns ingen utgåva "${id}" som går att läsa. Kör npm run check.`);
    if (edition.status === 'draft') {
      throw new UsageError(`Utgåvan ${id} är ett utkast (status: draft) och kan inte skrivas under; sätt status: final när texten är klar.`);
    }
    const input = values.in ?? builtPdf(workspace, id);
    const pdf = readInput(input, 'PDF:en');
    // A new signature on top of a broken one would lend the changed document its credibility.
    const earlier = await verifyPdf(pdf).catch(() => undefined);
    if (earlier && !earlier.ok) {
      const broken = brokenSignatures(earlier.signatures);
      throw new ContentError(
        `${input} har ${broken.length === 1 ? 'en underskrift' : 'underskrifter'} som inte håller (${broken.map((signature) => `"${signature.field}"`).join(', ')}); ` +
          `den skrivs inte under. Se npm run verify -- ${input}.`,
      );
    }

    let signed: Uint8Array;
    try {
      signed = await signPdf(pdf, {
        identity: key.identity,
        field: values.field,
        reason: reasonFor(edition, values.field),
        location: edition.place,
        signingTime: key.signingTime,
        tsaUrl: key.tsaUrl,
        visible: values.visible ?? false,
      });
    } catch (error) {
      if (!(error instanceof SignPdfError)) throw error;
      if (error.failure === 'unreadable') throw new EnvironmentError(`${input}: ${error.message}`);
      if (error.failure === 'timestamp') throw new EnvironmentError(`Ingen tidsstämpel: ${error.message}.`);
      if (error.failure === 'too-large') throw new EnvironmentError(error.message);
      throw new UsageError(error.message);
    }
    // Checked before it is written: a signature that does not verify must not reach anyone.
    const check = await verifyPdf(signed);
    const last = check.signatures.at(-1);
    if (!last?.intact) throw new Error(`den nya underskriften verifierar inte: ${last?.problems.join('; ') ?? 'saknas'}`);
    const out = resolve(values.out);
    writeOutput(out, signed);
    const manifest = manifestUpdated(out, signed);
    context.stdout(
      `Skrev under ${input} i fältet "${last.field}" som ${last.signer?.subject ?? 'okänd'}, ${stampTime(key.signingTime)}` +
        `${last.timestamp ? `, tidsstämplad ${stampTime(last.timestamp.time)}` : ''}: ${values.out}\n` +
        `${manifest ? `Uppdaterade storlek och SHA-256 för PDF:en i ${manifest}.\n` : ''}`,
    );
    return EXIT_OK;
  },
});
