// The regression gate of the spotting engine: precision and recall on the development corpus and on the real
// articles of ../shared/corpus-real, per language.
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

// Real articles nobody on the project wrote (../shared/corpus-real beside the checkout, as in CI). Floors a
// little below the figures reached (issue 10: en 98.5 % precision, 92.4 % recall; ar 98.9 %, 84.6 %; links
// 99.6 % and 98.8 %); the rest of the gap is mostly entities the dataset does not hold yet.
const REAL = join(ROOT, '..', 'shared', 'corpus-real');
const REAL_FLOORS = {
  en: { precision: 0.97, recall: 0.9, link: 0.98 },
  ar: { precision: 0.97, recall: 0.85, link: 0.97 },
} as const;

describe.skipIf(!existsSync(REAL))(`spotting on real articles (${existsSync(REAL) ? REAL : 'skipped: ../shared/corpus-real is absent'})`, () => {
  const score = existsSync(REAL) ? evaluateCorpus([REAL], datasetSpotter()) : undefined;

  it('has real articles in both languages', () => {
    expect(score!.byLang.en?.documents).toBeGreaterThanOrEqual(10);
    expect(score!.byLang.ar?.documents).toBeGreaterThanOrEqual(5);
  });

  for (const lang of ['en', 'ar'] as const) {
    const floor = REAL_FLOORS[lang];
    it(`${lang}: precision ≥ ${floor.precision}, core recall ≥ ${floor.recall}, link accuracy ≥ ${floor.link}`, () => {
      const s = score!.byLang[lang]!;
      const report = score!.articles
        .filter((a) => a.lang === lang)
        .flatMap((a) => [...a.misses.map((m) => `miss ${a.article}: ${m.text}`), ...a.falseAlarms.map((f) => `false alarm ${a.article}: ${f.text} → ${f.entityId}`)]);
      expect({
        precision: s.precision >= floor.precision,
        recall: s.recall >= floor.recall,
        link: s.link.accuracy >= floor.link,
        figures: { precision: s.precision, recall: s.recall, link: s.link.accuracy },
        report,
      }).toMatchObject({ precision: true, recall: true, link: true });
    });
  }
});
if (!existsSync(REAL)) console.warn(`eval gate: ${REAL} is absent, the real-article gate is skipped`);
