// Loads all content of a repository into the typed model. Files that cannot be read, parsed
// or validated are kept in `files` with their messages and left out of the model, so that
// nothing is built from them; the rules run on what is sound and on the editions whose
// edition.yaml alone failed its schema (salvaged, see ContentToCheck), so that every problem is
// still reported in one run.
import { posix } from 'node:path';
import { VFile } from 'vfile';
import { sv } from '../language/index.ts';
import type {
  CitizenPromise,
  Content,
  EditionData,
  FocusArea,
  FocusAreaData,
  GlossaryData,
  Edition,
  MarkdownSource,
  PromiseData,
  SicData,
  SiteData,
  YamlSource,
} from '../model/model.ts';
import { resolveSite } from '../model/site.ts';
import { compareCodePoints } from '../model/text.ts';
import { report } from '../report/problem.ts';
import { salvage } from '../validate/salvage.ts';
import { type SchemaName, validateAgainstSchema } from '../validate/schema.ts';
import type { EntryKind, SourceEntry, Workspace } from '../workspace/workspace.ts';
import { LOCK_FILE, type LockFileRead, readLocks } from '../lock/edition-lock.ts';
import { parseMarkdown, parseWithFrontmatter } from './parse-markdown.ts';
import { AGREEMENT_DIR, EDITION_FILE, FOCUS_AREA_DIR, GLOSSARY_FILE, PROMISES_DIR, SIC_FILE, SITE_FILE, TEXT_FILE } from './paths.ts';
import { parseYaml } from './parse-yaml.ts';
import { reportExceeded } from './limit-messages.ts';
import { LIMITS } from './limits.ts';
import { readSource, refuseEntry } from './read-source.ts';
import { loadSignedPdf, SIGNED_PDF_FILE } from './signed-pdf.ts';

const { join } = posix;
// The site configuration is what is being loaded: the loader's words are Swedish (sv) directly.
const words = sv.load;
const LOCK_FILE_NAME = posix.basename(LOCK_FILE);

export async function loadContent(workspace: Workspace): Promise<Content> {
  return (await loadContentToCheck(workspace)).content;
}

/**
 * What the check runs the rules on besides the model: every edition whose text could be read,
 * also one whose edition.yaml fails its schema, so that one mistyped key does not hide the
 * problems of its text, its focus areas and the promises they cite. Such an edition's data
 * keeps what the schema had nothing against (validate/salvage.ts), its edition.yaml says which
 * values are stood in for (standIns there), and it is never in the model that is built from.
 */
export interface ContentToCheck {
  content: Content;
  /** The model's editions and the salvaged ones, in folder order. */
  editions: Edition[];
}

export async function loadContentToCheck(workspace: Workspace): Promise<ContentToCheck> {
  const files: VFile[] = [];
  // Read by name, so that readSource (or the lock file's own check) reports them if they are links.
  const entries = await contentEntries(workspace, AGREEMENT_DIR, files, (name) => [GLOSSARY_FILE, SITE_FILE, SIC_FILE, LOCK_FILE_NAME].includes(name));
  const editionDirs = entries.filter((entry) => entry.kind === 'directory').map((entry) => entry.name);
  const kindOf = (name: string) => entries.find((entry) => entry.name === name)?.kind;
  const has = (name: string) => kindOf(name) !== undefined;

  const [editions, promises, glossary, site, sic, locks] = await Promise.all([
    Promise.all(editionDirs.map((dir) => loadEdition(workspace, dir, files))),
    loadPromises(workspace, files),
    has(GLOSSARY_FILE) ? loadYamlFile<GlossaryData>(workspace, join(AGREEMENT_DIR, GLOSSARY_FILE), 'glossary', files) : undefined,
    has(SITE_FILE) ? loadYamlFile<SiteData>(workspace, join(AGREEMENT_DIR, SITE_FILE), 'site', files) : undefined,
    has(SIC_FILE) ? loadYamlFile<SicData>(workspace, join(AGREEMENT_DIR, SIC_FILE), 'sic', files) : undefined,
    loadLocks(workspace, kindOf(LOCK_FILE_NAME), files),
  ]);
  const loaded = editions.flatMap((edition) => (edition && 'meta' in edition ? [edition] : []));
  const resolved = resolveSite(site?.data, loaded);
  const toCheck = editions.flatMap((edition) => {
    if (!edition || 'meta' in edition) return edition ? [edition] : [];
    const salvaged = salvageEdition(edition, resolved.municipality);
    return salvaged ? [salvaged] : [];
  });
  const content: Content = {
    root: workspace.root,
    editions: loaded,
    promises,
    glossary,
    siteSource: site,
    site: resolved,
    sic,
    locks,
    files: files.sort((a, b) => compareCodePoints(a.path, b.path)),
  };
  return { content, editions: toCheck };
}

/** An edition whose text was read but whose edition.yaml fails its schema. */
interface UnsoundEdition extends Omit<Edition, 'meta'> {
  metaSource: YamlSource<unknown>;
}

/**
 * The edition with what its data holds that the schema accepts. A required key it lacks is
 * stood in for by the folder name, the site's municipality, an open period, no parties or
 * signatories, and the focus areas in its folder; the status by final, neither a draft's leniency nor a signed
 * record's. Then the file's first schema error says that the rest of its checks wait.
 */
function salvageEdition({ metaSource, ...edition }: UnsoundEdition, municipality: string) {
  const standIns: EditionData = {
    id: edition.id,
    title: edition.id,
    status: 'final',
    municipality,
    period: { start: '0000-XX-XX', end: '9999-XX-XX' },
    // None, though the schema wants some: the rules only go through these lists.
    parties: [] as unknown as EditionData['parties'],
    signatories: [] as unknown as EditionData['signatories'],
    focusAreas: edition.focusAreaFiles.map((area) => area.meta.data.id),
  };
  const salvaged = salvage(metaSource.data, standIns);
  if (!salvaged) return undefined;
  if (salvaged.standIns.length > 0) {
    // On the file, where the rules can see which of its values are made up (validate/salvage.ts).
    metaSource.file.data.standIns = salvaged.standIns;
    const first = metaSource.file.messages.find((message) => message.ruleId === 'schema');
    if (first) first.note = `${first.note ?? ''} ${words.schema.checkedWhenMended}`.trim();
  }
  return { ...edition, meta: { ...metaSource, data: salvaged.data } };
}

async function loadEdition(workspace: Workspace, dir: string, files: VFile[]): Promise<Edition | UnsoundEdition | undefined> {
  const editionDir = join(AGREEMENT_DIR, dir);
  const metaPath = join(editionDir, EDITION_FILE);
  const textPath = join(editionDir, TEXT_FILE);
  const focusDir = join(editionDir, FOCUS_AREA_DIR);
  // The signed PDF's loader refuses a link by that name itself (signed-pdf.ts).
  const entries = await contentEntries(workspace, editionDir, files, (name) => [EDITION_FILE, TEXT_FILE, SIGNED_PDF_FILE].includes(name));
  const names = new Set(entries.map((entry) => entry.name));
  const signedPdfKind = entries.find((entry) => entry.name === SIGNED_PDF_FILE)?.kind;
  const missing = [metaPath, textPath].filter((path) => !names.has(posix.basename(path)));
  for (const path of missing) {
    const file = new VFile({ path, cwd: workspace.root });
    report(file, { ruleId: 'edition-files', severity: 'error', ...words.editionFileMissing(dir, posix.basename(path)) });
    files.push(file);
  }
  // Anything named *.md is read, so that readSource reports a link or a folder by that name.
  const focusEntries = names.has(FOCUS_AREA_DIR) ? await contentEntries(workspace, focusDir, files, isMarkdown) : [];
  const focusFiles = focusEntries.filter((entry) => entry.name.endsWith('.md')).map((entry) => join(focusDir, entry.name));
  const [meta, text, focusAreas, signedPdf] = await Promise.all([
    missing.includes(metaPath) ? undefined : readYamlFile(workspace, metaPath, files),
    missing.includes(textPath) ? undefined : loadMarkdownFile(workspace, textPath, files),
    Promise.all(focusFiles.map((path) => loadFrontmatterFile<FocusAreaData>(workspace, path, 'focusArea', words.frontmatter.about.focusArea, files))),
    signedPdfKind ? loadSignedPdf(workspace, join(editionDir, SIGNED_PDF_FILE), signedPdfKind) : undefined,
  ]);
  if (signedPdf) files.push(signedPdf.file);
  const sound = meta && validateAgainstSchema<EditionData>(meta, 'edition');
  if (!meta || !text) return undefined;
  const edition = {
    id: dir,
    dir: editionDir,
    text,
    focusAreaFiles: focusAreas
      .filter((area): area is NonNullable<typeof area> => area !== undefined)
      .map(([areaMeta, description]): FocusArea => ({ meta: areaMeta, description })),
    ...(signedPdf ? { signedPdf } : {}),
  };
  return sound ? { ...edition, meta: meta as YamlSource<EditionData> } : { ...edition, metaSource: meta };
}

async function loadPromises(workspace: Workspace, files: VFile[]): Promise<CitizenPromise[]> {
  // Subfolders hold generations of promises (promises/2024/…); all share one id space.
  const paths = (await markdownFilesIn(workspace, PROMISES_DIR, files)).sort(compareCodePoints);
  const loaded = await Promise.all(
    paths.map((path) => loadFrontmatterFile<PromiseData>(workspace, path, 'promise', words.frontmatter.about.promise, files)),
  );
  return loaded.filter((item): item is NonNullable<typeof item> => item !== undefined).map(([meta, body]) => ({ meta, body }));
}

/**
 * The .md files under `dir`, in real subfolders only: a linked folder is an error and is not
 * descended into, since it could lead out of the repository or round in a loop. Hidden folders are skipped.
 */
async function markdownFilesIn(workspace: Workspace, dir: string, files: VFile[]): Promise<string[]> {
  const entries = await contentEntries(workspace, dir, files, isMarkdown);
  const nested = await Promise.all(
    entries.map((entry) => {
      const path = join(dir, entry.name);
      if (entry.name.startsWith('.')) return [];
      if (entry.name.endsWith('.md')) return [path];
      return entry.kind === 'directory' ? markdownFilesIn(workspace, path, files) : [];
    }),
  );
  return nested.flat();
}

const isMarkdown = (name: string) => name.endsWith('.md');

/**
 * A content folder's entries. A link or a special file in it is an error on its own path, and
 * left out, unless `readByName` says a reader will open it by name and report it there. A
 * folder that is itself a link is an error, and nothing in it is listed. So is a folder with
 * more entries than limits.ts allows.
 */
async function contentEntries(workspace: Workspace, dir: string, files: VFile[], readByName: (name: string) => boolean): Promise<SourceEntry[]> {
  const kind = await workspace.files.kind(dir);
  if (kind === 'symlink' || kind === 'other') {
    const file = new VFile({ path: dir, cwd: workspace.root });
    refuseEntry(file, kind, 'folder');
    files.push(file);
    return [];
  }
  const entries = await workspace.files.list(dir);
  if (entries.length > LIMITS.folderEntries) {
    const file = new VFile({ path: dir, cwd: workspace.root });
    reportExceeded(file, { limit: 'folderEntries', line: 1 });
    files.push(file);
    return [];
  }
  return entries.filter((entry) => {
    if (entry.kind !== 'symlink' && entry.kind !== 'other') return true;
    if (readByName(entry.name)) return true;
    const file = new VFile({ path: join(dir, entry.name), cwd: workspace.root });
    refuseEntry(file, entry.kind, 'entry');
    files.push(file);
    return false;
  });
}

/**
 * The lock file, of the kind the listing of its folder gave: none without one; an error on it,
 * and no locks, when it is a link or a special file.
 */
async function loadLocks(workspace: Workspace, kind: EntryKind | undefined, files: VFile[]): Promise<LockFileRead> {
  const file = new VFile({ path: LOCK_FILE, cwd: workspace.root });
  if (kind === undefined) return { file, locks: {} };
  if (kind !== 'symlink' && kind !== 'other') return readLocks(workspace);
  refuseEntry(file, kind);
  files.push(file);
  return { file, locks: {} };
}

async function loadYamlFile<T>(workspace: Workspace, path: string, schema: SchemaName, files: VFile[]) {
  const source = await readYamlFile(workspace, path, files);
  return source && validateAgainstSchema<T>(source, schema) ? source : undefined;
}

/** The file's YAML data, not yet validated. */
async function readYamlFile(workspace: Workspace, path: string, files: VFile[]) {
  const { file, ok } = await readSource(workspace, path);
  files.push(file);
  return ok ? parseYaml(file, String(file.value)) : undefined;
}

async function loadMarkdownFile(workspace: Workspace, path: string, files: VFile[]) {
  const { file, ok } = await readSource(workspace, path);
  files.push(file);
  return ok ? parseMarkdown(file) : undefined;
}

async function loadFrontmatterFile<T>(
  workspace: Workspace,
  path: string,
  schema: SchemaName,
  what: string,
  files: VFile[],
): Promise<[YamlSource<T>, MarkdownSource] | undefined> {
  const { file, ok } = await readSource(workspace, path);
  files.push(file);
  if (!ok) return undefined;
  const { meta, body } = parseWithFrontmatter(file, what);
  return meta && body && validateAgainstSchema<T>(meta, schema) ? [meta, body] : undefined;
}
