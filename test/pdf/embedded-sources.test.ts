// PDF/A-3: an edition's PDF carries the files it was built from, as associated files with
// relationship Source, byte for byte; poppler's pdfdetach, which shares no code with the
// build, lists them.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { FIXTURES_DIR } from '../helpers/build-fixture.ts';
import { embeddedFiles, loadPdf } from '../helpers/pdf-ua.ts';

const distDir = inject('distDir');
const pdfOf = (id: string) => join(distDir, id, readdirSync(join(distDir, id)).find((name) => name.endsWith('.pdf'))!);

describe.each(['2021-2025', '2026-2029'])('the PDF of %s', (id) => {
  it('embeds its sources as Source files whose bytes are the content files', async () => {
    const path = pdfOf(id);
    const files = embeddedFiles(await loadPdf(readFileSync(path)));
    const names = files.map((file) => file.name);
    expect(names).toContain(`agreement/${id}/text.md`);
    expect(names).toContain(`agreement/${id}/edition.yaml`);
    expect(names).toContain('agreement/ordlista.yaml');
    expect(names.some((name) => name.startsWith(`agreement/${id}/fokusomraden/`))).toBe(true);
    for (const file of files) {
      expect(file.relationship, file.name).toBe('Source');
      expect(Buffer.from(file.bytes).equals(readFileSync(join(FIXTURES_DIR, 'site', file.name))), file.name).toBe(true);
    }
    const listed = execFileSync('pdfdetach', ['-list', path], { encoding: 'utf8' });
    for (const name of names) expect(listed).toContain(name);
  });
});
