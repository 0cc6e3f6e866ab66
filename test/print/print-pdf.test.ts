import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from '@cantoo/pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FileLinkError, linkUris } from '../../scripts/print/pdf-links.ts';
import { PRODUCER } from '../../scripts/print/pdf-metadata.ts';
import type { PdfMeta } from '../../scripts/print/pdf-metadata.ts';
import { postProcessPdf } from '../../scripts/print/post-process.ts';
import { openPrintPage, PrintError, type PrintInput, printPdf } from '../../scripts/print/print-pdf.ts';
import { parseSourceDateEpoch } from '../../scripts/workspace/source-date.ts';
import type { Browser } from 'puppeteer';
import { useBrowser } from '../helpers/browser.ts';
import { sha256 } from '../helpers/build-fixture.ts';
import { pdfUaProblems } from '../helpers/pdf-ua.ts';
import {
  hasStructureTree,
  isA4,
  outlineEntries,
  pdfFonts,
  pdfInfo,
  pdfLanguage,
  pdfText,
  qpdfCheck,
  structureTypes,
} from '../helpers/pdf.ts';
import { SAMPLE_HEADINGS, sampleBaseDir, sampleHtml } from './sample-document.ts';

const browser = useBrowser();
const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
function baseDir(): string {
  const dir = sampleBaseDir();
  dirs.push(dir);
  return dir;
}

// 2025-01-02T03:04:05Z, given the way CI gives it.
const EPOCH = '1735787045';
const meta: PdfMeta = {
  title: 'Samverkansöverenskommelse 2026–2029 (utkast)',
  authors: ['Degerfors kommun', 'Lokalpolisområde Degerfors'],
  subject: 'Samverkansöverenskommelse mellan Degerfors kommun och lokalpolisområde Degerfors',
  keywords: ['samverkansöverenskommelse', 'medborgarlöften', 'lokalpolisområde Degerfors'],
  date: parseSourceDateEpoch(EPOCH),
};

/** The PDF path up to publishing: print, then post-process. */
async function printFinal(browser: Browser, input: PrintInput & { meta: PdfMeta }): Promise<Uint8Array> {
  return postProcessPdf(await printPdf(browser, input), input.meta);
}

/** The draft sample printed alone, in a page of its own: what the other prints must equal. Printed once, when first asked for. */
let draftAlone: Promise<Uint8Array> | undefined;
const printedAlone = () => (draftAlone ??= printFinal(browser(), { html: sampleHtml({ draft: true }), baseDir: baseDir(), meta }));

describe('printPdf of a draft', () => {
  let dir: string;
  let printed: Uint8Array;
  let pdf: Uint8Array;
  beforeAll(async () => {
    dir = baseDir();
    const print = await printPdf(browser(), { html: sampleHtml({ draft: true }), baseDir: dir });
    printed = print.bytes;
    pdf = await postProcessPdf(print, meta);
  });

  it('meets the PDF/UA and PDF/A conditions the suite checks, which the browser\'s own print does not', async () => {
    // The checker passes every built PDF (test/pdf/conformance.test.ts); here it is seen to fail one.
    const problems = await pdfUaProblems(printed);
    expect(problems).toEqual(expect.arrayContaining(['catalog: no GTS_PDFA1 output intent with an ICC profile', 'trailer: no /ID', 'catalog: no XMP metadata']));
    expect(problems.some((problem) => problem.includes('outside any tag or artifact')), problems.join('\n')).toBe(true);
    expect(await pdfUaProblems(pdf)).toEqual([]);
  });

  it('is a tagged A4 PDF with the given title, author, subject, keywords, producer and date', () => {
    const info = pdfInfo(pdf);
    expect(info.tagged).toBe(true);
    expect(isA4(info.pageSize), JSON.stringify(info.pageSize)).toBe(true);
    expect(info.pages).toBeGreaterThanOrEqual(3);
    expect(info.title).toBe(meta.title);
    expect(info.author).toBe('Degerfors kommun, Lokalpolisområde Degerfors');
    expect(info.subject).toBe(meta.subject);
    expect(info.keywords).toBe('samverkansöverenskommelse, medborgarlöften, lokalpolisområde Degerfors');
    expect(info.creator).toBe(PRODUCER);
    expect(info.producer).toBe(PRODUCER);
    expect(info.creationDate?.toISOString()).toBe('2025-01-02T03:04:05.000Z');
    expect(info.modDate?.toISOString()).toBe('2025-01-02T03:04:05.000Z');
  });

  it('keeps the language, the structure tree with headings, paragraphs and lists, and passes qpdf --check', () => {
    expect(pdfLanguage(pdf)).toBe('sv');
    expect(hasStructureTree(pdf)).toBe(true);
    expect([...structureTypes(pdf)]).toEqual(expect.arrayContaining(['H1', 'H2', 'H3', 'P', 'L', 'LI']));
    const check = qpdfCheck(pdf);
    expect(check.ok, check.output).toBe(true);
  });

  it('embeds only Noto fonts, all of them, including the one used only in the margin boxes', () => {
    const fonts = pdfFonts(pdf);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) {
      expect(font.embedded, font.fullName).toBe(true);
      expect(font.name, 'a fallback font was used').toMatch(/^Noto(Serif|Sans)-(Regular|Bold|Italic|BoldItalic)$/);
    }
    expect(fonts.map((f) => f.name)).toEqual(expect.arrayContaining(['NotoSans-Regular', 'NotoSans-Bold', 'NotoSerif-Regular', 'NotoSerif-Italic', 'NotoSerif-Bold']));
  });

  it('has a bookmark for every heading, nested by level, in document order', () => {
    expect(outlineEntries(pdf)).toEqual(SAMPLE_HEADINGS.map((h) => ({ title: h.text, depth: h.level - 1 })));
  });

  it('prints "Sida i av N", the running header and UTKAST on every page', () => {
    const pages = pdfInfo(pdf).pages;
    for (let i = 1; i <= pages; i += 1) {
      const text = pdfText(pdf, i);
      expect(text, `sida ${i}`).toContain(`Sida ${i} av ${pages}`);
      expect(text, `sida ${i}`).toContain('UTKAST');
      expect(text, `sida ${i}`).toContain('Degerfors kommun och lokalpolisområde Degerfors');
    }
  });

  it('keeps Swedish and other Latin letters as text', () => {
    const text = pdfText(pdf);
    expect(text).toContain('Samverkansöverenskommelse');
    expect(text).toContain('Åtgärderna följs upp årligen');
    expect(text).toContain('Łódź, Győr, Ærø');
  });

  it('leaves no temporary HTML behind in baseDir', () => {
    expect(readdirSync(dir)).toEqual(['fonts']);
  });

  it('gives the same bytes when printed again later, from another folder', async () => {
    // Past the next whole second, so a clock-based date would show.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const again = await printedAlone();
    expect(sha256(again)).toBe(sha256(pdf));
  });
});

describe('printPdf of documents printed side by side', () => {
  it('gives the same bytes as printed alone, though Chromium numbers the table headers differently', async () => {
    // Pages printed at once share a renderer, so the DOM node numbers Chromium names the
    // table headers after depend on what else is printing.
    const alone = await printedAlone();
    const [together] = await Promise.all([
      printFinal(browser(), { html: sampleHtml({ draft: true }), baseDir: baseDir(), meta }),
      printFinal(browser(), { html: sampleHtml({ draft: false }), baseDir: baseDir(), meta }),
      printFinal(browser(), { html: sampleHtml({ draft: false }), baseDir: baseDir(), meta }),
    ]);
    expect(structureTypes(alone).has('TH')).toBe(true);
    expect(sha256(together)).toBe(sha256(alone));
  });
});

describe('a print page kept for one document after another', () => {
  it('gives each the same bytes as a page of its own, and leaves no temporary HTML behind', async () => {
    // The build prints all its documents in the pages it opened first (opening one costs about as
    // much as printing a short document): what one print leaves in the renderer must not show.
    const dir = baseDir();
    const alone = await printedAlone();
    const page = await openPrintPage(browser(), { baseDir: dir });
    try {
      await page.print(sampleHtml({ draft: false }));
      const after = await postProcessPdf(await page.print(sampleHtml({ draft: true })), meta);
      expect(sha256(after)).toBe(sha256(alone));
    } finally {
      await page.close();
    }
    expect(readdirSync(dir)).toEqual(['fonts']);
  });
});

describe('printPdf of a final edition', () => {
  it('has no UTKAST mark', async () => {
    const pdf = await printFinal(browser(), { html: sampleHtml({ draft: false }), baseDir: baseDir(), meta });
    expect(pdfText(pdf)).not.toContain('UTKAST');
    expect(pdfText(pdf, 1)).toMatch(/Sida 1 av \d+/);
  });
});

describe('printPdf links', () => {
  // Printed from dist/<edition>-like folder (here the fonts folder, so the fonts sit beside
  // the HTML), with links up to ../promises/ as the real footnotes have.
  const withLinks = (links: string) =>
    sampleHtml({ fontUrl: (name) => name }).replace('<main>', `<main><p id="start">${links}</p>`);

  it('rewrites links to files under linkBase to the published address and keeps others', async () => {
    const dir = baseDir();
    const html = withLinks(
      '<a href="../promises/trygg-centrum/">löftet</a> <a href="../promises/a.html#x">a</a> <a href="https://polisen.se/">polisen</a> <a href="#start">upp</a>',
    );
    const pdf = await printFinal(browser(), {
      html,
      baseDir: join(dir, 'fonts'),
      meta: { ...meta, linkBase: { dir, url: 'https://degerfors.se/overenskommelse' } },
    });
    const uris = linkUris(await PDFDocument.load(pdf));
    expect(uris).toEqual([
      'https://degerfors.se/overenskommelse/promises/trygg-centrum/',
      'https://degerfors.se/overenskommelse/promises/a.html#x',
      'https://polisen.se/',
    ]);
    expect(Buffer.from(pdf).includes('file:')).toBe(false);
  });

  it('refuses to leave a link to a file on the build machine in the PDF', async () => {
    const html = withLinks('<a href="../promises/x/">löftet</a>');
    const dir = baseDir();
    const printDir = join(dir, 'fonts');
    await expect(printFinal(browser(), { html, baseDir: printDir, meta })).rejects.toThrow(FileLinkError);
    // ../promises/x/ is outside a linkBase of the print folder itself.
    await expect(
      printFinal(browser(), { html, baseDir: printDir, meta: { ...meta, linkBase: { dir: printDir, url: 'https://example.se/' } } }),
    ).rejects.toThrow(/fil på den här datorn/);
  });
});

describe('printPdf bookmarks', () => {
  it('keeps the spaces of a heading that wraps over several lines', async () => {
    const long = 'Strategisk samverkansöverenskommelse för ökad trygghet samt bekämpning och förebyggande av brott 2026–2029';
    const html = sampleHtml()
      .replace('<h1>Samverkansöverenskommelse</h1>', `<h1 style="font-size: 26pt">${long}</h1>`)
      .replace('<h2>Bakgrund och syfte</h2>', '<h2>Bakgrund <span style="display: none">dold</span>och   syfte</h2>');
    const pdf = await printFinal(browser(), { html, baseDir: baseDir(), meta });
    const titles = outlineEntries(pdf).map((entry) => entry.title);
    expect(titles[0]).toBe(long);
    expect(titles[1]).toBe('Bakgrund och syfte');
  });
});

describe('printPdf failures', () => {
  it('fails, naming the font, when a font file is missing instead of printing in a fallback font', async () => {
    const dir = baseDir();
    rmSync(join(dir, 'fonts', 'noto-sans-latin-400-normal.woff2'));
    await expect(printFinal(browser(), { html: sampleHtml(), baseDir: dir, meta })).rejects.toThrow(/Typsnitten kunde inte läsas in: Noto Sans 400 normal/);
  });

  it('fails when the document asks for anything outside baseDir, and never fetches it', async () => {
    const html = sampleHtml().replace('</head>', '<link rel="stylesheet" href="https://fonts.googleapis.com/css2?family=Noto+Serif"></head>');
    const error = await printFinal(browser(), { html, baseDir: baseDir(), meta }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PrintError);
    expect((error as Error).message).toContain('https://fonts.googleapis.com/');
  });
});
