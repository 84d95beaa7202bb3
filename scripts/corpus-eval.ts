// Scores the spotter against every *.gold.json in some folders (the gold format of shared/corpus).
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join, basename } from 'node:path';
import type { Spotter } from '../lib/spotter';
import { aggregate, scoreDocument, type AggregateScore, type DocumentScore, type GoldFile } from '../lib/eval-score';

export interface ArticleScore extends DocumentScore {
  lang: 'en' | 'ar';
  file: string;
}
export interface CorpusScore {
  articles: ArticleScore[];
  total: AggregateScore;
  byLang: Partial<Record<'en' | 'ar', AggregateScore>>;
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
      const score = scoreDocument(spotter.spot(text), gold, text);
      articles.push({ ...score, lang: languageOf(text), file });
    }
  }
  const byLang: CorpusScore['byLang'] = {};
  for (const lang of ['en', 'ar'] as const) {
    const of = articles.filter((a) => a.lang === lang);
    if (of.length) byLang[lang] = aggregate(of);
  }
  return { articles, total: aggregate(articles), byLang };
}
