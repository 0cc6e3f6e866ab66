// Every PDF the build writes (the editions and the comparison) against the suite's own
// PDF/UA-1 and PDF/A-3b checker (test/helpers/pdf-ua.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { listFiles } from '../helpers/build-fixture.ts';
import { pdfUaProblems } from '../helpers/pdf-ua.ts';

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
