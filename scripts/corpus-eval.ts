// Scores the spotter against every *.gold.json in some folders (the gold format of shared/corpus).
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join, basename } from 'node:path';
import type { Spotter } from '../lib/spotter';
import type { Mention } from '../lib/types';
import {
  aggregate,
  coverage,
  entityMapping,
  linkScore,
  missCause,
  scoreDocument,
  type AggregateScore,
  type Coverage,
  type DocumentScore,
  type GoldFile,
  type LinkScore,
  type MissCause,
} from '../lib/eval-score';

export interface ArticleScore extends DocumentScore {
  lang: 'en' | 'ar';
  file: string;
  found: Mention[];
  gold: GoldFile;
}
export interface LangScore extends AggregateScore {
  link: LinkScore;
  coverage: Coverage;
  /** Core misses by cause. */
  causes: Partial<Record<MissCause, number>>;
}
export interface CorpusScore {
  articles: ArticleScore[];
  total: LangScore;
  byLang: Partial<Record<'en' | 'ar', LangScore>>;
}

/** Arabic when most letters are Arabic. */
export function languageOf(text: string): 'en' | 'ar' {
  const arabic = (text.match(/[\u0600-\u06FF]/g) ?? []).length;
  const latin = (text.match(/[A-Za-z]/g) ?? []).length;
  return arabic > latin ? 'ar' : 'en';
}

export function goldFiles(dir: string): string[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new Error(`no such folder: ${dir}`);
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.gold.json'))
    .sort()
    .map((f) => join(dir, f));
}

export function evaluateCorpus(dirs: string[], spotter: Spotter): CorpusScore {
  const articles: ArticleScore[] = [];
  for (const dir of dirs) {
    for (const file of goldFiles(dir)) {
      const gold = JSON.parse(readFileSync(file, 'utf8')) as GoldFile;
      const textFile = join(file, '..', gold.article ?? basename(file).replace(/\.gold\.json$/, '.txt'));
      const text = readFileSync(textFile, 'utf8');
      const system = spotter.spot(text);
      const score = scoreDocument(system, gold, text);
      articles.push({ ...score, lang: languageOf(text), file, found: system, gold });
    }
  }
  // One mapping of system ids to gold entities over the whole set (README of corpus-real).
  const mapping = entityMapping(articles);
  const mapped = new Set([...mapping.values(), ...articles.flatMap((a) => a.found.map((m) => m.entityId))]);
  const score = (of: ArticleScore[]): LangScore => {
    const causes: LangScore['causes'] = {};
    for (const a of of) for (const m of a.misses) causes[missCause(m, mapped)] = (causes[missCause(m, mapped)] ?? 0) + 1;
    return { ...aggregate(of), link: linkScore(of, mapping), coverage: coverage(of, mapping), causes };
  };
  const byLang: CorpusScore['byLang'] = {};
  for (const lang of ['en', 'ar'] as const) {
    const of = articles.filter((a) => a.lang === lang);
    if (of.length) byLang[lang] = score(of);
  }
  return { articles, total: score(articles), byLang };
}
