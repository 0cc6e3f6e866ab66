// Workspaces for tests: content in memory (read from a fixture folder, then changed by the
// test), or on disk for the few cases memory cannot stand for. The tool's assets and the
// browser are the real ones.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { diskWorkspace } from '../../scripts/cli/disk-workspace.ts';
import { keepBrowser, launchedLease } from '../../scripts/print/browser-lease.ts';
import { BROWSER_VARIABLES, findBrowser } from '../../scripts/print/find-browser.ts';
import type { MemoryEntry } from '../../scripts/workspace/memory-files.ts';
import { memoryWorkspace } from '../../scripts/workspace/memory-workspace.ts';
import { toolAssets } from '../../scripts/workspace/tool-assets.ts';
import type { Workspace } from '../../scripts/workspace/workspace.ts';

export const REPOSITORY_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const FIXTURES_DIR = fileURLToPath(new URL('../fixtures/', import.meta.url));
export const TEST_ASSETS = toolAssets(REPOSITORY_ROOT);
/** 2026-01-01T00:00:00Z, the date every test build carries. */
export const TEST_SOURCE_DATE_EPOCH = '1767225600';
export const TEST_DATE = new Date(Number(TEST_SOURCE_DATE_EPOCH) * 1000);

/** A print frame without fonts or print.css: for tests that read the print document's HTML, not its layout. */
export const NO_FRAME = { fontFaces: '', css: '' };

/** Every file under `dir` (content folders only: agreement/ and promises/), as path → bytes. */
export function readTree(dir: string): Record<string, Uint8Array> {
  const files: Record<string, Uint8Array> = {};
  for (const top of ['agreement', 'promises']) {
    let entries;
    try {
      entries = readdirSync(join(dir, top), { recursive: true, withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      if (!entry.isFile()) continue;
      const path = join(entry.parentPath, entry.name);
      files[relative(dir, path).split(sep).join('/')] = readFileSync(path);
    }
  }
  return files;
}

/** New content for a file: text or bytes, a function of its current text, or null to delete it. */
export type Override = string | Uint8Array | null | MemoryEntry | ((current: string) => string);

export function applyOverrides(files: Record<string, MemoryEntry>, overrides: Record<string, Override>): Record<string, MemoryEntry> {
  const result = { ...files };
  for (const [path, override] of Object.entries(overrides)) {
    if (override === null) {
      for (const key of Object.keys(result)) if (key === path || key.startsWith(`${path}/`)) delete result[key];
    } else if (typeof override === 'function') {
      const current = result[path];
      if (current === undefined || (typeof current === 'object' && !(current instanceof Uint8Array))) throw new Error(`${path} finns inte i fixturen`);
      result[path] = override(typeof current === 'string' ? current : new TextDecoder().decode(current));
    } else {
      result[path] = override;
    }
  }
  return result;
}

/**
 * One browser per test worker, lent to every build and browser test in it that does not ask for
 * a browser of its own: a launch costs more than a short print. It goes with the worker; its
 * profile is inside the run's own temporary folder, which the global setup removes.
 */
export const TEST_BROWSER = keepBrowser(() => launchedLease(findBrowser(process.env)));

/** A fixture folder (relative to test/fixtures) in memory, with `overrides` applied. */
export function fixtureWorkspace(name: string, overrides: Record<string, Override> = {}) {
  return memoryWorkspace({
    files: applyOverrides(readTree(join(FIXTURES_DIR, name)), overrides),
    assets: TEST_ASSETS,
    date: TEST_DATE,
    browserPath: () => findBrowser(process.env),
    browser: TEST_BROWSER.lend,
  });
}

/** Content on disk at `root`, seen as the commands see it, with the test date. */
export function diskTestWorkspace(root: string, env: NodeJS.ProcessEnv = {}): Workspace {
  const workspace = diskWorkspace({ env: { ...process.env, GITHUB_ACTIONS: '', GITLAB_CI: '', SOURCE_DATE_EPOCH: TEST_SOURCE_DATE_EPOCH, ...env, AGREEMENT_ROOT: root } });
  // A test that names a browser of its own (or none) gets what it names.
  const ownBrowser = BROWSER_VARIABLES.some((name) => name in env);
  return ownBrowser ? workspace : { ...workspace, browser: TEST_BROWSER.lend };
}
