// Turns a fresh clone into an empty repository for another municipality: the content it was
// cloned with (editions, promises, locks) goes, the site configuration is written for the new
// municipality, and a starter draft and a promise template come from the template. The
// glossary stays: its terms are the same everywhere. Every refusal is a UsageError (exit 2).
// What it removes is someone's work once the clone is another municipality's: it runs on the
// content the repository ships with, or with --force on content git holds; work that git does
// not hold is never removed.
import { posix } from 'node:path';
import { isMap, isSeq, parseDocument } from 'yaml';
import kommuner from '../data/kommuner.json' with { type: 'json' };
import { UsageError } from '../errors.ts';
import { AGREEMENT_DIR, GLOSSARY_FILE, PROMISES_DIR, SIC_FILE, SITE_FILE } from '../load/paths.ts';
import { LOCK_FILE } from '../lock/edition-lock.ts';
import { sv } from '../language/index.ts';
import type { Workspace } from '../workspace/workspace.ts';
import { ID_MAX_LENGTH, isEditionId } from './edition-id.ts';
import { promiseTemplate, quote, starterEdition, type StarterSite } from './template.ts';

const { join } = posix;

export interface InitOptions extends StarterSite {
  /** The starter edition's id, e.g. "2026-2029". */
  edition: string;
  /** For the starter period when the id names no years. */
  today: Date;
  /** Start over although the repository is already another municipality's. */
  force: boolean;
  /**
   * The paths under agreement/ and promises/ whose changes git does not hold (the command layer
   * asks git; it refuses when it cannot tell). Asked once the arguments are known good.
   */
  uncommitted: () => Promise<readonly string[]>;
}

/** The municipality whose content the repository ships with: the content a first init replaces. */
const SHIPPED_MUNICIPALITY = 'Degerfors';

export interface InitResult {
  municipality: string;
  removed: string[];
  created: string[];
}

const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
// Run on a fresh clone, before its content is the new municipality's: Swedish (sv) directly.
const words = sv.commands;

/** The municipality's name as Sweden writes it, whatever case it was typed in. */
export function swedishMunicipality(name: string): string | undefined {
  const wanted = name.trim().toLocaleLowerCase('sv');
  return kommuner.find((candidate) => candidate.toLocaleLowerCase('sv') === wanted);
}

export async function initRepository(workspace: Workspace, options: InitOptions): Promise<InitResult> {
  const municipality = swedishMunicipality(options.municipality);
  if (!municipality) {
    throw new UsageError(words.init.notMunicipality(options.municipality));
  }
  const policeArea = options.policeArea.trim().replace(/^lokalpolisområde\s+/i, '');
  if (policeArea === '') throw new UsageError(words.init.emptyPoliceArea);
  if (!isEditionId(options.edition)) throw new UsageError(words.newEdition.badId(options.edition, ID_MAX_LENGTH));
  const uncommitted = await options.uncommitted();

  const { files } = workspace;
  const sitePath = join(AGREEMENT_DIR, SITE_FILE);
  const current = (await files.kind(sitePath)) === 'file' ? siteMunicipality(decode(await files.read(sitePath))) : undefined;
  if (current !== undefined && current !== SHIPPED_MUNICIPALITY && !options.force) {
    throw new UsageError(words.init.alreadyDone(current, sitePath));
  }
  if (uncommitted.length > 0) throw new UsageError(words.init.uncommitted(uncommitted));

  const site = { municipality, policeArea };
  const created: Record<string, string> = { [sitePath]: siteYaml(site) };
  for (const [path, text] of Object.entries(starterEdition(options.edition, site, options.today))) {
    created[join(AGREEMENT_DIR, options.edition, path)] = text;
  }
  const promise = promiseTemplate(site, options.today);
  created[join(PROMISES_DIR, promise.name)] = promise.text;
  const glossaryPath = join(AGREEMENT_DIR, GLOSSARY_FILE);
  if ((await files.kind(glossaryPath)) === 'file') created[glossaryPath] = ownGlossary(decode(await files.read(glossaryPath)), municipality);
  // Everything new is made before anything is removed: a refusal leaves the clone as it was.
  const removed: string[] = [];
  for (const entry of await files.list(AGREEMENT_DIR)) {
    if (entry.kind === 'directory') removed.push(join(AGREEMENT_DIR, entry.name));
  }
  // The locks and the known mistakes (sic.yaml) are about the editions that go.
  for (const path of [LOCK_FILE, join(AGREEMENT_DIR, SIC_FILE)]) if ((await files.kind(path)) !== undefined) removed.push(path);
  for (const entry of await files.list(PROMISES_DIR)) removed.push(join(PROMISES_DIR, entry.name));
  for (const path of removed) await files.remove(path);

  for (const [path, text] of Object.entries(created)) await files.write(path, text);
  return { municipality, removed, created: Object.keys(created) };
}

function siteMunicipality(text: string): string | undefined {
  const value: unknown = parseDocument(text).get('municipality');
  return typeof value === 'string' ? value : undefined;
}

function siteYaml({ municipality, policeArea }: StarterSite): string {
  const words = sv.site;
  return [
    '# yaml-language-server: $schema=../schema/site.schema.json',
    '# Det som gäller hela webbplatsen. Se schema/site.schema.json för vad varje nyckel betyder.',
    `municipality: ${quote(municipality)}`,
    `policeArea: ${quote(policeArea)}`,
    'language: sv',
    `siteName: ${quote(words.siteName(municipality, policeArea))}`,
    `indexTitle: ${quote(words.indexTitle(municipality))}`,
    `footer: ${quote(words.footer)}`,
    `pdfFileName: ${quote(words.pdfFileName)}`,
    'keywords:',
    ...words.keywords.map((keyword) => `  - ${keyword}`),
    'promiseActors:',
    ...Object.entries(words.promiseActors).map(([actor, heading]) => `  ${actor}: ${heading}`),
    '',
  ].join('\n');
}

/**
 * The glossary as it was, comments and all. Its allowedPlaceNames say which other
 * municipalities its explanations name (EST comes from Örebro): still true for the new
 * municipality, except that its own name is now its own.
 */
function ownGlossary(text: string, municipality: string): string {
  const doc = parseDocument(text);
  const allowed = doc.get('allowedPlaceNames');
  if (!isMap(doc.contents) || !isSeq(allowed)) return text;
  const kept = allowed.items.filter((item) => String((item as { value?: unknown }).value ?? item) !== municipality);
  if (kept.length === allowed.items.length) return text;
  allowed.items = kept;
  return doc.toString({ lineWidth: 0 });
}
