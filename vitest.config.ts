import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    pool: 'threads',
    // Stops the run with one line when tclsh or chromium is missing (scripts/preflight.mjs).
    globalSetup: ['test/setup/preflight.ts'],
  },
});
