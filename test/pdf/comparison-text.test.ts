// The comparison PDF read as text (pdftotext, as a screen reader or a copy-paste gets it):
// every change of the text, in order, with its "Tillagt:" or "Borttaget:" label, and old and
// new words never run together.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { compareEditions, type EditionComparison } from '../../scripts/compare/compare-editions.ts';
import { wordsFor } from '../../scripts/language/index.ts';
import { checkContent } from '../../scripts/validate/check-content.ts';
import { pdfText } from '../helpers/pdf.ts';
import { fixtureWorkspace } from '../helpers/workspace.ts';

let comparison: EditionComparison;
let text: string;
const squash = (value: string) => value.replace(/\s+/g, ' ').trim();

beforeAll(async () => {
  const content = await checkContent(fixtureWorkspace('site'));
  const edition = (id: string) => content.editions.find((candidate) => candidate.id === id)!;
  comparison = compareEditions(content, edition('2021-2025'), edition('2026-2029'));
  const dir = join(inject('distDir'), 'compare', '2021-2025--2026-2029');
  const pdf = readdirSync(dir).find((name) => name.endsWith('.pdf'))!;
  // pdftotext joins a word broken at a line's hyphen; whitespace is compared as one space.
  text = squash(pdfText(join(dir, pdf)));
});

describe('the comparison PDF as text', () => {
  it('gives each change of the text, in order, with its label', () => {
    const labels = wordsFor(comparison.language).comparison;
    let from = 0;
    let changes = 0;
    for (const section of [...comparison.sections, ...comparison.focusAreaTexts]) {
      for (const part of section.blocks.flatMap((block) => block.cells.flat())) {
        if (part.kind === 'same') continue;
        const words = squash(part.text.split(/\n/).find((line) => line.trim()) ?? '').split(' ').slice(0, 3).join(' ');
        if (!words) continue;
        const expected = squash(`${part.kind === 'added' ? labels.inserted : labels.deleted} ${words}`);
        const at = text.indexOf(expected, from);
        expect(at, `"${expected}" (in ${section.heading}) after position ${from}`).toBeGreaterThanOrEqual(0);
        from = at + expected.length;
        changes += 1;
      }
    }
    expect(changes).toBeGreaterThan(5);
  });

  it('keeps a replaced word apart from its replacement', () => {
    const labels = wordsFor(comparison.language).comparison;
    expect(text).not.toContain('skallska');
    expect(text).toContain(squash(`${labels.deleted} skall ${labels.inserted} ska`));
  });
});
