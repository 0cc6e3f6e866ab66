// The compare fixture with a section both editions have that holds a list inside a list and a
// table, changed between them: for the comparison's structure, not only its words.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyFixture } from './fixtures.ts';

/** A section of the situation today, as utgava-a had it: a list with a list inside, and a table. */
const SITUATION_A = `
## Gemensam lägesbild

Lägesbilden bygger på:

- brottsstatistik från Polismyndigheten,
- kommunens trygghetsmätning, som visar att
  - fler kvinnor än män känner sig otrygga i centrum på kvällen,
  - otryggheten är störst kring stationen,
- medborgardialoger.

| Område | Andel otrygga 2023 | Andel otrygga 2025 |
| --- | --- | --- |
| Centrum | 31 % | 27 % |
| Strand | 24 % | 22 % |
`;

/** The same section in utgava-b: one sub-item reworded, one added, one row's figure changed and a row added. */
const SITUATION_B = SITUATION_A.replace('  - otryggheten är störst kring stationen,\n', '  - otryggheten är störst kring busstationen,\n  - unga känner sig tryggare än förut,\n')
  .replace('| Strand | 24 % | 22 % |\n', '| Strand | 24 % | 21 % |\n| Hamnen | 12 % | 11 % |\n');

const withSituation = (situation: string) => (text: string) => text.replace('\n## Uppföljning', `${situation}\n## Uppföljning`);

/** A copy of the compare fixture whose utgava-a and utgava-b have the situation section above, before "Uppföljning". */
export function nestedListAndTableFixture(): string {
  const root = copyFixture('compare');
  for (const [edition, situation] of [['utgava-a', SITUATION_A], ['utgava-b', SITUATION_B]] as const) {
    const path = join(root, 'agreement', edition, 'text.md');
    writeFileSync(path, withSituation(situation)(readFileSync(path, 'utf8')));
  }
  return root;
}
