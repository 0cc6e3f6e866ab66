// A small agreement-like PDF for the signing tests, printed by the project's own browser,
// print and post-process steps from HTML that carries the signature-line markup the render
// step emits for a final edition: an empty block link at each signatory's line.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser } from '../../scripts/print/browser.ts';
import { findBrowser } from '../../scripts/print/find-browser.ts';
import { postProcessPdf } from '../../scripts/print/post-process.ts';
import { printPdf } from '../../scripts/print/print-pdf.ts';
import { addSignatureFields, signatoryFieldSpecs, type SignatureFieldSpec } from '../../scripts/sign/signature-fields.ts';

export const SIGNATORIES = [
  { name: 'Åsa Öberg', title: 'Kommunstyrelsens ordförande' },
  { name: 'Bertil Berg', title: 'Lokalpolisområdeschef' },
];
export const FIELD_NAMES = ['asa-oberg', 'bertil-berg'];
export const TITLE = 'Samverkansöverenskommelse – prov för underskrift';
export const HEADINGS = ['Samverkansöverenskommelse', 'Syfte', 'Underskrifter'];
export const anchorOf = (index: number) => `underskrift-${index + 1}-falt`;

export interface SignableOptions {
  /** The signature lines inside an aria-hidden element, as signatures.ts renders them today. */
  ariaHidden?: boolean;
}

export function signableHtml(options: SignableOptions = {}): string {
  const lines = SIGNATORIES.map(
    (signatory, index) => `<li class="signatory">
  <div class="signature-line" id="underskrift-${index + 1}"${options.ariaHidden ? ' aria-hidden="true"' : ''}>
    <a id="${anchorOf(index)}" href="#${anchorOf(index)}" aria-label="Underskrift: ${signatory.name}, ${signatory.title}" style="display:block;width:70mm;height:15mm"></a>
  </div>
  <span class="signatory-name">${signatory.name}</span> <span class="signatory-title">${signatory.title}</span>
</li>`,
  );
  return `<!doctype html>
<html lang="sv">
<head><meta charset="utf-8"><title>${TITLE}</title>
<style>
@page { size: A4; margin: 20mm; }
.signature-line { border-bottom: 0.75pt solid #000; margin-bottom: 3pt; }
.signatories { list-style: none; padding: 0; }
</style></head>
<body><main>
<h1>${HEADINGS[0]}</h1>
<p>Kommunen och lokalpolisområdet samverkar för att minska brottsligheten och öka tryggheten.</p>
<h2>${HEADINGS[1]}</h2>
<p>Överenskommelsen gäller 2026–2029 och följs upp varje år.</p>
<section class="signatures" style="break-before: page">
<h2>${HEADINGS[2]}</h2>
<ul class="signatories">
${lines.join('\n')}
</ul>
</section>
</main></body></html>
`;
}

export const FIELDS: SignatureFieldSpec[] = signatoryFieldSpecs(SIGNATORIES, anchorOf);

/** The printed and post-processed PDFs, before any signature field is added: one browser for all. */
export async function printSignables(variants: SignableOptions[]): Promise<Uint8Array[]> {
  const baseDir = mkdtempSync(join(tmpdir(), 'sign-print-'));
  const browser = await launchBrowser({ executablePath: await findBrowser(process.env) });
  try {
    const pdfs: Uint8Array[] = [];
    for (const options of variants) {
      const printed = await printPdf(browser, { html: signableHtml(options), baseDir });
      pdfs.push(await postProcessPdf(printed, { title: TITLE, authors: ['Degerfors kommun', 'Lokalpolisområde Degerfors'], date: new Date(Date.UTC(2026, 0, 1)) }));
    }
    return pdfs;
  } finally {
    await browser.close();
    rmSync(baseDir, { recursive: true, force: true });
  }
}

export async function printSignable(options: SignableOptions = {}): Promise<Uint8Array> {
  const [pdf] = await printSignables([options]);
  return pdf!;
}

/** The PDF as a final edition would be published: with an empty signature field per signatory. */
export async function printWithFields(): Promise<{ printed: Uint8Array; withFields: Uint8Array }> {
  const printed = await printSignable();
  return { printed, withFields: await addSignatureFields(printed, FIELDS) };
}
