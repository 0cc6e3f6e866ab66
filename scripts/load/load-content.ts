// Loads all content of a repository into the typed model. Files that cannot be read, parsed
// or validated are kept in `files` with their messages and left out of the model, so the
// rules run on what is sound and every problem is still reported in one run.
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
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
  YamlSource,
} from '../model/model.ts';
import { compareCodePoints } from '../model/text.ts';
import { report } from '../report/problem.ts';
import { validateAgainstSchema } from '../validate/schema.ts';
import { parseMarkdown, parseWithFrontmatter } from './parse-markdown.ts';
import { parseYaml } from './parse-yaml.ts';
import { readSource } from './read-source.ts';

export const AGREEMENT_DIR = 'agreement';
export const PROMISES_DIR = 'promises';
export const GLOSSARY_FILE = 'ordlista.yaml';
export const EDITION_FILE = 'edition.yaml';
export const TEXT_FILE = 'text.md';
export const FOCUS_AREA_DIR = 'fokusomraden';

export async function loadContent(root: string): Promise<Content> {
  const files: VFile[] = [];
  const agreementDir = join(root, AGREEMENT_DIR);
  const entries = existsSync(agreementDir) ? await readdir(agreementDir, { withFileTypes: true }) : [];
  const editionDirs = entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();

  const [editions, promises, glossary] = await Promise.all([
    Promise.all(editionDirs.map((dir) => loadEdition(root, dir, files))),
    loadPromises(root, files),
    existsSync(join(agreementDir, GLOSSARY_FILE))
      ? loadYamlFile<GlossaryData>(root, join(agreementDir, GLOSSARY_FILE), 'glossary', files)
      : undefined,
  ]);
  return {
    root,
    editions: editions.filter((edition): edition is Edition => edition !== undefined),
    promises,
    glossary,
    files: files.sort((a, b) => compareCodePoints(a.path, b.path)),
  };
}

async function loadEdition(root: string, dir: string, files: VFile[]): Promise<Edition | undefined> {
  const editionDir = join(root, AGREEMENT_DIR, dir);
  const metaPath = join(editionDir, EDITION_FILE);
  const textPath = join(editionDir, TEXT_FILE);
  const focusDir = join(editionDir, FOCUS_AREA_DIR);
  const missing = [metaPath, textPath].filter((path) => !existsSync(path));
  for (const path of missing) {
    const file = new VFile({ path: join(AGREEMENT_DIR, dir, path === metaPath ? EDITION_FILE : TEXT_FILE), cwd: root });
    report(file, {
      ruleId: 'edition-files',
      severity: 'error',
      reason: `Utgåvan "${dir}" saknar filen ${file.basename}.`,
      fix: 'Varje mapp under agreement/ är en utgåva med edition.yaml (uppgifterna) och text.md (texten). Skapa en ny utgåva med npm run new-edition -- <id> --from <utgåva>.',
    });
    files.push(file);
  }
  const focusFiles = existsSync(focusDir)
    ? (await readdir(focusDir)).filter((name) => name.endsWith('.md')).sort().map((name) => join(focusDir, name))
    : [];
  const [meta, text, focusAreas] = await Promise.all([
    missing.includes(metaPath) ? undefined : loadYamlFile<EditionData>(root, metaPath, 'edition', files),
    missing.includes(textPath) ? undefined : loadMarkdownFile(root, textPath, files),
    Promise.all(focusFiles.map((path) => loadFrontmatterFile<FocusAreaData>(root, path, 'focus-area', 'fokusområdet', files))),
  ]);
  if (!meta || !text) return undefined;
  return {
    id: dir,
    dir: join(AGREEMENT_DIR, dir),
    meta,
    text,
    focusAreaFiles: focusAreas
      .filter((area): area is NonNullable<typeof area> => area !== undefined)
      .map(([areaMeta, description]): FocusArea => ({ meta: areaMeta, description })),
  };
}

async function loadPromises(root: string, files: VFile[]): Promise<CitizenPromise[]> {
  const dir = join(root, PROMISES_DIR);
  if (!existsSync(dir)) return [];
  // Subfolders hold generations of promises (promises/2024/…); all share one id space.
  const paths = (await markdownFilesIn(dir)).sort(compareCodePoints);
  const loaded = await Promise.all(
    paths.map((path) => loadFrontmatterFile<PromiseData>(root, path, 'promise', 'medborgarlöftet', files)),
  );
  return loaded.filter((item): item is NonNullable<typeof item> => item !== undefined).map(([meta, body]) => ({ meta, body }));
}

/**
 * The .md files under `dir`, in real subfolders only: a linked folder is not descended into,
 * since it could lead out of the repository or round in a loop. Hidden folders are skipped.
 */
async function markdownFilesIn(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => {
      const path = join(dir, entry.name);
      if (entry.name.startsWith('.')) return [];
      // Anything named *.md is read, so that readSource reports a link or a folder by that name.
      if (entry.name.endsWith('.md')) return [path];
      return entry.isDirectory() ? markdownFilesIn(path) : [];
    }),
  );
  return nested.flat();
}

async function loadYamlFile<T>(root: string, path: string, schema: 'edition' | 'glossary', files: VFile[]) {
  const { file, ok } = await readSource(root, path);
  files.push(file);
  if (!ok) return undefined;
  const source = parseYaml(file, String(file.value));
  return source && validateAgainstSchema<T>(source, schema) ? source : undefined;
}

async function loadMarkdownFile(root: string, path: string, files: VFile[]) {
  const { file, ok } = await readSource(root, path);
  files.push(file);
  return ok ? parseMarkdown(file) : undefined;
}

async function loadFrontmatterFile<T>(
  root: string,
  path: string,
  schema: 'focus-area' | 'promise',
  what: string,
  files: VFile[],
): Promise<[YamlSource<T>, ReturnType<typeof parseMarkdown>] | undefined> {
  const { file, ok } = await readSource(root, path);
  files.push(file);
  if (!ok) return undefined;
  const { meta, body } = parseWithFrontmatter(file, what);
  return meta && validateAgainstSchema<T>(meta, schema) ? [meta, body] : undefined;
}
