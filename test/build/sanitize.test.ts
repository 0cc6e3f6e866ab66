// Nothing from content runs as script in a published page. The hostile fixture carries raw HTML,
// javascript: links, remote images and frames in its Markdown, and markup in its YAML strings.
// `npm run check` rejects the raw HTML (rule no-raw-html) and the build refuses to run; and
// should the renderer ever see such content anyway, what it writes is still inert: no script,
// no event handler, no javascript: URL, no frame, no style in the body, no remote image, and
// YAML text shows up as the text it is.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { visit } from 'unist-util-visit';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../scripts/build/build-site.ts';
import type { Content } from '../../scripts/model/model.ts';
import { editionPdfPath } from '../../scripts/model/output-paths.ts';
import { fontFaceCss, fontFiles } from '../../scripts/print/fonts.ts';
import { diskTestWorkspace, TEST_ASSETS } from '../helpers/workspace.ts';
import { renderEditionPage } from '../../scripts/render/edition-page.ts';
import { renderEditionPrint } from '../../scripts/render/edition-print.ts';
import { renderIndexPage } from '../../scripts/render/index-page.ts';
import { renderPromisePage } from '../../scripts/render/promise-page.ts';
import { collectProblems, formatProblems, type ReportedProblem } from '../../scripts/report/reporter.ts';
import { checkContent } from '../../scripts/validate/check-content.ts';
import { copyFixture, makeTempDir } from '../helpers/build-fixture.ts';
import { textOf } from '../helpers/html.ts';

const TEXT = 'agreement/2026-2029/text.md';
const EDITION = 'agreement/2026-2029/edition.yaml';
const AREA = 'agreement/2026-2029/fokusomraden/trygg-offentlig-miljo.md';
const PROMISE = 'promises/degerfors-trygghetsvandringar.md';

// The YAML strings of the fixture, exactly as a reader must see them.
const EDITION_TITLE = 'Överenskommelse <script>alert(1)</script> "><img src=x onerror=alert(1)>';
const SIGNATORY = '"><img src=x onerror=alert(1)><script>alert(2)</script>';
const SIGNATORY_TITLE = 'Ordförande <script>alert(1)</script>';
const AREA_TITLE = 'Trygg miljö <script>alert(1)</script> "><img src=x onerror=alert(1)>';
const PROMISE_TITLE = 'Trygghetsvandringar <script>alert(1)</script>';
const PROMISE_TEXT = 'Vi lovar <script>alert(1)</script> "><img src=x onerror=alert(1)> trygghetsvandringar.';

let root: string;
let content: Content;
let problems: ReportedProblem[];
/** What the renderer writes for the hostile content, by output. */
const outputs = new Map<string, Root>();

beforeAll(async () => {
  root = copyFixture('hostile');
  content = await checkContent(diskTestWorkspace(root));
  problems = collectProblems(content.files);
  // The way buildSite renders, but past the errors that stop a real build.
  const edition = content.editions[0]!;
  const promise = content.promises[0]!;
  const html = {
    'index.html': renderIndexPage(content, { pdf: (edition) => editionPdfPath(edition, content.site), comparison: () => undefined }),
    'edition page': await renderEditionPage(content, edition, { pdf: 'utgava.pdf' }),
    'promise page': await renderPromisePage(content, promise),
    'print document': await renderEditionPrint(content, edition, { fontFaces: fontFaceCss(fontFiles(TEST_ASSETS), (font) => font.name), css: '' }),
  };
  for (const [name, text] of Object.entries(html)) outputs.set(name, fromHtml(text));
});

/** 1-based line and column of the first `snippet` in a fixture file. */
function positionOf(file: string, snippet: string): { line: number; column: number } {
  const text = readFileSync(join(root, file), 'utf8');
  const at = text.indexOf(snippet);
  if (at < 0) throw new Error(`"${snippet}" is not in ${file}`);
  const before = text.slice(0, at).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

describe('npm run check on hostile content', () => {
  it.each([
    [TEXT, '<script>alert(1)</script>'],
    [TEXT, '<img src=x onerror=alert(1)>'],
    [TEXT, '<iframe src="https://evil.example">'],
    [TEXT, '<style>body{display:none}</style>'],
    [TEXT, '<svg onload=alert(1)>'],
    [TEXT, '<a href="javascript:alert(1)"'],
    [AREA, '<img src="https://evil.example/pixel.gif"'],
    [AREA, '<object data="https://evil.example/x.swf">'],
    [PROMISE, '<script>alert(1)</script> när'],
  ])('rejects the raw HTML in %s: %s, at its line and column, as no-raw-html', (file, snippet) => {
    const { line, column } = positionOf(file, snippet);
    const found = problems.find((problem) => problem.file === file && problem.line === line && problem.column === column);
    expect(found, `no problem at ${file}:${line}:${column}`).toMatchObject({ ruleId: 'no-raw-html', severity: 'error' });
    expect(found!.message).toMatch(/HTML/);
    expect(found!.fix).toMatch(/Markdown/);
  });

  it('says so in the text report with file:line:column and the rule id', () => {
    const report = formatProblems(content.files, 'text');
    const { line, column } = positionOf(TEXT, '<script>alert(1)</script>');
    expect(report).toContain(`${TEXT}:${line}:${column}`);
    expect(report).toContain('[no-raw-html]');
  });

  it('flags the markup in YAML strings too: it is text, and would be published as the characters typed', () => {
    const flagged = problems.filter((problem) => problem.file === EDITION && problem.severity === 'error');
    expect(flagged.length).toBeGreaterThan(0);
    expect(new Set(flagged.map((problem) => problem.ruleId))).toEqual(new Set(['no-html-in-text']));
  });

  it('makes the build refuse: nothing is written', async () => {
    const outDir = join(makeTempDir('agreement-hostile-'), 'dist');
    const result = await buildSite(diskTestWorkspace(root), { outDir });
    expect(result.built).toBe(false);
    expect(existsSync(outDir)).toBe(false);
  });
});

const OUTPUTS = ['index.html', 'edition page', 'promise page', 'print document'];
const output = (name: string) => {
  const tree = outputs.get(name);
  if (!tree) throw new Error(`${name} was not rendered`);
  return tree;
};

/** Every attribute on every element, as [element, name, value as text]. */
function attributes(tree: Root): Array<[string, string, string]> {
  const found: Array<[string, string, string]> = [];
  visit(tree, 'element', (element: Element) => {
    for (const [name, value] of Object.entries(element.properties)) {
      found.push([element.tagName, name, Array.isArray(value) ? value.join(' ') : String(value)]);
    }
  });
  return found;
}

describe.each(OUTPUTS)('the %s rendered from hostile content', (name) => {
  it('has no <script> element and no element that embeds another document', () => {
    expect(selectAll('script, iframe, frame, frameset, object, embed, svg, math, form, base', output(name)).map((e) => e.tagName)).toEqual([]);
  });

  it('has no event handler attribute', () => {
    expect(attributes(output(name)).filter(([, attribute]) => /^on/i.test(attribute))).toEqual([]);
  });

  it('has no javascript:, vbscript: or data:text/html URL in any attribute', () => {
    expect(attributes(output(name)).filter(([, , value]) => /^\s*(javascript|vbscript|data:text\/html)/i.test(value))).toEqual([]);
  });

  it('has no <style> in the body and no style attribute', () => {
    expect(selectAll('body style', output(name))).toEqual([]);
    expect(attributes(output(name)).filter(([, attribute]) => attribute === 'style')).toEqual([]);
  });

  it('has no image from another host', () => {
    const remote = selectAll('img, source, video, audio, input', output(name))
      .map((element) => String(element.properties.src ?? element.properties.srcSet ?? ''))
      .filter((src) => /^([a-z][a-z0-9+.-]*:|\/\/)/i.test(src) && !src.startsWith('data:'));
    expect(remote).toEqual([]);
    // Content may not bring images at all; only the build's own would be here, and it has none.
    expect(selectAll('img', output(name)).map((img) => String(img.properties.src))).toEqual([]);
  });
});

describe('YAML strings appear as text, escaped', () => {
  it('the edition title: <title>, og:title, the h1 and the index link', () => {
    const page = output('edition page');
    // A draft: its title says so.
    expect(textOf(select('head > title', page)!)).toBe(`Utkast: ${EDITION_TITLE}`);
    expect(select('head > meta[property="og:title"]', page)?.properties.content).toBe(`Utkast: ${EDITION_TITLE}`);
    expect(selectAll('h1', page).map(textOf)).toEqual([EDITION_TITLE]);
    expect(textOf(output('index.html'))).toContain(EDITION_TITLE);
    expect(selectAll('h1', output('print document')).map(textOf)).toContain(EDITION_TITLE);
  });

  it('the signatory name and title in the signature block, on the web and in print', () => {
    for (const name of ['edition page', 'print document']) {
      const signatures = textOf(select('.signatures', output(name))!);
      expect(signatures).toContain(SIGNATORY);
      expect(signatures).toContain(SIGNATORY_TITLE);
    }
  });

  it('the focus area title in the text', () => {
    expect(textOf(select('.document', output('edition page'))!)).toContain(AREA_TITLE);
  });

  it('the promise title and text, on its page, in the index and in the print appendix', () => {
    const page = output('promise page');
    expect(textOf(select('h1', page)!)).toContain(PROMISE_TITLE);
    expect(textOf(select('blockquote', page)!)).toBe(PROMISE_TEXT);
    expect(select('head > meta[name=description]', page)?.properties.content).toBe(PROMISE_TEXT);
    expect(textOf(output('index.html'))).toContain(PROMISE_TEXT);
    expect(textOf(output('print document'))).toContain(PROMISE_TEXT);
  });

  it('the running header of the print document stays inside its CSS string', () => {
    // The short title goes into an @page rule in a <style>: "</style><script>" must not end it.
    const styles = selectAll('style', output('print document'));
    for (const style of styles) expect(textOf(style)).not.toMatch(/<\/style/i);
    expect(selectAll('head style', output('print document')).length).toBe(styles.length);
  });
});

describe('the plain text around the hostile markup survives', () => {
  it('paragraphs, link texts and headings stay, without their dangerous parts', () => {
    const text = textOf(select('.document', output('edition page'))!);
    for (const words of ['Ett stycke med en bild', 'mitt i texten', 'En klick länk', 'datalänk', 'Text under rubriken', 'Lag (2023:196)']) {
      expect(text).toContain(words);
    }
    // Raw HTML from Markdown is dropped, not shown as code: the fix message says so.
    for (const gone of ['<iframe', 'display:none', 'onload', 'evil.example']) expect(text).not.toContain(gone);
  });
});
