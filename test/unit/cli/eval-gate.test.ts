// The regression gate of the spotting engine: precision and recall on the development corpus, per language.
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { evaluateCorpus } from '@/scripts/corpus-eval';
import { datasetSpotter } from '@/scripts/spot-file';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const SHARED = join(ROOT, '..', 'shared', 'corpus');
const dirs = [join(ROOT, 'test', 'corpus', 'en'), join(ROOT, 'test', 'corpus', 'ar'), ...(existsSync(SHARED) ? [SHARED] : [])];

const PRECISION = 0.97;
const RECALL = 0.95;

describe('spotting on the gold corpus', () => {
  const score = evaluateCorpus(dirs, datasetSpotter());

  it('has enough gold to measure: at least 12 articles and 300 mentions, in both languages', () => {
    expect(score.articles.length).toBeGreaterThanOrEqual(12);
    expect(score.byLang.en?.documents).toBeGreaterThanOrEqual(5);
    expect(score.byLang.ar?.documents).toBeGreaterThanOrEqual(5);
    expect(score.total.core).toBeGreaterThanOrEqual(300);
  });

  for (const lang of ['en', 'ar'] as const) {
    it(`${lang}: precision ≥ ${PRECISION} and recall of core mentions ≥ ${RECALL}`, () => {
      const s = score.byLang[lang]!;
      const report = score.articles
        .filter((a) => a.lang === lang)
        .flatMap((a) => [...a.misses.map((m) => `miss ${a.article}: ${m.text}`), ...a.falseAlarms.map((f) => `false alarm ${a.article}: ${f.text} → ${f.entityId}`)]);
      expect({ precision: s.precision >= PRECISION, recall: s.recall >= RECALL, report }).toMatchObject({ precision: true, recall: true });
    });
  }
});
