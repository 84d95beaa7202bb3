// The first stage runs on every page the reader opens: it must stay a few KB, its keys included. The second
// stage (engine, marks, the card's logic) loads only where a name may be: its code must stay small too; the
// dataset it embeds (the match index, a JSON string literal) grows with the data and is measured apart. The
// card's interface loads when a card may soon open, and carries no dataset. Sizes only.
import { describe, expect, it } from 'vitest';
import { CARD_UI_BUDGET_GZIP, CARD_UI_SCRIPT, CHROME_DIST, CONTENT_BUDGET_GZIP, CONTENT_SCRIPT, FIRST_STAGE_BUDGET_GZIP, READER_SCRIPT, measureScript } from '../../scripts/bench/bundle';
import { requireBuild } from './support/browsers';

const kb = (n: number) => `${(n / 1000).toFixed(1)} KB`;

describe('bundle size', () => {
  it(`keeps the first stage, keys included, under ${FIRST_STAGE_BUDGET_GZIP.toLocaleString('en')} bytes gzip`, () => {
    requireBuild(CHROME_DIST);
    const size = measureScript(CHROME_DIST, CONTENT_SCRIPT);
    console.log(`${CONTENT_SCRIPT} (first stage): ${kb(size.raw)} raw, ${kb(size.gzip)} gzip (budget ${FIRST_STAGE_BUDGET_GZIP} B gzip)`);
    // The engine's data must not creep into the first stage.
    expect(size.embedded).toEqual([]);
    expect(size.gzip).toBeLessThanOrEqual(FIRST_STAGE_BUDGET_GZIP);
  });

  it(`keeps the second stage under ${CONTENT_BUDGET_GZIP / 1000} KB gzip, the embedded dataset excluded`, () => {
    requireBuild(CHROME_DIST);
    const size = measureScript(CHROME_DIST, READER_SCRIPT);
    console.log(
      `${READER_SCRIPT} (second stage): ${kb(size.raw)} raw, ${kb(size.gzip)} gzip; ` +
        `without the embedded dataset: ${kb(size.withoutDataRaw)} raw, ${kb(size.withoutDataGzip)} gzip ` +
        `(budget ${kb(CONTENT_BUDGET_GZIP)} gzip); embedded: ${size.embedded.map((e) => `${e.what} ${kb(e.jsonBytes)} JSON`).join(', ') || 'none found'}`,
    );
    // The dataset must be found, or the figure below would silently include it.
    expect(size.embedded.map((e) => e.what)).toContain('match index');
    expect(size.withoutDataGzip).toBeLessThanOrEqual(CONTENT_BUDGET_GZIP);
  });

  it(`keeps the card's interface under ${CARD_UI_BUDGET_GZIP / 1000} KB gzip, with no dataset in it`, () => {
    requireBuild(CHROME_DIST);
    const size = measureScript(CHROME_DIST, CARD_UI_SCRIPT);
    console.log(`${CARD_UI_SCRIPT} (card interface): ${kb(size.raw)} raw, ${kb(size.gzip)} gzip (budget ${kb(CARD_UI_BUDGET_GZIP)} gzip)`);
    expect(size.embedded).toEqual([]);
    expect(size.gzip).toBeLessThanOrEqual(CARD_UI_BUDGET_GZIP);
  });
});
