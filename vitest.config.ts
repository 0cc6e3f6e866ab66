import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Browser-backed suites print PDFs and run axe; two cores, so give them room.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    globalSetup: ['test/setup/build-once.ts'],
  },
});
