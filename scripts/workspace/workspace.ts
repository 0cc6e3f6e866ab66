// Every input of the pipeline comes through a Workspace, after typst's `World`: the content
// files, the source date, the browser, the tool's own assets and the CI kind. The command layer
// builds one from the disk and the environment (cli/disk-workspace.ts); tests build one in
// memory (workspace/memory-workspace.ts). Nothing below the command layer reads process.env,
// process.cwd() or locates files by its own module path.
import type { Browser } from 'puppeteer';

/** What stands at a path, without following a link. */
export type EntryKind = 'file' | 'directory' | 'symlink' | 'other';

export interface SourceEntry {
  name: string;
  kind: EntryKind;
}

/** The content files, by paths relative to the content root with "/" as separator. */
export interface SourceFiles {
  /** A folder's entries in code-point order; empty when there is no such folder. */
  list(dir: string): Promise<SourceEntry[]>;
  /** undefined when nothing stands at the path. */
  kind(path: string): Promise<EntryKind | undefined>;
  /** Rejects with an error carrying a Node error code (ENOENT, EISDIR, EFBIG when larger than `maxBytes`…) when it cannot. */
  read(path: string, maxBytes?: number): Promise<Uint8Array>;
  write(path: string, data: string | Uint8Array): Promise<void>;
  /** Removes a file or a folder with everything in it. */
  remove(path: string): Promise<void>;
}

/** Files shipped with the tool itself (stylesheets, fonts), by path relative to its install folder. */
export interface ToolAssets {
  read(path: string): Uint8Array;
  /** Absolute path of a file inside an installed package, e.g. ('@fontsource/noto-serif', 'files/x.woff2'). */
  packageFile(pkg: string, path: string): string;
}

/** A launched browser lent to the PDF path: released by closing it, or, when a long-lived caller keeps it, by giving it back. */
export interface BrowserLease {
  browser: Browser;
  release(): Promise<void>;
}

export type CiKind = 'github' | 'gitlab' | 'none';

export interface Workspace {
  /** Where the content lives: shown in messages, and the default parent of dist/. */
  root: string;
  files: SourceFiles;
  /** The date of a document made from these content paths: SOURCE_DATE_EPOCH, else the last commit, else a fixed date. */
  sourceDate(paths: readonly string[]): Date;
  /** The commit the content was built from, when known. */
  commit(): string | undefined;
  /** The browser executable; rejects with an EnvironmentError when there is none. */
  browserPath(): Promise<string>;
  /** A browser to print with (see print/browser-lease.ts); rejects like browserPath. Release it when done. */
  browser(): Promise<BrowserLease>;
  assets: ToolAssets;
  ci: CiKind;
}

/** An error as node:fs gives it, with the code that readers of SourceFiles tell cases apart by. */
export function fileError(code: string, message: string): NodeJS.ErrnoException {
  return Object.assign(new Error(message), { code });
}

/** Every regular file under `dir`, recursively, in code-point order; links and special files are left out. */
export async function filesUnder(files: SourceFiles, dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await files.list(dir)) {
    const path = dir === '' ? entry.name : `${dir}/${entry.name}`;
    if (entry.kind === 'file') found.push(path);
    else if (entry.kind === 'directory') found.push(...(await filesUnder(files, path)));
  }
  return found;
}
