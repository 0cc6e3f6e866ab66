// The loaded content model: what every stage after loading works on. The data shapes come
// from the JSON Schemas (content.generated.ts); this file adds where each piece came from,
// so that any stage can point a message at a file, line and column.
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { LockFileRead } from '../lock/edition-lock.ts';
import type { SignedPdfRecord } from '../sign/signed-record.ts';
import type { EditionData, FocusAreaData, GlossaryData, PromiseData, PublishTargetData, SicData, SiteData } from './content.generated.ts';

export type * from './content.generated.ts';

export type EditionStatus = EditionData['status'];

/** A path into a YAML value, as ajv's instancePath or yaml's getIn take it. */
export type DataPath = ReadonlyArray<string | number>;

export interface Point {
  line: number;
  column: number;
}
export interface Place {
  start: Point;
  end?: Point;
}

/** YAML data (a file or a Markdown file's frontmatter) that can say where each value stands. */
export interface YamlSource<T> {
  file: VFile;
  data: T;
  /** Position of the value at `path`; of its key when `key` is true; else of the nearest enclosing value. */
  locate(path: DataPath, key?: boolean): Place;
}

/** A Markdown document: its syntax tree carries positions in `file`. */
export interface MarkdownSource {
  file: VFile;
  tree: Root;
}

export interface FocusArea {
  meta: YamlSource<FocusAreaData>;
  description: MarkdownSource;
}

export interface Edition {
  /** The folder name under agreement/. */
  id: string;
  dir: string;
  meta: YamlSource<EditionData>;
  text: MarkdownSource;
  /** Every focus-area file found in the edition's folder, in file-name order. */
  focusAreaFiles: FocusArea[];
  /** The signed PDF committed into the edition's folder, published instead of a print. */
  signedPdf?: SignedPdfRecord;
}

export interface CitizenPromise {
  meta: YamlSource<PromiseData>;
  body: MarkdownSource;
}

export interface Content {
  /** Absolute path of the repository (or fixture) root. */
  root: string;
  editions: Edition[];
  promises: CitizenPromise[];
  glossary?: YamlSource<GlossaryData>;
  /** agreement/webbplats.yaml, when there is one. */
  siteSource?: YamlSource<SiteData>;
  /** The site configuration with its defaults filled in. */
  site: SiteConfig;
  /** agreement/sic.yaml: the signed editions' known mistakes, kept on purpose. */
  sic?: YamlSource<SicData>;
  /** agreement/locks.json: the hashes of the signed editions. */
  locks: LockFileRead;
  /** Every file read, also those that could not be parsed, carrying their messages. */
  files: VFile[];
}

/** An edition's focus areas in the order edition.yaml lists them, the unresolved ids left out. */
export function orderedFocusAreas(edition: Edition): FocusArea[] {
  const byId = new Map(edition.focusAreaFiles.map((area) => [area.meta.data.id, area]));
  return edition.meta.data.focusAreas.flatMap((id) => byId.get(id) ?? []);
}

/** The site configuration as every stage uses it: agreement/webbplats.yaml with its defaults filled in (model/site.ts). */
export interface SiteConfig {
  municipality: string;
  policeArea: string;
  language: 'sv';
  siteName: string;
  indexTitle: string;
  footer: string;
  /** Without .pdf, with {kommun} and {utgava} to be filled in. */
  pdfFileName: string;
  keywords: string[];
  promiseActors: Record<string, string>;
  /** The publishing targets (webbplats.yaml's targets). */
  targets: PublishTargetData[];
  /** Set when the build is for one of the targets (npm run build -- --site <mål>): its pages carry its addresses. */
  publication?: PublishTargetData;
}
