// A small print document that exercises what the real agreement needs from the printing
// stage: headings for bookmarks, Swedish letters, the project's fonts, @page margin boxes
// for page numbers and a draft mark, and enough text to run over several pages.
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TEST_ASSETS } from '../helpers/workspace.ts';
import { fontFaceCss, fontFiles } from '../../scripts/print/fonts.ts';

export const SAMPLE_TITLE = 'Samverkansöverenskommelse – provutskrift';

export const SAMPLE_HEADINGS = [
  { level: 1, text: 'Samverkansöverenskommelse' },
  { level: 2, text: 'Bakgrund och syfte' },
  { level: 3, text: 'Lägesbild' },
  { level: 2, text: 'Fokusområden' },
  { level: 3, text: 'Trygghet i offentliga miljöer' },
  { level: 2, text: 'Uppföljning' },
] as const;

const PARAGRAPH =
  'Kommunen och lokalpolisområdet samverkar för att minska brottsligheten och öka tryggheten. ' +
  'Arbetet bygger på en gemensam lägesbild, där både polisens och kommunens kunskap om ' +
  'orsakerna till brott och otrygghet vägs in. Åtgärderna följs upp årligen, och även ' +
  'ungdomars synpunkter räknas: "Är det tryggt på torget på kvällen?" – så frågar vi i ' +
  '<em>medborgardialogen</em>, och <strong>svaren styr</strong> vad vi gör. Łódź, Győr, Ærø.';

export function sampleHtml(options: { draft?: boolean; fontUrl?: (name: string) => string } = {}): string {
  const fontUrl = options.fontUrl ?? ((name: string) => `fonts/${name}`);
  const draft = options.draft ?? true;
  const body: string[] = [];
  for (const heading of SAMPLE_HEADINGS) {
    body.push(`<h${heading.level}>${heading.text}</h${heading.level}>`);
    for (let i = 0; i < 5; i += 1) body.push(`<p>${PARAGRAPH}</p>`);
    if (heading.level === 2) {
      body.push('<ul><li>Förebyggande arbete med barn och unga</li><li>Våld i nära relationer</li><li>Ökad trygghet i centrum</li></ul>');
    }
  }
  // A table: Chromium names its header cells after DOM node numbers, which differ between prints.
  body.push(
    '<table><caption>Uppföljning</caption><thead><tr><th>Åtagande</th><th>Hur ofta</th></tr></thead>' +
      '<tbody><tr><td>Trygghetsvandringar</td><td>Två per termin</td></tr><tr><td>Trafikkontroller</td><td>Varje månad</td></tr></tbody></table>',
  );
  return `<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>${SAMPLE_TITLE}</title>
<style>
${fontFaceCss(fontFiles(TEST_ASSETS), (file) => fontUrl(file.name))}
@page {
  size: A4;
  margin: 25mm 20mm 25mm 20mm;
  @top-left { content: "Degerfors kommun och lokalpolisområde Degerfors"; font: 8pt 'Noto Sans'; color: #333; }
  ${draft ? `@top-right { content: "UTKAST"; font: 700 10pt 'Noto Sans'; color: #a00; }` : ''}
  @bottom-center { content: "Sida " counter(page) " av " counter(pages); font: 9pt 'Noto Sans'; }
}
html { font-family: 'Noto Serif'; font-size: 11pt; line-height: 1.45; }
h1, h2, h3 { font-family: 'Noto Sans'; font-weight: 700; }
</style>
</head>
<body>
<main>
${body.join('\n')}
</main>
</body>
</html>
`;
}

/** A fresh folder with the fonts copied in, as the build lays out dist/. */
export function sampleBaseDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'print-sample-'));
  const fonts = join(dir, 'fonts');
  mkdirSync(fonts);
  for (const file of fontFiles(TEST_ASSETS)) copyFileSync(file.path, join(fonts, file.name));
  return dir;
}
