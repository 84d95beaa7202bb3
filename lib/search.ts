// Search over names in both scripts for the popup, with the engine's normalisation: case, diacritics,
// apostrophes, hyphens, Arabic letter forms and the article/clitics do not matter ("Kata'ib" = "kataib",
// "للحشد" finds "الحشد الشعبي"). Every word of the query must begin a word of the entry.
import { normalize } from './normalize';

// Conjunction, then preposition, then article; لل is ل + ال.
const ARABIC_PREFIXES = ['', 'و', 'ف'].flatMap((c) => ['', 'ب', 'ل', 'ك'].flatMap((p) => ['', 'ال'].map((a) => c + p + a))).concat(['لل', 'ولل', 'فلل']);

/** The search words of a text: folded, without the Latin article. */
export function searchWords(text: string): string[] {
  return normalize(text)
    .text.split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && w !== 'al' && w !== 'el');
}

/** An Arabic word may carry fused clitics (وكتائب, للحشد) or start with a letter that looks like one (بغداد):
 * both readings are kept, as the matching engine does. */
export function readings(word: string): string[] {
  if (!/^[\u0600-\u06FF]/.test(word)) return [word];
  const out = new Set<string>();
  for (const prefix of ARABIC_PREFIXES) if (word.startsWith(prefix) && word.length - prefix.length >= 2) out.add(word.slice(prefix.length));
  return [...out];
}

export interface SearchEntry {
  id: string;
  texts: string[];
}

export class NameSearch {
  private readonly words: string[] = [];
  private readonly owners: number[][] = [];
  private readonly entries: Array<{ id: string; full: Set<string>; texts: string[] }> = [];
  private readonly byId = new Map<string, number>();

  constructor(entries: SearchEntry[]) {
    const byWord = new Map<string, Set<number>>();
    entries.forEach((entry, i) => {
      const full = new Set<string>();
      for (const text of entry.texts) {
        const words = searchWords(text);
        full.add(words.join(' '));
        for (const word of words)
          for (const reading of readings(word)) (byWord.get(reading) ?? byWord.set(reading, new Set()).get(reading)!).add(i);
      }
      this.byId.set(entry.id, i);
      this.entries.push({ id: entry.id, full, texts: entry.texts });
    });
    for (const word of [...byWord.keys()].sort()) {
      this.words.push(word);
      this.owners.push([...byWord.get(word)!]);
    }
  }

  /** Ids of the entries matching every word of the query, best first (whole-name matches, then fewer words). */
  search(query: string, limit = 50): string[] {
    const words = searchWords(query);
    if (!words.length) return [];
    let hits: number[] | null = null;
    for (const word of words) {
      const found = new Set(readings(word).flatMap((r) => [...this.withPrefix(r)]));
      hits = hits ? hits.filter((i) => found.has(i)) : [...found];
      if (!hits.length) return [];
    }
    const joined = words.join(' ');
    const rank = (i: number) => {
      const full = this.entries[i].full;
      if (full.has(joined)) return 0;
      for (const name of full) if (name.startsWith(joined)) return 1;
      return 2;
    };
    return hits!
      .sort((a, b) => rank(a) - rank(b) || a - b)
      .slice(0, limit)
      .map((i) => this.entries[i].id);
  }

  /**
   * Which of an entry's texts the query matched (a name, an alias, or a victim's or place's name for a case),
   * so that a result can say why it is there: the whole-name match first, then the first text that has every
   * word of the query.
   */
  matched(id: string, query: string): string | undefined {
    const at = this.byId.get(id);
    const words = searchWords(query);
    if (at === undefined || !words.length) return undefined;
    const joined = words.join(' ');
    const scored = this.entries[at].texts
      .map((text) => {
        const own = searchWords(text);
        const ownReadings = own.map((w) => readings(w));
        const hasAll = words.every((q) => readings(q).some((r) => ownReadings.some((rs) => rs.some((x) => x.startsWith(r)))));
        const name = own.join(' ');
        return { text, hasAll, rank: name === joined ? 0 : name.startsWith(joined) ? 1 : 2 };
      })
      .filter((x) => x.hasAll)
      .sort((a, b) => a.rank - b.rank);
    return scored[0]?.text;
  }

  private withPrefix(prefix: string): Set<number> {
    const found = new Set<number>();
    let lo = 0;
    let hi = this.words.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.words[mid] < prefix) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < this.words.length && this.words[i].startsWith(prefix); i++) for (const owner of this.owners[i]) found.add(owner);
    return found;
  }
}
