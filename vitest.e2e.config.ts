import { defineConfig } from 'vitest/config';

// End-to-end tests in real Chromium and Firefox against the built extension (.output/). One file at a time:
// two browsers at once on two cores make timings flaky.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/e2e/**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 90_000,
    fileParallelism: false,
  },
});
