// Creates a draft edition from an existing one: the sources are copied as they are, and only
// edition.yaml is rewritten, through yaml's Document API so that the coordinator's comments
// and key order survive. Every refusal is a UsageError: the command maps it to exit 2.
import { posix } from 'node:path';
import { isMap, isScalar, isSeq, Pair, parseDocument, Scalar, type Document, type YAMLMap } from 'yaml';
import { UsageError } from '../errors.ts';
import { sv, wordsFor } from '../language/index.ts';
import { AGREEMENT_DIR, EDITION_FILE } from '../load/paths.ts';
import { filesUnder, type Workspace } from '../workspace/workspace.ts';
import { loadContent } from '../load/load-content.ts';
import { ID_MAX_LENGTH, isEditionId, yearsOfId } from './edition-id.ts';
import { starterEdition } from './template.ts';

const { join } = posix;

export interface NewEditionResult {
  /** The new edition's folder, relative to the root. */
  dir: string;
  /** What the coordinator still has to do, one line each. */
  notes: string[];
}

const SCHEMA_DIRECTIVE = /^\s*yaml-language-server:/;

// The id's refusals and a copy of an edition come before any site configuration is read (a copy
// loads no content): Swedish (sv) directly. From the template, the site is loaded, and the
// note after it follows the site's language.
const words = sv.commands.newEdition;

export async function createEdition(workspace: Workspace, id: string, from: string): Promise<NewEditionResult> {
  const target = await newEditionDir(workspace, id);
  const { files } = workspace;
  const source = join(AGREEMENT_DIR, from);
  if (!isEditionId(from) || (await files.kind(join(source, EDITION_FILE))) !== 'file') {
    const known = await existingEditions(workspace);
    throw new UsageError(words.noSource(from, `${AGREEMENT_DIR}/${from}/${EDITION_FILE}`, known, AGREEMENT_DIR));
  }
  const derived = deriveEditionYaml(decode(await files.read(join(source, EDITION_FILE))), { id, from });
  try {
    for (const path of await filesUnder(files, source)) {
      const relative = posix.relative(source, path);
      await files.write(join(target, relative), relative === EDITION_FILE ? derived.text : await files.read(path));
    }
    const reminders = await oldPeriodMentions(workspace, target, derived.oldPeriod);
    return { dir: target, notes: [...derived.notes, ...reminders] };
  } catch (error) {
    // A half-made edition would be loaded as a real one by every later command.
    await files.remove(target);
    throw error;
  }
}

/**
 * A draft from the template (edition/template.ts), for the municipality of the site
 * configuration: how an agreement signed on paper is carried in.
 */
export async function createEditionFromTemplate(workspace: Workspace, id: string, today: Date): Promise<NewEditionResult> {
  const target = await newEditionDir(workspace, id);
  const { site } = await loadContent(workspace);
  try {
    for (const [path, text] of Object.entries(starterEdition(id, site, today))) await workspace.files.write(join(target, path), text);
  } catch (error) {
    await workspace.files.remove(target);
    throw error;
  }
  return { dir: target, notes: [wordsFor(site.language).commands.newEdition.notes.fromTemplate(target)] };
}

/** The folder of a new edition: a valid id, never an existing folder. */
async function newEditionDir(workspace: Workspace, id: string): Promise<string> {
  if (!isEditionId(id)) throw new UsageError(words.badId(id, ID_MAX_LENGTH));
  const target = join(AGREEMENT_DIR, id);
  if ((await workspace.files.kind(target)) !== undefined) {
    throw new UsageError(words.exists(`${AGREEMENT_DIR}/${id}`));
  }
  return target;
}

const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

async function existingEditions(workspace: Workspace): Promise<string[]> {
  const entries = await workspace.files.list(AGREEMENT_DIR);
  const editions: string[] = [];
  for (const entry of entries) {
    if (entry.kind === 'directory' && (await workspace.files.kind(join(AGREEMENT_DIR, entry.name, EDITION_FILE))) === 'file') editions.push(entry.name);
  }
  return editions;
}

export interface DerivedEdition {
  text: string;
  notes: string[];
  /** The source edition's period, so that the copied text can be searched for it. */
  oldPeriod: { start?: string; end?: string };
}

/** The new edition.yaml: a draft of `id`, derived from `from`, waiting for its signatures. */
export function deriveEditionYaml(text: string, { id, from }: { id: string; from: string }): DerivedEdition {
  const doc = parseDocument(text);
  if (doc.errors.length > 0 || !isMap(doc.contents)) {
    throw new UsageError(words.sourceNotYaml(`${AGREEMENT_DIR}/${from}/${EDITION_FILE}`));
  }
  const map = doc.contents;
  const notes: string[] = [];
  const oldPeriod = { start: stringAt(doc, ['period', 'start']), end: stringAt(doc, ['period', 'end']) };

  rewriteHeader(doc, map, from);
  doc.set('id', id);
  doc.set('status', 'draft');
  insertAfter(doc, map, 'status', 'derivedFrom', from);

  const years = yearsOfId(id);
  if (years) {
    doc.setIn(['period', 'start'], `${years.first}-01-01`);
    doc.setIn(['period', 'end'], `${years.last}-12-31`);
    if (doc.hasIn(['period', 'openEnded'])) doc.deleteIn(['period', 'openEnded']);
    notes.push(words.notes.periodSet(years.first, years.last));
    for (const key of ['title', 'shortTitle']) {
      const before = stringAt(doc, [key]);
      const after = before === undefined ? undefined : replaceYears(before, oldPeriod, years);
      if (before !== undefined && after !== before) doc.set(key, after);
      else if (before !== undefined) notes.push(words.notes.checkKey(key, before));
    }
  } else {
    notes.push(words.notes.periodCopied(id, from));
    notes.push(words.notes.titlesCopied);
  }

  if (doc.hasIn(['signing', 'date'])) doc.deleteIn(['signing', 'date']);
  const signing = doc.get('signing');
  if (isMap(signing) && signing.items.length === 0) doc.delete('signing');
  // The decisions that adopted the old edition are not this draft's: the title page would show them as its own.
  const decisionKeys = ['decision', 'decisions'].filter((key) => doc.has(key));
  for (const key of decisionKeys) doc.delete(key);
  if (decisionKeys.length > 0) notes.push(words.notes.decisionRemoved(decisionKeys));

  const signatories = doc.get('signatories');
  if (isSeq(signatories)) {
    for (const item of signatories.items) if (isMap(item)) item.set('confirmed', false);
    const pair = map.items.find((item) => isScalar(item.key) && item.key.value === 'signatories');
    if (pair && isScalar(pair.key)) pair.key.commentBefore = words.signatoriesComment;
    notes.push(words.notes.signatoriesCopied);
  }

  return { text: doc.toString({ lineWidth: 0 }), notes, oldPeriod };
}

function stringAt(doc: Document, path: string[]): string | undefined {
  const value: unknown = doc.getIn(path);
  return typeof value === 'string' ? value : value instanceof Date ? value.toISOString().slice(0, 10) : undefined;
}

/**
 * yaml hangs the file's opening comment on the document, the map or the first key depending
 * on blank lines; wherever it is, it describes the source edition and is replaced. The schema
 * directive for editors is kept.
 */
function rewriteHeader(doc: Document, map: YAMLMap, from: string): void {
  const firstKey = map.items[0]?.key;
  const holders: Array<{ commentBefore?: string | null }> = [doc, map, ...(isScalar(firstKey) ? [firstKey] : [])];
  const holder = holders.find((candidate) => candidate.commentBefore);
  const directive = (holder?.commentBefore ?? '').split('\n').filter((line) => SCHEMA_DIRECTIVE.test(line));
  for (const candidate of holders) candidate.commentBefore = null;
  const lines = [...directive, ...words.header(from)];
  const target = isScalar(firstKey) ? firstKey : map;
  target.commentBefore = lines.join('\n');
}

function insertAfter(doc: Document, map: YAMLMap, after: string, key: string, value: string): void {
  if (map.has(key)) {
    map.set(key, value);
    return;
  }
  const index = map.items.findIndex((item) => isScalar(item.key) && item.key.value === after);
  map.items.splice(index + 1, 0, new Pair(doc.createNode(key), new Scalar(value)));
}

/** "… 2021 - 2025" → "… 2026 - 2029", keeping the way the years were joined. */
function replaceYears(text: string, oldPeriod: DerivedEdition['oldPeriod'], years: { first: number; last: number }): string {
  const first = oldPeriod.start?.slice(0, 4);
  const last = oldPeriod.end?.slice(0, 4);
  if (!first || !last) return text;
  return text.replace(new RegExp(`\\b${first}(\\s*[-–]\\s*)${last}\\b`, 'g'), `${years.first}$1${years.last}`);
}

/** Places in the copied Markdown that still name the old period's dates. */
async function oldPeriodMentions(workspace: Workspace, dir: string, oldPeriod: DerivedEdition['oldPeriod']): Promise<string[]> {
  const dates = [oldPeriod.start, oldPeriod.end].filter((date): date is string => date !== undefined);
  if (dates.length === 0) return [];
  const paths = (await filesUnder(workspace.files, dir)).filter((name) => name.endsWith('.md'));
  const notes: string[] = [];
  for (const path of paths) {
    const lines = decode(await workspace.files.read(path)).split('\n');
    lines.forEach((line, index) => {
      const found = dates.filter((date) => line.includes(date));
      if (found.length === 0) return;
      notes.push(words.notes.oldDates(`${path}:${index + 1}`, found));
    });
  }
  return notes;
}
