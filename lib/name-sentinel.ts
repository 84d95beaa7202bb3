// The first stage's test: could this text hold a name from the dataset? It reads words the way the engine does
// (lib/tokenize.ts: the same letters, the same folding, the same FNV hash of the folded word) and looks them up
// in the keys of lib/sentinel-keys.ts. It must never say no where the engine would find something: where it
// is unsure how the engine cuts a word it checks every reading (a word cut by an apostrophe or a node boundary
// is checked both cut and whole; an Arabic word also without its first 1–4 letters, the clitics and article).
// A false yes only costs loading the engine. Tiny and pure: no import of the engine, whose tables weigh
// half a megabyte; test/unit/lib/name-sentinel.test.ts checks every code unit against the engine's folding.
import type { SentinelKeys } from './sentinel-keys';

const FNV_BASIS = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** What a code unit is: a letter's folded code (> 0), or one of these. */
const SEPARATOR = 0;
/** Ignored inside a word (marks, tatweel, format controls). */
const SKIP = -1;
/** An apostrophe: inside a word when a letter follows, a separator otherwise. */
const APOSTROPHE = -2;

const APOSTROPHES = "'\u2019\u2018\u02BF\u02BE\u02BC`\u00B4";
const SEPARATORS = '-\u2010\u2011\u2012\u2013\u2212.!?;\u061F\u061B\u06D4\u2026\u3002\n\r\u2028\u2029';
// Arabic letters that Unicode decomposition leaves alone, folded as the engine folds them (lib/normalize.ts).
const ARABIC_LETTERS: Record<string, string> = {
  '\u0671': '\u0627', '\u0649': '\u064A', '\u0629': '\u0647', '\u06AF': '\u0643', '\u06A9': '\u0643', '\u06AA': '\u0643',
  '\u06CC': '\u064A', '\u06A4': '\u0641', '\u067E': '\u0628', '\u0686': '\u062C', '\u06D5': '\u0647',
};
const MARKS = /\p{M}/gu;

function stripMarks(s: string, form: 'NFD' | 'NFKD'): string {
  return s.normalize(form).replace(MARKS, '');
}

/** The class or folded code of a code unit, as lib/normalize.ts classify() and FOLD decide it. */
export function sentinelCode(c: number): number {
  if (c >= 0xd800 && c <= 0xdfff) return SEPARATOR;
  const ch = String.fromCharCode(c);
  if (APOSTROPHES.includes(ch)) return APOSTROPHE;
  if (SEPARATORS.includes(ch)) return SEPARATOR;
  if (c === 0x0640 || /^\p{M}$/u.test(ch)) return SKIP;
  if (/^\p{Cf}$/u.test(ch)) return SKIP;
  if (/^\s$/u.test(ch) || !/^[\p{L}\p{N}]$/u.test(ch)) return SEPARATOR;
  if (c >= 0x0660 && c <= 0x0669) return 0x30 + c - 0x0660;
  if (c >= 0x06f0 && c <= 0x06f9) return 0x30 + c - 0x06f0;
  let s = stripMarks(stripMarks(ch, 'NFKD').toLowerCase(), 'NFD');
  if (s.length !== 1) s = stripMarks(stripMarks(ch, 'NFD').toLowerCase(), 'NFD');
  if (s.length === 0) return SKIP;
  return (ARABIC_LETTERS[s[0]] ?? s[0]).charCodeAt(0);
}

function isArabicScript(c: number): boolean {
  return (c >= 0x0600 && c <= 0x06ff) || (c >= 0x0750 && c <= 0x077f) || (c >= 0x08a0 && c <= 0x08ff) || (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefc);
}

const VOWELS = new Set([0x61, 0x65, 0x69, 0x6f, 0x75, 0x79]);
const A = 0x61;
/** Latin words this long or longer are looked up coarsened (sentinelWord). */
export const COARSE_FROM = 8;

/**
 * The form a folded word is looked up in: in a Latin word of COARSE_FROM letters or more, every vowel after the
 * first letter is "a" and a doubled letter counts once ("Hashimi", "Hashemi" → "hasham"; "Mohammed", "Muhammad"
 * → "mahamad"). Shorter words stay as they are: coarsened, they would meet too many words. Coarser than the engine's
 * key, so it can only add candidates; and spelling variants share a key, which keeps the key set small.
 * Arabic words are kept whole (their first letters may be clitics, read away in NameSentinel).
 */
export function sentinelWord(folded: string): string {
  const first = folded.charCodeAt(0);
  if (isArabicScript(first) || folded.length < COARSE_FROM) return folded;
  let out = folded[0];
  let prev = first;
  for (let i = 1; i < folded.length; i++) {
    const c = VOWELS.has(folded.charCodeAt(i)) ? A : folded.charCodeAt(i);
    if (c === prev) continue;
    out += String.fromCharCode(c);
    prev = c;
  }
  return out;
}

function hashOf(word: string): number {
  let h = FNV_BASIS;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), FNV_PRIME);
  return h;
}

/** The keys as hash tables: for each word, the entries it belongs to; for each entry, how many words it needs. */
class KeyTables {
  readonly entriesOf = new Map<number, number[]>();
  readonly need: Uint8Array;

  constructor(keys: SentinelKeys) {
    const lines = keys.entries.split('\n');
    this.need = new Uint8Array(lines.length);
    lines.forEach((line, entry) => {
      const words = new Set(line.split(' ').filter(Boolean));
      this.need[entry] = words.size || 255;
      for (const word of words) {
        const h = hashOf(word);
        const list = this.entriesOf.get(h);
        if (list) list.push(entry);
        else this.entriesOf.set(h, [entry]);
      }
    });
  }
}

export class NameSentinel {
  private readonly tables: KeyTables;
  private readonly ascii = new Int32Array(128);
  private readonly other = new Map<number, number>();
  /** Words of the key set seen so far, and how many words of each entry they cover. */
  private readonly seen = new Set<number>();
  private readonly have: Uint8Array;
  private found = false;
  // The word being read (it may continue in the next text): its hashes without its first 0–4 letters.
  private len = 0;
  private arabic = false;
  private h0 = FNV_BASIS;
  private h1 = FNV_BASIS;
  private h2 = FNV_BASIS;
  private h3 = FNV_BASIS;
  private h4 = FNV_BASIS;
  private afterApostrophe = false;
  /** A Latin word's coarsened hash (sentinelWord), and the last letter that went into it. */
  private hc = FNV_BASIS;
  private prev = 0;

  constructor(keys: SentinelKeys) {
    this.tables = new KeyTables(keys);
    this.have = new Uint8Array(this.tables.need.length);
    for (let c = 0; c < 128; c++) this.ascii[c] = sentinelCode(c);
  }

  /** Whether some text read so far may hold a name. */
  get candidate(): boolean {
    return this.found;
  }

  /**
   * Reads one text (a text node). A word cut at its end is checked as it is and also carried on into the next
   * text, since the engine may join the two. Returns whether a candidate has been seen.
   */
  read(text: string): boolean {
    const ascii = this.ascii;
    const n = text.length;
    for (let i = 0; i < n && !this.found; i++) {
      const c = text.charCodeAt(i);
      let code = c < 128 ? ascii[c] : this.other.get(c);
      if (code === undefined) this.other.set(c, (code = sentinelCode(c)));
      if (code > 0) {
        this.afterApostrophe = false;
        this.letter(c, code);
      } else if (code === SKIP) continue;
      else if (code === APOSTROPHE && this.len > 0 && !this.afterApostrophe) {
        // "Mikdam's" ends before it, "Kata'ib" goes on across it: check the word so far, and go on.
        this.afterApostrophe = true;
        this.check();
      } else this.endWord();
    }
    if (this.len > 0) this.check();
    return this.found;
  }

  /** The text that follows is not joined to what came before (a new element was added, say). */
  breakWord(): void {
    this.endWord();
  }

  private letter(c: number, code: number): void {
    if (this.len === 0) {
      this.arabic = isArabicScript(c) && !(code >= 0x30 && code <= 0x39);
      this.prev = code;
      this.hc = Math.imul(FNV_BASIS ^ code, FNV_PRIME);
    } else if (!this.arabic) {
      // sentinelWord(): after the first letter, vowels are "a" and doubled letters count once.
      const coarse = VOWELS.has(code) ? A : code;
      if (coarse !== this.prev) this.hc = Math.imul(this.hc ^ coarse, FNV_PRIME);
      this.prev = coarse;
    }
    this.h0 = Math.imul(this.h0 ^ code, FNV_PRIME);
    if (this.arabic) {
      if (this.len > 0) this.h1 = Math.imul(this.h1 ^ code, FNV_PRIME);
      if (this.len > 1) this.h2 = Math.imul(this.h2 ^ code, FNV_PRIME);
      if (this.len > 2) this.h3 = Math.imul(this.h3 ^ code, FNV_PRIME);
      if (this.len > 3) this.h4 = Math.imul(this.h4 ^ code, FNV_PRIME);
    }
    this.len++;
  }

  private endWord(): void {
    if (this.len > 0) this.check();
    this.len = 0;
    this.afterApostrophe = false;
    this.h0 = this.h1 = this.h2 = this.h3 = this.h4 = FNV_BASIS;
  }

  private check(): void {
    if (!this.arabic) return this.word(this.len >= COARSE_FROM ? this.hc : this.h0);
    this.word(this.h0);
    if (this.len > 1) this.word(this.h1);
    if (this.len > 2) this.word(this.h2);
    if (this.len > 3) this.word(this.h3);
    if (this.len > 4) this.word(this.h4);
  }

  private word(h: number): void {
    const entries = this.tables.entriesOf.get(h);
    if (!entries || this.seen.has(h)) return;
    this.seen.add(h);
    const { need } = this.tables;
    for (const entry of entries) if (++this.have[entry] === need[entry]) this.found = true;
  }
}
