// A build for one publishing site: its pages carry that site's canonical addresses and absolute
// PDF links, it gets its own accessibility statement with its contact route, and everything
// else is byte for byte what the other site gets. Every edition page says which commit it was
// built from and its PDF's SHA-256, so a reader can check a download.
import { X509Certificate } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../scripts/build/build-site.ts';
import { planArtifacts } from '../../scripts/build/outputs.ts';
import { checkContent } from '../../scripts/validate/check-content.ts';
import { findBrowser } from '../../scripts/print/find-browser.ts';
import { collectProblems } from '../../scripts/report/reporter.ts';
import { memoryWorkspace } from '../../scripts/workspace/memory-workspace.ts';
import { hashTree, makeTempDir, sha256 } from '../helpers/build-fixture.ts';
import { runCommand } from '../helpers/commands.ts';
import { applyOverrides, FIXTURES_DIR, type Override, readTree, TEST_ASSETS, TEST_DATE, TEST_SOURCE_DATE_EPOCH } from '../helpers/workspace.ts';
import { createTestPki, PASSPHRASE } from '../sign/test-pki.ts';
import { verifyPdf } from '../../scripts/sign/verify-pdf.ts';

const COMMIT = '0123456789abcdef0123456789abcdef01234567';
const SITE = `municipality: Degerfors
policeArea: Degerfors
targets:
  - id: kommun
    name: Degerfors kommuns webbplats
    baseUrl: https://www.degerfors.se/trygghet/
    method: { type: directory, path: /srv/kommun }
    accessibilityContact: { email: tillganglighet@degerfors.se }
  - id: polisen
    name: Polisens webbplats
    baseUrl: https://polisen.example/degerfors/
    method: { type: directory, path: /srv/polisen }
    accessibilityContact: { url: https://polisen.example/tillganglighet }
`;

const workspace = (overrides: Record<string, Override> = {}) =>
  memoryWorkspace({
    files: applyOverrides(readTree(join(FIXTURES_DIR, 'check/valid')), { 'agreement/webbplats.yaml': SITE, ...overrides }),
    assets: TEST_ASSETS,
    date: TEST_DATE,
    commit: COMMIT,
    browserPath: () => findBrowser(process.env),
  });

/** The fixture's edition with another status. */
const edition = (status: 'draft' | 'final') =>
  workspace({ 'agreement/2026-2029/edition.yaml': (text) => text.replace(/^status: \w+$/m, `status: ${status}`) });

const dirs: Record<string, string> = {};
beforeAll(async () => {
  for (const site of ['kommun', 'polisen']) {
    dirs[site] = join(makeTempDir(`site-${site}-`), 'dist');
    const result = await buildSite(workspace(), { outDir: dirs[site]!, site });
    if (!result.built) throw new Error(collectProblems(result.content.files).map((problem) => problem.message).join('\n'));
  }
});

const read = (site: string, path: string) => readFileSync(join(dirs[site]!, path), 'utf8');

describe('a build for each site', () => {
  it('gives every page the site’s canonical address', () => {
    expect(read('kommun', 'index.html')).toContain('<link rel="canonical" href="https://www.degerfors.se/trygghet/">');
    expect(read('kommun', '2026-2029/index.html')).toContain('<link rel="canonical" href="https://www.degerfors.se/trygghet/2026-2029/">');
    expect(read('polisen', 'promises/degerfors-trygghetsvandringar/index.html')).toContain(
      '<link rel="canonical" href="https://polisen.example/degerfors/promises/degerfors-trygghetsvandringar/">',
    );
  });

  it('links the PDFs by their absolute address on that site', () => {
    const pdf = /href="([^"]+\.pdf)"/.exec(read('polisen', '2026-2029/index.html'))?.[1];
    expect(pdf).toMatch(/^https:\/\/polisen\.example\/degerfors\/2026-2029\/[a-z0-9-]+\.pdf$/);
    expect(read('polisen', 'index.html')).toContain(`href="${pdf}"`);
  });

  it('gives each site its own accessibility statement with its contact route, linked from every page', () => {
    const kommun = read('kommun', 'tillganglighet/index.html');
    expect(kommun).toContain('<h1>Tillgänglighetsredogörelse</h1>');
    expect(kommun).toContain('href="mailto:tillganglighet@degerfors.se"');
    expect(kommun).toContain('2018:1937');
    expect(read('polisen', 'tillganglighet/index.html')).toContain('href="https://polisen.example/tillganglighet"');
    expect(read('kommun', '2026-2029/index.html')).toContain('href="../tillganglighet/"');
  });

  it('is otherwise the same bytes on both sites: every PDF and stylesheet', () => {
    const [kommun, polisen] = [hashTree(dirs.kommun!), hashTree(dirs.polisen!)];
    const same = Object.keys(kommun).filter((path) => !path.endsWith('.html') && path !== 'manifest.json');
    expect(same.some((path) => path.endsWith('.pdf'))).toBe(true);
    for (const path of same) expect(polisen[path], path).toBe(kommun[path]);
  });

  it('shows on each edition page the commit and its PDF’s SHA-256, which match the manifest and the file', () => {
    const page = read('kommun', '2026-2029/index.html');
    expect(page).toContain(`<code>${COMMIT}</code>`);
    const digest = /<code class="digest">([0-9a-f]{64})<\/code>/.exec(page)?.[1];
    const manifest = JSON.parse(read('kommun', 'manifest.json')) as { site: string; source: { commit: string }; files: Array<{ path: string; sha256: string }> };
    const pdf = manifest.files.find((file) => file.path.startsWith('2026-2029/') && file.path.endsWith('.pdf'))!;
    expect(digest).toBe(pdf.sha256);
    expect(sha256(readFileSync(join(dirs.kommun!, pdf.path)))).toBe(digest);
    expect(manifest.site).toBe('kommun');
    expect(manifest.source.commit).toBe(COMMIT);
  });

  it('with a seal, seals every PDF that is not a draft before the page gives its digest', async () => {
    const pki = createTestPki();
    try {
      const signed = edition('final');
      const outDir = join(makeTempDir('site-sealed-'), 'dist');
      const result = await runCommand('build', ['--site', 'kommun', '--seal', pki.seal.p12, '--out', outDir], signed, {
        SIGN_P12_PASSPHRASE: PASSPHRASE,
        SOURCE_DATE_EPOCH: TEST_SOURCE_DATE_EPOCH,
      });
      expect(result.code, result.stderr).toBe(0);
      const pdf = readdirSync(join(outDir, '2026-2029')).find((name) => name.endsWith('.pdf'))!;
      const report = await verifyPdf(readFileSync(join(outDir, '2026-2029', pdf)), { trustAnchors: [new X509Certificate(readFileSync(pki.caPem))] });
      expect(report.ok).toBe(true);
      expect(report.signatures.map((signature) => signature.field)).toEqual(['organisationens-sigill']);
      const digest = /<code class="digest">([0-9a-f]{64})<\/code>/.exec(readFileSync(join(outDir, '2026-2029/index.html'), 'utf8'))?.[1];
      expect(digest).toBe(sha256(readFileSync(join(outDir, '2026-2029', pdf))));
    } finally {
      pki.cleanup();
    }
  });

  it('never seals a draft: its PDF is planned without a seal', async () => {
    const pdfs = async (status: 'draft' | 'final') => {
      const workspace = edition(status);
      return planArtifacts(await checkContent(workspace), workspace).filter((artifact) => artifact.kind === 'pdf');
    };
    expect((await pdfs('final')).map((artifact) => artifact.kind === 'pdf' && artifact.seal !== undefined)).toEqual([true]);
    expect((await pdfs('draft')).map((artifact) => artifact.kind === 'pdf' && artifact.seal !== undefined)).toEqual([false]);
  });

  it('refuses a site that is not among the targets, with exit 2 and the targets there are', async () => {
    const result = await runCommand('build', ['--site', 'region', '--out', join(makeTempDir('site-none-'), 'dist')], workspace());
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Okänt publiceringsmål "region" i agreement/webbplats.yaml. Målen som finns: kommun, polisen.');
  });

  it('refuses, as npm run check does, a site configuration with two targets of one id', async () => {
    const twice = workspace({ 'agreement/webbplats.yaml': SITE.replace('id: polisen', 'id: kommun') });
    const result = await runCommand('build', ['--site', 'kommun', '--out', join(makeTempDir('site-twice-'), 'dist')], twice);
    expect(result.code).toBe(1);
    expect(result.stdout + result.stderr).toContain('agreement/webbplats.yaml:9:9');
    expect(result.stdout + result.stderr).toContain('Id "kommun" används redan för ett annat publiceringsmål i agreement/webbplats.yaml:4.');
  });
});
