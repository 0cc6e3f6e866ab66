// A Workspace whose content lives in memory, with a fixed date and no CI: what tests give the
// pipeline. The tool's assets and the browser are still the real ones, passed in.
import { EnvironmentError } from '../errors.ts';
import { sv } from '../language/index.ts';
import { launchedLease } from '../print/browser-lease.ts';
import { type MemoryEntry, memoryFiles } from './memory-files.ts';
import type { BrowserLease, ToolAssets, Workspace } from './workspace.ts';

export interface MemoryWorkspaceOptions {
  files: Record<string, MemoryEntry>;
  assets: ToolAssets;
  date?: Date;
  commit?: string;
  browserPath?: () => Promise<string>;
  /** Defaults to launching the browser at browserPath for each lease. */
  browser?: () => Promise<BrowserLease>;
  root?: string;
}

export function memoryWorkspace(options: MemoryWorkspaceOptions): Workspace & { files: ReturnType<typeof memoryFiles> } {
  const date = options.date ?? new Date(Date.UTC(2026, 0, 1));
  const browserPath = options.browserPath ?? (() => Promise.reject(new EnvironmentError(sv.workspace.noBrowser)));
  return {
    root: options.root ?? '/minne',
    files: memoryFiles(options.files),
    sourceDate: () => date,
    commit: () => options.commit,
    browserPath,
    browser: options.browser ?? (() => launchedLease(browserPath())),
    assets: options.assets,
    ci: 'none',
  };
}
