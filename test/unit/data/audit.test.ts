import { describe, expect, it } from 'vitest';
import { collectClaims, formatClaim, sampleClaims } from '@/data/audit';
import { Rng } from '../../../scripts/bench/prng';
import { entities, src } from '../mini-dataset';

describe('the audit sample', () => {
  const claims = collectClaims(entities);

  it('turns every sourced part of a record into a claim, with its sources', () => {
    expect(claims.map((c) => c.where)).toContain('evt:2021-01-01-abduction perpetrators[0]');
    const perp = claims.find((c) => c.kind === 'perpetrator')!;
    expect(perp.text).toBe('Iran-aligned armed factions [alleged] in Abduction of A Victim: activists');
    expect(perp.src).toEqual(['src:a']);
    expect(claims.filter((c) => c.kind === 'summary')).toHaveLength(entities.length);
  });

  it('is the same for the same seed and differs for another', () => {
    const draw = (seed: number) => sampleClaims(claims, 3, ((r) => () => r.next())(new Rng(seed))).map((c) => c.where);
    expect(draw(5)).toEqual(draw(5));
    expect(new Set(draw(5)).size).toBe(3);
    expect([1, 2, 3, 4, 6].some((seed) => draw(seed).join() !== draw(5).join())).toBe(true);
  });

  it('draws perpetrator claims far more often than plain summaries', () => {
    let perpetrator = 0;
    for (let seed = 1; seed <= 400; seed++) {
      const rng = new Rng(seed);
      if (sampleClaims(claims, 1, () => rng.next())[0].kind === 'perpetrator') perpetrator++;
    }
    // one perpetrator claim of weight 4 among nine claims of weight 1: about 4/13 of the draws, against 1/9 unweighted
    expect(perpetrator / 400).toBeGreaterThan(0.2);
  });

  it('prints the publisher, title, date and URL of each cited source', () => {
    const text = formatClaim(1, claims[0], new Map([[src.id, src]]));
    expect(text).toContain('P, "T", 2020-01-01, https://example.org/a');
  });
});
