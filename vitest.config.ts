import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Browser-backed suites print PDFs and run axe; two cores, so give them room.
    testTimeout: 60_000,
    // Much of a test's time is spent waiting on Chromium, openssl, sshd or git in processes of
    // their own, so more test files than cores run at once.
    maxWorkers: 4,
    hookTimeout: 120_000,
    globalSetup: ['test/setup/build-once.ts'],
  },
});
