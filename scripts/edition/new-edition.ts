// Creates a draft edition from an existing one: the sources are copied as they are, and only
// edition.yaml is rewritten, through yaml's Document API so that the coordinator's comments
// and key order survive. Every refusal is a UsageError: the command maps it to exit 2.
import { posix } from 'node:path';
import { isMap, isScalar, isSeq, Pair, parseDocument, Scalar, type Document, type YAMLMap } from 'yaml';
import { UsageError } from '../errors.ts';
import { AGREEMENT_DIR, EDITION_FILE } from '../load/paths.ts';
import { filesUnder, type Workspace } from '../workspace/workspace.ts';
import { loadContent } from '../load/load-content.ts';
import { ID_RULE, isEditionId, yearsOfId } from './edition-id.ts';
import { starterEdition } from './template.ts';

const { join } = posix;

export interface NewEditionResult {
  /** The new edition's folder, relative to the root. */
  dir: string;
  /** What the coordinator still has to do, one line each. */
  notes: string[];
}

const SCHEMA_DIRECTIVE = /^\s*yaml-language-server:/;

const SIGNATORIES_COMMENT =
  ' ATT BEKRÄFTA: undertecknarna är kopierade från förra utgåvan. Kontrollera namn och titel\n' +
  ' för varje part och sätt confirmed: true (eller ta bort raden) när det är bekräftat.';

export async function createEdition(workspace: Workspace, id: string, from: string): Promise<NewEditionResult> {
  const target = await newEditionDir(workspace, id);
  const { files } = workspace;
  const source = join(AGREEMENT_DIR, from);
  if (!isEditionId(from) || (await files.kind(join(source, EDITION_FILE))) !== 'file') {
    const known = await existingEditions(workspace);
    throw new UsageError(
      `Det finns ingen utgåva "${from}" att utgå från (ingen fil ${AGREEMENT_DIR}/${from}/${EDITION_FILE}).` +
        (known.length > 0 ? ` Utgåvor som finns: ${known.join(', ')}.` : ` Det finns inga utgåvor i ${AGREEMENT_DIR}/.`),
    );
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
  return { dir: target, notes: [`Ersätt varje ATT GÖRA i ${target} med texten och uppgifterna som de står i överenskommelsen.`] };
}

/** The folder of a new edition: a valid id, never an existing folder. */
async function newEditionDir(workspace: Workspace, id: string): Promise<string> {
  if (!isEditionId(id)) throw new UsageError(`"${id}" går inte att använda som id för en utgåva. Ett id har ${ID_RULE}.`);
  const target = join(AGREEMENT_DIR, id);
  if ((await workspace.files.kind(target)) !== undefined) {
    throw new UsageError(
      `${AGREEMENT_DIR}/${id} finns redan, och en befintlig utgåva skrivs aldrig över. ` +
        'Välj ett annat id, eller ta bort mappen själv om den verkligen ska ersättas.',
    );
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
    throw new UsageError(
      `${AGREEMENT_DIR}/${from}/${EDITION_FILE} går inte att läsa som YAML. Kör npm run check och rätta felen först.`,
    );
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
    notes.push(`Perioden är satt till ${years.first}-01-01 – ${years.last}-12-31 efter id:t. Ändra period i edition.yaml om den ska vara en annan.`);
    for (const key of ['title', 'shortTitle']) {
      const before = stringAt(doc, [key]);
      const after = before === undefined ? undefined : replaceYears(before, oldPeriod, years);
      if (before !== undefined && after !== before) doc.set(key, after);
      else if (before !== undefined) notes.push(`Kontrollera ${key} i edition.yaml: "${before}".`);
    }
  } else {
    notes.push(`Id:t "${id}" säger inget om perioden, så den är kopierad från ${from}. Sätt period (start och end) i edition.yaml.`);
    notes.push('Kontrollera title och shortTitle i edition.yaml: de är kopierade oförändrade.');
  }

  if (doc.hasIn(['signing', 'date'])) doc.deleteIn(['signing', 'date']);
  const signing = doc.get('signing');
  if (isMap(signing) && signing.items.length === 0) doc.delete('signing');
  if (doc.has('decision')) {
    doc.delete('decision');
    notes.push('Beslutet (decision) hörde till förra utgåvan och är borttaget. Lägg till det nya beslutet när det är fattat.');
  }

  const signatories = doc.get('signatories');
  if (isSeq(signatories)) {
    for (const item of signatories.items) if (isMap(item)) item.set('confirmed', false);
    const pair = map.items.find((item) => isScalar(item.key) && item.key.value === 'signatories');
    if (pair && isScalar(pair.key)) pair.key.commentBefore = SIGNATORIES_COMMENT;
    notes.push('Undertecknarna är kopierade och markerade confirmed: false. Bekräfta vem som skriver under för varje part.');
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
  const lines = [
    ...directive,
    ` Utkast till ny utgåva, skapat med npm run new-edition från ${from}.`,
    ' Texten, fokusområdena och hänvisningarna till medborgarlöften är kopierade: ändra dem fritt.',
  ];
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
      notes.push(`${path}:${index + 1} nämner förra periodens datum (${found.join(', ')}): ändra till den nya perioden.`);
    });
  }
  return notes;
}
