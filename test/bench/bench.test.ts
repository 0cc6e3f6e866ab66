// The bench's own parts, without timing anything: its arithmetic, its table, the synthetic
// editions (content that checks clean) and the preview measurement (a real rebuild).
import { describe, expect, it } from 'vitest';
import { previewRebuild } from '../../scripts/bench/preview-rebuild.ts';
import { formatResults } from '../../scripts/bench/report.ts';
import type { BenchResults } from '../../scripts/bench/run-bench.ts';
import { growth, median, pairedRatio } from '../../scripts/bench/stats.ts';
import { syntheticId, writeSyntheticEditions } from '../../scripts/bench/synthetic-editions.ts';
import { memoryWorkspace } from '../../scripts/workspace/memory-workspace.ts';
import { checkRoot, makeFixture, TEXT } from '../helpers/check-fixture.ts';
import { TEST_ASSETS } from '../helpers/workspace.ts';

describe('the arithmetic', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow();
  });

  it('takes ratios run by run, so a slow moment on both sides cancels out', () => {
    // Run 2 was slow for both: the medians alone would say 1.5, the pairs say 1.
    expect(pairedRatio([100, 300, 110], [100, 300, 110])).toBe(1);
    expect(pairedRatio([50, 150], [100, 300])).toBe(0.5);
  });

  it('calls linear growth 1 and faster growth more', () => {
    expect(growth([{ editions: 1, ms: 1000 }, { editions: 10, ms: 1900 }, { editions: 50, ms: 5900 }])).toBeCloseTo(1);
    expect(growth([{ editions: 1, ms: 1000 }, { editions: 10, ms: 1900 }, { editions: 50, ms: 9900 }])).toBeCloseTo(2);
  });
});

describe('the table', () => {
  const results: BenchResults = {
    date: '2026-01-01T00:00:00.000Z',
    command: 'npm run bench',
    runs: 3,
    machine: { cpu: 'AMD EPYC', cores: 2, memoryMb: 24105, kernel: '6.1', node: 'v20.20.2', chromium: 'Chromium 156', mdToPdf: '5.2.5' },
    load: { start: 0.5, end: 0.7 },
    tasks: {
      build: { label: 'npm run build (allt)', samplesMs: [900, 1000, 1100], medianMs: 1000, peakMb: 210 },
      'bare-print': { label: 'Chromiums utskrift', samplesMs: [1400, 1500, 1600], medianMs: 1500, peakMb: 220 },
    },
    ratios: [{ label: 'bygget / Chromiums utskrift', a: 'build', b: 'bare-print', ratio: 0.67, target: 0.8, met: true }],
    scaling: {
      points: [
        { editions: 1, medianMs: 1000, peakMb: 200 },
        { editions: 10, medianMs: 1900, peakMb: 220 },
        { editions: 50, medianMs: 5900, peakMb: 260 },
      ],
      growth: 1,
      memoryLimitMb: 500,
      met: true,
    },
    skipped: ['förhandsvisningen / pandoc: pandoc är inte installerat (apt-get install pandoc)'],
  };

  it('shows the medians, each ratio against its target, the scaling and what was left out', () => {
    const text = formatResults(results);
    expect(text).toMatch(/npm run build \(allt\)\s+1000 ms\s+210 MB/);
    expect(text).toMatch(/bygget \/ Chromiums utskrift\s+0\.67\s+≤ 0\.8\s+nått/);
    expect(text).toContain('50 → 5900 ms, 260 MB');
    expect(text).toContain('Utelämnat: förhandsvisningen / pandoc');
  });
});

describe('the synthetic editions', () => {
  it('are copies of one edition that check clean, each an edition of its own', async () => {
    const target = memoryWorkspace({ files: {}, assets: TEST_ASSETS });
    await writeSyntheticEditions(makeFixture().files, target.files, 3);
    const { content, errors } = await checkRoot(target);
    expect(errors).toEqual([]);
    expect(content.editions.map((edition) => edition.id)).toEqual([1, 2, 3].map(syntheticId));
    expect(content.editions.every((edition) => edition.meta.data.derivedFrom === undefined)).toBe(true);
  });
});

describe('the preview measurement', () => {
  it('writes a real edit and rebuilds the pages made from it', async () => {
    const workspace = makeFixture();
    const run = await previewRebuild(workspace, TEXT);
    const before = new TextDecoder().decode(await workspace.files.read(TEXT));
    const { ms } = await run();
    expect(ms).toBeGreaterThan(0);
    expect(new TextDecoder().decode(await workspace.files.read(TEXT))).not.toBe(before);
  });
});
