// Loads all content of a repository into the typed model. Files that cannot be read, parsed
// or validated are kept in `files` with their messages and left out of the model, so the
// rules run on what is sound and every problem is still reported in one run.
import { posix } from 'node:path';
import { VFile } from 'vfile';
import type {
  CitizenPromise,
  Content,
  EditionData,
  FocusArea,
  FocusAreaData,
  GlossaryData,
  Edition,
  PromiseData,
  SiteData,
  YamlSource,
} from '../model/model.ts';
import { resolveSite } from '../model/site.ts';
import { compareCodePoints } from '../model/text.ts';
import { report } from '../report/problem.ts';
import { type SchemaName, validateAgainstSchema } from '../validate/schema.ts';
import type { Workspace } from '../workspace/workspace.ts';
import { readLocks } from '../lock/edition-lock.ts';
import { parseMarkdown, parseWithFrontmatter } from './parse-markdown.ts';
import { AGREEMENT_DIR, EDITION_FILE, FOCUS_AREA_DIR, GLOSSARY_FILE, PROMISES_DIR, SITE_FILE, TEXT_FILE } from './paths.ts';
import { parseYaml } from './parse-yaml.ts';
import { readSource } from './read-source.ts';
import { loadSignedPdf } from './signed-pdf.ts';


const { join } = posix;

export async function loadContent(workspace: Workspace): Promise<Content> {
  const files: VFile[] = [];
  const entries = await workspace.files.list(AGREEMENT_DIR);
  const editionDirs = entries.filter((entry) => entry.kind === 'directory').map((entry) => entry.name);
  const has = (name: string) => entries.some((entry) => entry.name === name);

  const [editions, promises, glossary, site, locks] = await Promise.all([
    Promise.all(editionDirs.map((dir) => loadEdition(workspace, dir, files))),
    loadPromises(workspace, files),
    has(GLOSSARY_FILE) ? loadYamlFile<GlossaryData>(workspace, join(AGREEMENT_DIR, GLOSSARY_FILE), 'glossary', files) : undefined,
    has(SITE_FILE) ? loadYamlFile<SiteData>(workspace, join(AGREEMENT_DIR, SITE_FILE), 'site', files) : undefined,
    readLocks(workspace),
  ]);
  const loaded = editions.filter((edition): edition is Edition => edition !== undefined);
  return {
    root: workspace.root,
    editions: loaded,
    promises,
    glossary,
    siteSource: site,
    site: resolveSite(site?.data, loaded),
    locks,
    files: files.sort((a, b) => compareCodePoints(a.path, b.path)),
  };
}

async function loadEdition(workspace: Workspace, dir: string, files: VFile[]): Promise<Edition | undefined> {
  const editionDir = join(AGREEMENT_DIR, dir);
  const metaPath = join(editionDir, EDITION_FILE);
  const textPath = join(editionDir, TEXT_FILE);
  const focusDir = join(editionDir, FOCUS_AREA_DIR);
  const names = new Set((await workspace.files.list(editionDir)).map((entry) => entry.name));
  const missing = [metaPath, textPath].filter((path) => !names.has(posix.basename(path)));
  for (const path of missing) {
    const file = new VFile({ path, cwd: workspace.root });
    report(file, {
      ruleId: 'edition-files',
      severity: 'error',
      reason: `Utgåvan "${dir}" saknar filen ${file.basename}.`,
      fix: 'Varje mapp under agreement/ är en utgåva med edition.yaml (uppgifterna) och text.md (texten). Skapa en ny utgåva med npm run new-edition -- <id> --from <utgåva>.',
    });
    files.push(file);
  }
  // Anything named *.md is read, so that readSource reports a link or a folder by that name.
  const focusFiles = (await workspace.files.list(focusDir)).filter((entry) => entry.name.endsWith('.md')).map((entry) => join(focusDir, entry.name));
  const [meta, text, focusAreas, signedPdf] = await Promise.all([
    missing.includes(metaPath) ? undefined : loadYamlFile<EditionData>(workspace, metaPath, 'edition', files),
    missing.includes(textPath) ? undefined : loadMarkdownFile(workspace, textPath, files),
    Promise.all(focusFiles.map((path) => loadFrontmatterFile<FocusAreaData>(workspace, path, 'focusArea', 'fokusområdet', files))),
    loadSignedPdf(workspace, editionDir),
  ]);
  if (signedPdf) files.push(signedPdf.file);
  if (!meta || !text) return undefined;
  return {
    id: dir,
    dir: editionDir,
    meta,
    text,
    focusAreaFiles: focusAreas
      .filter((area): area is NonNullable<typeof area> => area !== undefined)
      .map(([areaMeta, description]): FocusArea => ({ meta: areaMeta, description })),
    ...(signedPdf ? { signedPdf } : {}),
  };
}

async function loadPromises(workspace: Workspace, files: VFile[]): Promise<CitizenPromise[]> {
  // Subfolders hold generations of promises (promises/2024/…); all share one id space.
  const paths = (await markdownFilesIn(workspace, PROMISES_DIR)).sort(compareCodePoints);
  const loaded = await Promise.all(
    paths.map((path) => loadFrontmatterFile<PromiseData>(workspace, path, 'promise', 'medborgarlöftet', files)),
  );
  return loaded.filter((item): item is NonNullable<typeof item> => item !== undefined).map(([meta, body]) => ({ meta, body }));
}

/**
 * The .md files under `dir`, in real subfolders only: a linked folder is not descended into,
 * since it could lead out of the repository or round in a loop. Hidden folders are skipped.
 */
async function markdownFilesIn(workspace: Workspace, dir: string): Promise<string[]> {
  const entries = await workspace.files.list(dir);
  const nested = await Promise.all(
    entries.map((entry) => {
      const path = join(dir, entry.name);
      if (entry.name.startsWith('.')) return [];
      if (entry.name.endsWith('.md')) return [path];
      return entry.kind === 'directory' ? markdownFilesIn(workspace, path) : [];
    }),
  );
  return nested.flat();
}

async function loadYamlFile<T>(workspace: Workspace, path: string, schema: SchemaName, files: VFile[]) {
  const { file, ok } = await readSource(workspace, path);
  files.push(file);
  if (!ok) return undefined;
  const source = parseYaml(file, String(file.value));
  return source && validateAgainstSchema<T>(source, schema) ? source : undefined;
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
): Promise<[YamlSource<T>, ReturnType<typeof parseMarkdown>] | undefined> {
  const { file, ok } = await readSource(workspace, path);
  files.push(file);
  if (!ok) return undefined;
  const { meta, body } = parseWithFrontmatter(file, what);
  return meta && validateAgainstSchema<T>(meta, schema) ? [meta, body] : undefined;
}
