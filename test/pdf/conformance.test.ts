// Every PDF the build writes (the editions and the comparison) against the suite's own
// PDF/UA-1 and PDF/A-3b checker (test/helpers/pdf-ua.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { listFiles } from '../helpers/build-fixture.ts';
import { allNodes, loadPdf, pdfUaProblems, structureTree } from '../helpers/pdf-ua.ts';

const distDir = inject('distDir');
const pdfs = listFiles(distDir).filter((path) => path.endsWith('.pdf'));

describe('the built PDFs', () => {
  it('are the two editions and the comparison', () => {
    expect(pdfs).toHaveLength(3);
  });

  it.each(pdfs)('%s meets the machine-checkable PDF/UA-1 and PDF/A-3b conditions', async (path) => {
    expect(await pdfUaProblems(readFileSync(join(distDir, path)))).toEqual([]);
  });
});

describe.each(['2021-2025', '2026-2029'])('the tags of the %s PDF', (id) => {
  it('make the title-page facts and the glossary tables with a header per row, and each signatory\'s lines paragraphs', async () => {
    const path = pdfs.find((candidate) => candidate.startsWith(`${id}/`))!;
    const nodes = [...allNodes(structureTree(await loadPdf(readFileSync(join(distDir, path)))))];
    const tables = nodes.filter((node) => node.role === 'Table');
    expect(tables.length).toBeGreaterThanOrEqual(2);
    for (const table of tables) for (const row of table.kids) expect(row.kids[0]?.role).toBe('TH');
    const signatories = nodes.filter((node) => node.role === 'LBody' && node.kids.length >= 3 && node.kids.every((kid) => kid.role === 'P'));
    expect(signatories.length).toBeGreaterThanOrEqual(2);
  });
});
