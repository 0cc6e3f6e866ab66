// A fictional municipality, Norrvik (test/fixtures/municipality), with what real agreements
// from other municipalities hold: three parties and two other actors, an open-ended period
// with an extension clause by consultation, numbered focus areas with sub-goals, two
// decisions, and a promise document with four promises under one signature block, appended
// to the agreement. It checks clean, and the page and the PDFs show all of it.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../scripts/build/build-site.ts';
import { formatProblems } from '../../scripts/report/reporter.ts';
import { checkRoot } from '../helpers/check-fixture.ts';
import { pdfText } from '../helpers/pdf.ts';
import { fixtureWorkspace } from '../helpers/workspace.ts';

const outDir = join(mkdtempSync(join(tmpdir(), 'norrvik-')), 'dist');
const EDITION_PDF = join(outDir, '2026', 'samverkansavtal-norrvik-2026.pdf');
const PROMISE_DIR = join(outDir, 'promises', 'norrvik-medborgarloften-2026');
const flat = (text: string) => text.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
const words = (text: string) => text.replace(/\s+/g, ' ');

let page = '';
let pdf = '';
let promisePage = '';
let promiseHtml = '';
let promisePdf = '';
beforeAll(async () => {
  const result = await buildSite(fixtureWorkspace('municipality'), { outDir });
  expect(result.built, formatProblems(result.content.files, 'text')).toBe(true);
  page = flat(readFileSync(join(outDir, '2026', 'index.html'), 'utf8'));
  pdf = words(pdfText(EDITION_PDF));
  promiseHtml = readFileSync(join(PROMISE_DIR, 'index.html'), 'utf8');
  promisePage = flat(promiseHtml);
  promisePdf = words(pdfText(join(PROMISE_DIR, 'medborgarlofte-norrvik-medborgarloften-2026.pdf')));
});
afterAll(() => rmSync(join(outDir, '..'), { recursive: true, force: true }));

describe('Norrvik, a fictional municipality', () => {
  it('checks with no errors and no warnings', async () => {
    const { problems } = await checkRoot(fixtureWorkspace('municipality'));
    expect(problems).toEqual([]);
  });

  it('is a samverkansavtal: the cover says so and the PDF is named for it', () => {
    expect(pdf).toMatch(/^\s*SAMVERKANSAVTAL\b/);
    expect(pdf).not.toContain('SAMVERKANSÖVERENSKOMMELSE');
  });

  it.each([
    ['three parties', 'Norrviks kommun, lokalpolisområde Norrvik och Norrvikshem AB'],
    ['two other actors', 'Räddningstjänsten Mellanbygd (brandskydd och olycksförebyggande arbete)'],
    ['', 'Norrviks centrumförening (trygghet i centrum)'],
    ['an open-ended period with its review', 'Från 1 mars 2026, tills vidare (ses över vartannat år)'],
    ['an extension clause by consultation', 'Kan förlängas med 2 år i taget efter samråd mellan parterna, senast 6 månader före periodens slut.'],
    ['numbered focus areas', '1. Trygg offentlig miljö'],
    ['', '2. Unga och skola'],
    ['numbered sub-goals', '1.1 Fler invånare känner sig trygga i centrum på kvällen.'],
    ['', '2.1 Färre unga börjar använda narkotika.'],
    ['two decisions', 'Kommunfullmäktige 9 februari 2026, § 14, dnr KS 2025/311 (Norrviks kommun)'],
    ['', 'Norrvikshems styrelse 12 februari 2026, § 5 (Norrvikshem AB)'],
    ['each party’s resources', 'En trygghetssamordnare på heltid.'],
    ['coordinators and roles', 'Sara Lind, Trygghetssamordnare (Norrviks kommun)'],
    ['where the original is kept', 'Norrviks kommuns diarium, KS 2025/311 Originalet med underskrifter på papper.'],
  ])('shows %s on the page and in the PDF: %s', (_, fact) => {
    expect(page).toContain(fact);
    expect(pdf).toContain(fact);
  });

  it('numbers the focus areas once in the contents of the page and of the PDF', () => {
    expect(pdf).toContain('1. Trygg offentlig miljö');
    expect(pdf).not.toMatch(/1\. 1\. Trygg offentlig miljö/);
    const html = readFileSync(join(outDir, '2026', 'index.html'), 'utf8');
    const toc = /<nav class="toc"[\s\S]*?<\/nav>/.exec(html)?.[0] ?? '';
    expect(toc).toMatch(/<ol class="numbered"><li><a href="#[^"]+">1\. Trygg offentlig miljö<\/a><\/li>/);
  });

  it('appends the promise document to the agreement’s PDF, with its four promises and one signature block', () => {
    const appendix = pdf.slice(pdf.lastIndexOf('Bilaga: Medborgarlöften'));
    for (const title of ['Löfte 1: Trygghetsvandringar', 'Löfte 2: Synlig polis i centrum', 'Löfte 3: Trafiksäkra skolvägar', 'Löfte 4: Stöd till brottsutsatta']) {
      expect(appendix).toContain(title);
    }
    expect(appendix.match(/Underskrifter/g)).toHaveLength(1);
  });

  describe('the promise document, on its page and in its own PDF', () => {
    it.each([
      ['its municipality', 'Kommun Norrvik'],
      ['the agreement it is an appendix to', 'Bilaga till Samverkansavtal Norrvik'],
      ['signing place and date', 'Norrvik 20 februari 2026'],
    ])('shows %s', (_, fact) => {
      expect(promisePage).toContain(fact);
      expect(promisePdf).toContain(fact);
    });

    it('holds four promises in order and one signature block with both signatories', () => {
      for (const text of [promisePage, promisePdf]) {
        const order = ['Löfte 1: Trygghetsvandringar', 'Löfte 2', 'Löfte 3', 'Löfte 4', 'Underskrifter', 'Eva Berglund', 'Jonas Ek'].map((part) => text.indexOf(part));
        expect(order.every((at, index) => at >= 0 && (index === 0 || at > order[index - 1]!))).toBe(true);
      }
      expect(promisePdf.match(/Underskrifter/g)).toHaveLength(1);
      expect(promiseHtml.match(/<section class="signatures"/g)).toHaveLength(1);
    });

    it('keeps commitments in the order written, under actor headings from the data', () => {
      const first = promisePdf.slice(promisePdf.indexOf('Löfte 1'), promisePdf.indexOf('Löfte 2'));
      const order = ['Kommunen lovar', 'Bjuda in boende', 'Lokalpolisområde Norrvik lovar', 'Delta i varje', 'Kommunen lovar', 'Åtgärda det'];
      let at = 0;
      for (const part of order) {
        const found = first.indexOf(part, at);
        expect(found, part).toBeGreaterThanOrEqual(at);
        at = found + part.length;
      }
      expect(promisePage).toContain('Tillsammans lovar vi');
    });
  });
});
