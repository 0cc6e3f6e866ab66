// The site configuration is data: a fork changes its name, title, PDF file names and keywords
// in agreement/webbplats.yaml, and the pages and PDFs follow without a change to the code.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../scripts/build/build-site.ts';
import { collectProblems } from '../../scripts/report/reporter.ts';
import { checkRoot, makeFixture } from '../helpers/check-fixture.ts';
import { makeTempDir } from '../helpers/build-fixture.ts';
import { pdfInfo } from '../helpers/pdf.ts';

const SITE = 'agreement/webbplats.yaml';
const config = `municipality: Degerfors
policeArea: Bergslagen
siteName: Tryggare Degerfors
indexTitle: Överenskommelser för ett tryggare Degerfors
footer: Publicerat av Tryggare Degerfors.
pdfFileName: overenskommelse-{utgava}
keywords: [trygghet, samverkan]
promiseActors:
  tillsammans: Polisen och kommunen lovar tillsammans
`;

let outDir: string;
beforeAll(async () => {
  outDir = join(makeTempDir('site-config-'), 'dist');
  const result = await buildSite(makeFixture({ [SITE]: config }), { outDir });
  if (!result.built) throw new Error(collectProblems(result.content.files).map((problem) => problem.message).join('\n'));
});

describe('a changed site configuration', () => {
  it('titles the index page and names the site on every page', () => {
    const index = readFileSync(join(outDir, 'index.html'), 'utf8');
    expect(index).toContain('<title>Överenskommelser för ett tryggare Degerfors</title>');
    expect(index).toContain('<h1>Överenskommelser för ett tryggare Degerfors</h1>');
    for (const page of ['index.html', '2026-2029/index.html']) {
      const html = readFileSync(join(outDir, page), 'utf8');
      expect(html, page).toContain('<meta property="og:site_name" content="Tryggare Degerfors">');
      expect(html, page).toContain('Publicerat av Tryggare Degerfors.');
    }
  });

  it('names the PDF by its pattern and carries the site in its metadata', () => {
    expect(readdirSync(join(outDir, '2026-2029')).filter((name) => name.endsWith('.pdf'))).toEqual(['overenskommelse-2026-2029.pdf']);
    const info = pdfInfo(join(outDir, '2026-2029', 'overenskommelse-2026-2029.pdf'));
    expect(info.keywords).toBe('trygghet, samverkan, Degerfors, Tryggare Degerfors');
  });

  it('heads a promise’s commitments as configured', () => {
    const promise = readFileSync(join(outDir, 'promises/degerfors-trygghetsvandringar/index.html'), 'utf8');
    expect(promise).toContain('>Polisen och kommunen lovar tillsammans<');
  });

  it('is checked like all content: an unknown key is an error at its line', async () => {
    const { errors } = await checkRoot(makeFixture({ [SITE]: `${config}sitename: Stavfel\n` }));
    expect(errors.map(({ file, line, ruleId }) => ({ file, line, ruleId }))).toEqual([{ file: SITE, line: 10, ruleId: 'schema' }]);
  });
});
