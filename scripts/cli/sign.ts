// npm run sign: a thin adapter from the command line to scripts/sign/. It picks the PDF, the
// key and the texts of the signature (reason and place from the edition), and leaves the PDF
// work to sign-pdf.ts.
import { readdirSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { ContentError, EnvironmentError, EXIT_OK, UsageError } from '../errors.ts';
import type { Seal } from '../build/seal.ts';
import { type Language, sv, wordsFor } from '../language/index.ts';
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

// Usage and argument errors, and the key's, come before any content is read: Swedish (sv)
// directly. Once the edition is loaded, the command speaks the site's language (edition.words).
const words = sv.commands.sign;
const USAGE = words.usage(PASSPHRASE_VARIABLE);

interface SigningEdition {
  id: string;
  status: string;
  title: string;
  place: string | undefined;
  signatories: Array<{ name: string; title: string; party: string }>;
  /** The words of the site's language: the reason is written into the signed document. */
  words: Language;
}

/** What signing needs of the edition: loaded, not checked, since no rule decides whether it can be signed. */
async function signingEdition(workspace: Workspace, id: string): Promise<SigningEdition> {
  const content = await loadContent(workspace);
  const words = wordsFor(content.site.language);
  const edition = content.editions.find((candidate) => candidate.id === id);
  if (!edition) throw new UsageError(words.commands.sign.noEdition(id));
  const data = edition.meta.data;
  return {
    id,
    status: data.status,
    title: data.shortTitle ?? data.title,
    place: data.signing?.place,
    signatories: data.signatories.map((signatory) => ({ name: signatory.name, title: signatory.title, party: partyName(data, signatory.party) })),
    words,
  };
}

function reasonFor(edition: SigningEdition, field: string | undefined): string {
  const { publication } = edition.words;
  if (field === undefined) return publication.sealReason(edition.title);
  const signatory = edition.signatories.find((candidate) => signatureFieldName(candidate.name) === field);
  return signatory
    ? publication.signatoryReason(signatory.name, signatory.title, signatory.party, edition.title)
    : publication.fieldReason(edition.title);
}

type SignWords = Language['commands']['sign'];

/** The edition's PDF from the last build: dist/<edition>/ holds exactly one. */
function builtPdf(workspace: Workspace, id: string, said: SignWords): string {
  const dir = join(distDir(workspace), id);
  let pdfs: string[] = [];
  try {
    pdfs = readdirSync(dir).filter((name) => name.endsWith('.pdf'));
  } catch {
    // No such folder: said below, with what to do.
  }
  if (pdfs.length !== 1) {
    throw new EnvironmentError(pdfs.length === 0 ? said.noBuiltPdf(dir) : said.severalBuiltPdfs(dir, pdfs));
  }
  return join(dir, pdfs[0]!);
}

async function identityFrom(path: string, passphrase: string): Promise<SigningIdentity> {
  const bytes = readInput(path, sv.commands.readInput.file);
  try {
    return await readPkcs12(bytes, passphrase);
  } catch (error) {
    if (!(error instanceof Pkcs12Error)) throw error;
    if (error.reason === 'passphrase') throw new UsageError(words.wrongPassphrase(path, PASSPHRASE_VARIABLE));
    if (error.reason === 'format') throw new UsageError(words.notPkcs12(path));
    throw new UsageError(words.unusableKey(path, error.message));
  }
}

/** The key, time and timestamp authority of a signature, from --p12, --tsa and the environment: the same for npm run sign as for the build's seal. */
export async function signingKey(p12: string, tsaUrl: string | undefined, env: NodeJS.ProcessEnv): Promise<Seal> {
  if (tsaUrl !== undefined && !/^https?:\/\//.test(tsaUrl)) throw new UsageError(words.badTsa(tsaUrl));
  const passphrase = env[PASSPHRASE_VARIABLE];
  if (passphrase === undefined) throw new UsageError(words.needPassphrase(p12, PASSPHRASE_VARIABLE));
  const signingTime = env.SOURCE_DATE_EPOCH ? parseSourceDateEpoch(env.SOURCE_DATE_EPOCH) : new Date();
  return { identity: await identityFrom(p12, passphrase), signingTime, ...(tsaUrl ? { tsaUrl } : {}) };
}

/** Written beside the target and renamed: a failed run never leaves half a PDF. */
function writeOutput(path: string, bytes: Uint8Array, said: SignWords): void {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(temporary, bytes);
    renameSync(temporary, path);
  } catch (error) {
    throw new EnvironmentError(said.cannotWrite(path, (error as NodeJS.ErrnoException).code ?? (error as Error).message));
  }
}

/** A PDF signed inside a build folder: its entry in the build's manifest follows (see build-manifest.ts). */
function manifestUpdated(path: string, bytes: Uint8Array, said: SignWords): string | undefined {
  try {
    return updateBuildManifest(path, bytes);
  } catch (error) {
    throw new EnvironmentError(said.manifestNotUpdated(path, (error as NodeJS.ErrnoException).code ?? (error as Error).message));
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
    if (positionals.length !== 1) throw new UsageError(`${words.needEdition}\n\n${USAGE}`);
    const id = positionals[0]!;
    if (!values.p12) throw new UsageError(`${words.needKey}\n\n${USAGE}`);
    if (!values.out) throw new UsageError(`${words.needOut}\n\n${USAGE}`);
    const key = await signingKey(values.p12, values.tsa, context.env);

    const workspace = context.workspace();
    const edition = await signingEdition(workspace, id);
    const said = edition.words.commands.sign;
    if (edition.status === 'draft') {
      throw new UsageError(said.draft(id));
    }
    const input = values.in ?? builtPdf(workspace, id, said);
    const pdf = readInput(input, sv.commands.readInput.pdf);
    // A new signature on top of a broken one would lend the changed document its credibility.
    const earlier = await verifyPdf(pdf).catch(() => undefined);
    if (earlier && !earlier.ok) {
      const broken = brokenSignatures(earlier.signatures);
      throw new ContentError(said.brokenEarlier(input, broken.map((signature) => signature.field)));
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
        visible: values.visible ? { heading: edition.words.publication.stampHeading } : undefined,
      });
    } catch (error) {
      if (!(error instanceof SignPdfError)) throw error;
      if (error.failure === 'unreadable') throw new EnvironmentError(`${input}: ${error.message}`);
      if (error.failure === 'timestamp') throw new EnvironmentError(said.noTimestamp(error.message));
      if (error.failure === 'too-large') throw new EnvironmentError(error.message);
      throw new UsageError(error.message);
    }
    // Checked before it is written: a signature that does not verify must not reach anyone.
    const check = await verifyPdf(signed);
    const last = check.signatures.at(-1);
    if (!last?.intact) throw new Error(said.newSignatureFails(last?.problems));
    const out = resolve(values.out);
    writeOutput(out, signed, said);
    const manifest = manifestUpdated(out, signed, said);
    context.stdout(
      `${said.signed(input, last.field, last.signer?.subject, stampTime(key.signingTime), last.timestamp && stampTime(last.timestamp.time), values.out)}\n` +
        `${manifest ? `${said.manifestUpdated(manifest)}\n` : ''}`,
    );
    return EXIT_OK;
  },
});
