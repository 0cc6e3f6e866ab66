// The renewal end to end: a new edition made from a signed fixture edition passes the check
// with only warnings, and builds to a web page and a PDF marked UTKAST; the comparison
// command writes its page and PDF.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { diskTestWorkspace } from '../helpers/workspace.ts';
import { buildSite } from '../../scripts/build/build-site.ts';
import { collectProblems } from '../../scripts/report/reporter.ts';
import { pdfInfo, pdfText } from '../helpers/pdf.ts';
import { copyFixture, expectCleanRefusal, runCommand } from './fixtures.ts';

const out = mkdtempSync(join(tmpdir(), 'renewal-dist-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('new-edition → check → build', () => {
  const root = copyFixture('signed');

  it('creates the draft', async () => {
    const result = (await runCommand('new-edition', ['2026-2029', '--from', '2023-2025'], root));
    expect(result.code, result.stderr).toBe(0);
  });

  it('passes the check with warnings only', async () => {
    const result = (await runCommand('check', ['--format', 'json'], root));
    expect(result.code, result.stdout).toBe(0);
    const { problems } = JSON.parse(result.stdout) as { problems: Array<{ severity: string }> };
    expect(problems.every((problem) => problem.severity === 'warning')).toBe(true);
  });

  it('builds a web page and a PDF marked UTKAST', async () => {
    const result = await buildSite(diskTestWorkspace(root), { outDir: join(out, 'site') });
    expect(result.built, collectProblems(result.content.files).map((problem) => problem.message).join('\n')).toBe(true);
    const dir = join(out, 'site', '2026-2029');
    expect(readFileSync(join(dir, 'index.html'), 'utf8')).toContain('UTKAST');
    const pdfs = readdirSync(dir).filter((name) => name.endsWith('.pdf'));
    expect(pdfs).toHaveLength(1);
    const pdf = join(dir, pdfs[0]!);
    for (let page = 1; page <= pdfInfo(pdf).pages; page += 1) expect(pdfText(pdf, page), `sida ${page}`).toContain('UTKAST');
  });
});

describe('npm run compare', () => {
  const root = copyFixture('compare');

  it('writes the comparison page and its PDF under compare/<a>--<b>/', async () => {
    const result = (await runCommand('compare', ['utgava-a', 'utgava-b', '--out', join(out, 'compare')], root));
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('1 avsnitt ändrat, 1 fokusområde tillagt, 1 fokusområde med nytt namn och ändrade uppgifter om undertecknare.');
    const dir = join(out, 'compare/compare/utgava-a--utgava-b');
    expect(readdirSync(dir).sort()).toEqual(['.agreement-build', 'index.html', 'jamforelse-utgava-a--utgava-b.pdf', 'style.css']);
    expect(readFileSync(join(dir, 'index.html'), 'utf8')).toContain('href="jamforelse-utgava-a--utgava-b.pdf"');
    const pdf = join(dir, 'jamforelse-utgava-a--utgava-b.pdf');
    const info = pdfInfo(pdf);
    expect(info.tagged).toBe(true);
    expect(info.title).toBe('Jämförelse: Samverkansöverenskommelse för ökad trygghet 2026–2029 mot utgava-a');
    const text = pdfText(pdf, 1);
    expect(text).toContain('Vad utgava-b ändrar jämfört med utgava-a');
    expect(text).toContain('Sammanfattning');
  });

  it('writes only the page with --html-only, linking no PDF', async () => {
    const result = (await runCommand('compare', ['utgava-a', 'utgava-b', '--out', join(out, 'html-only'), '--html-only'], root));
    expect(result.code, result.stderr).toBe(0);
    const dir = join(out, 'html-only/compare/utgava-a--utgava-b');
    expect(readdirSync(dir).sort()).toEqual(['.agreement-build', 'index.html', 'style.css']);
    expect(readFileSync(join(dir, 'index.html'), 'utf8')).not.toContain('.pdf');
  });

  it('refuses unknown editions, one edition twice and a missing argument', async () => {
    expect(expectCleanRefusal((await runCommand('compare', ['utgava-a', 'finns-inte', '--html-only'], root)))).toContain(
      'Det finns ingen utgåva "finns-inte". Utgåvor: utgava-a, utgava-b.',
    );
    expect(expectCleanRefusal((await runCommand('compare', ['utgava-a', 'utgava-a'], root)))).toContain('Ange två olika utgåvor');
    expect(expectCleanRefusal((await runCommand('compare', ['utgava-a'], root)))).toContain('Ange två utgåvor');
    expect(existsSync(join(root, 'dist'))).toBe(false);
  });
});
