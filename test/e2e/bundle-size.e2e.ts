// The content script runs on every page the reader opens: its code must stay small. The dataset it embeds (the
// match index, a JSON string literal) grows with the data and is measured apart. Sizes only, no timings.
import { describe, expect, it } from 'vitest';
import { CHROME_DIST, CONTENT_BUDGET_GZIP, CONTENT_SCRIPT, measureScript } from '../../scripts/bench/bundle';
import { requireBuild } from './support/browsers';

describe('bundle size', () => {
  it(`keeps the content script under ${CONTENT_BUDGET_GZIP / 1000} KB gzip, the embedded dataset excluded`, () => {
    requireBuild(CHROME_DIST);
    const size = measureScript(CHROME_DIST, CONTENT_SCRIPT);
    const kb = (n: number) => `${(n / 1000).toFixed(1)} KB`;
    console.log(
      `${CONTENT_SCRIPT}: ${kb(size.raw)} raw, ${kb(size.gzip)} gzip; ` +
        `without the embedded dataset: ${kb(size.withoutDataRaw)} raw, ${kb(size.withoutDataGzip)} gzip ` +
        `(budget ${kb(CONTENT_BUDGET_GZIP)} gzip); embedded: ${size.embedded.map((e) => `${e.what} ${kb(e.jsonBytes)} JSON`).join(', ') || 'none found'}`,
    );
    // The dataset must be found, or the figure below would silently include it.
    expect(size.embedded.map((e) => e.what)).toContain('match index');
    expect(size.withoutDataGzip).toBeLessThanOrEqual(CONTENT_BUDGET_GZIP);
  });
});
