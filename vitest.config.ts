import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';
import { datasetPlugin } from './data/vite-plugin';

// Unit tests: the engine, the data tools and the components (happy-dom). Browser behaviour is in test/e2e.
export default defineConfig({
  plugins: [WxtVitest(), preact(), datasetPlugin()],
  test: {
    environment: 'happy-dom',
    include: ['test/unit/**/*.test.{ts,tsx}'],
    // Some tests start the command-line tools as processes; on a busy two-core machine that takes seconds.
    testTimeout: 60_000,
  },
});
