// Scale: a synthetic tree of 200 editions (100 times the site fixture's two, copies of its draft) is checked in
// memory within a bound, and rendering edition after edition does not grow the heap: what one
// edition needs is let go before the next. The full build at this scale is `npm run bench`'s.
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { writeSyntheticEditions } from '../../scripts/bench/synthetic-editions.ts';
import { renderEditionPage } from '../../scripts/render/edition-page.ts';
import { memoryFiles } from '../../scripts/workspace/memory-files.ts';
import { memoryWorkspace } from '../../scripts/workspace/memory-workspace.ts';
import { checkRoot } from '../helpers/check-fixture.ts';
import { FIXTURES_DIR, readTree, TEST_ASSETS, TEST_DATE } from '../helpers/workspace.ts';

const EDITIONS = 200;

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
function heapAfterGc(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

async function syntheticWorkspace(count: number) {
  const target = memoryFiles();
  await writeSyntheticEditions(memoryFiles(readTree(join(FIXTURES_DIR, 'site'))), target, count);
  return memoryWorkspace({
    files: Object.fromEntries(target.entries),
    assets: TEST_ASSETS,
    date: TEST_DATE,
    browserPath: () => Promise.reject(new Error('ingen webbläsare i skaltestet')),
  });
}

describe('100 times the real content', () => {
  it(`${EDITIONS} editions check without errors, in bounded time and memory`, { timeout: 120_000 }, async () => {
    const workspace = await syntheticWorkspace(EDITIONS);
    const before = heapAfterGc();
    const started = Date.now();
    const { content, errors } = await checkRoot(workspace);
    const seconds = (Date.now() - started) / 1000;
    const megabytes = (heapAfterGc() - before) / 1e6;
    console.log(`check av ${EDITIONS} utgåvor: ${seconds.toFixed(1)} s, ${megabytes.toFixed(0)} MB kvar i heapen`);
    expect(content.editions).toHaveLength(EDITIONS);
    expect(errors).toEqual([]);
    // About 5 s on a quiet machine; the bound leaves room for a busy CI runner, not for quadratic work.
    expect(seconds).toBeLessThan(60);
    expect(megabytes).toBeLessThan(400);
  });

  it('rendering edition after edition does not grow the heap', { timeout: 120_000 }, async () => {
    const { content } = await checkRoot(await syntheticWorkspace(40));
    const heap: number[] = [];
    for (const [index, edition] of content.editions.entries()) {
      await renderEditionPage(content, edition, { pdf: 'x.pdf' });
      if (index % 10 === 9) heap.push(heapAfterGc());
    }
    console.log(`heap efter 10, 20, 30, 40 utgåvor: ${heap.map((bytes) => `${(bytes / 1e6).toFixed(0)} MB`).join(', ')}`);
    // From the 10th edition to the 40th, a few MB at most (caches of the language and the processor are filled by the first).
    expect(heap.at(-1)! - heap[0]!).toBeLessThan(16e6);
  });
});
