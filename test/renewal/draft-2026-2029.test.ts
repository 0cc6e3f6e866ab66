// The renewal draft as it was committed (frozen in test/fixtures/site, so that the
// coordinator's work on the real draft never turns this red): made with new-edition from
// 2021–2025, the signed text's leftovers fixed, the 2023 law cited, and TODO markers where
// the joint analysis must speak.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { EditionData } from '../../scripts/model/model.ts';
import { collectProblems, type ReportedProblem } from '../../scripts/report/reporter.ts';
import { checkContent } from '../../scripts/validate/check-content.ts';
import { pdfInfo, pdfText } from '../helpers/pdf.ts';
import { FIXTURES_DIR, fixtureWorkspace } from '../helpers/workspace.ts';

const SITE = join(FIXTURES_DIR, 'site');
const DIR = join(SITE, 'agreement/2026-2029');
const read = (name: string) => readFileSync(join(DIR, name), 'utf8');
const text = read('text.md');

let problems: ReportedProblem[];
beforeAll(async () => {
  problems = collectProblems((await checkContent(fixtureWorkspace('site'))).files).filter((problem) => problem.file.startsWith('agreement/2026-2029/'));
});

describe('the 2026–2029 draft as committed', () => {
  it('passes the check with only draft warnings: the TODO markers', () => {
    expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(new Set(problems.map((problem) => problem.ruleId))).toEqual(new Set(['no-placeholders']));
  });

  it('is a draft of 2026–2029 derived from 2021–2025, unsigned, its signatories still to confirm', () => {
    const data = parse(read('edition.yaml')) as EditionData;
    expect(data).toMatchObject({ id: '2026-2029', status: 'draft', derivedFrom: '2021-2025', period: { start: '2026-01-01', end: '2029-12-31' } });
    expect(data.signing?.date).toBeUndefined();
    expect(data.signatories.every((signatory) => signatory.confirmed === false)).toBe(true);
  });

  it('no longer names the other municipality, repeats the Hobit footnote or carries the old period', () => {
    expect(text).not.toContain('Karlskoga');
    expect(text.match(/^\[\^[^\]]+\]: Händelse och brottsinformationstjänst/gm)).toHaveLength(1);
    expect(text).toContain('från och med 2026-01-01 till och med 2029-12-31');
    expect(text).not.toMatch(/2021-XX-XX|hösten 2020/);
  });

  it('cites lag (2023:196) where it describes the municipality’s duties', () => {
    const responsibility = text.slice(text.indexOf('## Ansvar'), text.indexOf('## Kommunikation'));
    expect(responsibility).toContain('lag (2023:196) om kommuners ansvar för brottsförebyggande arbete');
  });

  it('marks where the joint analysis must supply the problem picture and confirm every focus area', () => {
    expect(text).toMatch(/ATT GÖRA: Beskriv den nya gemensamma analysen/);
    expect(text).toMatch(/ATT GÖRA: Fokusområdena nedan är desamma som 2021–2025/);
    const areas = readdirSync(join(DIR, 'fokusomraden'));
    expect(areas).toHaveLength(7);
    for (const area of areas) expect(read(`fokusomraden/${area}`), area).toContain('ATT GÖRA: Den gemensamma analysen inför 2026–2029 ska bekräfta fokusområdet');
  });

  it('adds no figures to the text it was made from', () => {
    const numbers = (source: string) => new Set(source.match(/\d+(?:[.,]\d+)?\s*(?:%|procent)/g) ?? []);
    const before = readFileSync(join(SITE, 'agreement/2021-2025/text.md'), 'utf8');
    expect([...numbers(text)].filter((number) => !numbers(before).has(number))).toEqual([]);
  });

  it('builds: a web page and a PDF marked UTKAST on every page', () => {
    const dist = join(inject('distDir'), '2026-2029');
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toContain('UTKAST');
    const [pdf] = readdirSync(dist).filter((name) => name.endsWith('.pdf'));
    const path = join(dist, pdf!);
    for (let page = 1; page <= pdfInfo(path).pages; page += 1) expect(pdfText(path, page), `sida ${page}`).toContain('UTKAST');
  });
});
