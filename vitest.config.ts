import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Browser-backed suites print PDFs and run axe; two cores, so give them room.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    globalSetup: ['test/setup/build-once.ts'],
    setupFiles: ['test/setup/per-file.ts'],
    // Both cores: most of a browser-backed file's time is spent waiting on Chromium, so two
    // workers overlap well (vitest's default on two cores is one).
    maxWorkers: 2,
    // The files share each worker's module graph: importing the tool's modules afresh for every
    // file was a third of the suite's CPU time. No test changes module state or the environment.
    isolate: false,
  },
});
