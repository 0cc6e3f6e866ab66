// axe-core in Chromium on a built page. The page is opened as a file: URL that can load only
// files inside dist/; the page's own CSP forbids every script, so CSP is bypassed for the test
// page alone, and axe is injected from node_modules.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AxeResults } from 'axe-core';
import type { Browser, Page } from 'puppeteer';
import { openOfflinePage } from '../../scripts/print/browser.ts';

export const AXE_SCRIPT = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** WCAG 2.1 A and AA, as the Swedish accessibility law (via EN 301 549) requires, and axe's best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] as const;

export interface AxeViolation {
  id: string;
  impact: string | null | undefined;
  help: string;
  helpUrl: string;
  targets: string[];
}

export interface OpenedPage {
  page: Page;
  /** Requests the page tried to make outside the allowed folder. */
  blocked: string[];
}

export interface OpenOptions {
  viewport?: { width: number; height: number };
  /** Allow running axe (the page's CSP forbids scripts): JavaScript on, CSP bypassed. */
  forAxe?: boolean;
}

/** Puppeteer's default, for a page opened without a viewport after one that had one. */
const DEFAULT_VIEWPORT = { width: 800, height: 600 };

/**
 * One page per browser, folder and kind (with or without axe), navigated from page to page:
 * opening a tab costs more than loading a built page, and a file visits a dozen pages.
 */
const opened = new WeakMap<Browser, Map<string, { page: Page; blocked: string[] }>>();

/**
 * Opens `distDir/pagePath` offline, loading only files under `distDir`. The page is reused by
 * the next call for the same folder; closing it is allowed but not needed: the worker's browser
 * lives for the whole run, and the page with it.
 */
export async function openBuiltPage(browser: Browser, distDir: string, pagePath: string, options: OpenOptions = {}): Promise<OpenedPage> {
  let pages = opened.get(browser);
  if (!pages) opened.set(browser, (pages = new Map()));
  const key = `${options.forAxe ? 'axe' : 'plain'}\0${distDir}`;
  let entry = pages.get(key);
  if (!entry || entry.page.isClosed()) {
    const page = await openOfflinePage(browser, distDir, { javaScript: options.forAxe ?? false, onBlocked: (url) => pages.get(key)?.blocked.push(url) });
    if (options.forAxe) await page.setBypassCSP(true);
    entry = { page, blocked: [] };
    pages.set(key, entry);
  }
  entry.blocked = [];
  await entry.page.setViewport(options.viewport ?? DEFAULT_VIEWPORT);
  const response = await entry.page.goto(pathToFileURL(join(distDir, pagePath)).href, { waitUntil: 'load' });
  if (response && !response.ok()) throw new Error(`${pagePath} did not load: ${response.status()}`);
  return { page: entry.page, blocked: entry.blocked };
}

/** Runs axe on the whole document with AXE_TAGS and returns the violations, compactly. */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: AXE_SCRIPT });
  const results = await page.evaluate(
    (tags) => (window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResults> } }).axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    }),
    [...AXE_TAGS],
  );
  return results.violations.map((violation) => ({
    id: violation.id,
    impact: violation.impact,
    help: violation.help,
    helpUrl: violation.helpUrl,
    targets: violation.nodes.map((node) => node.target.map(String).join(' ')),
  }));
}

/** One line per violation, for an assertion message a developer can act on. */
export function formatViolations(pagePath: string, violations: AxeViolation[]): string {
  return violations
    .map((v) => `${pagePath}: ${v.id} (${v.impact ?? 'no impact'}): ${v.help}\n    on ${v.targets.join(', ')}\n    ${v.helpUrl}`)
    .join('\n');
}
