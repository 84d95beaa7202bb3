// The first stage's test: could this text hold a name from the dataset? It reads words the way the engine does
// (lib/tokenize.ts: the same letters, the same folding) and looks them up in the keys of lib/sentinel-keys.ts.
// It must never say no where the engine would find something: where it is unsure how the engine cuts a word it
// checks every reading (a word cut by an apostrophe or a node boundary is checked both cut and whole; an
// Arabic word also without its first 1–4 letters, the clitics and article). A false yes only costs loading
// the engine. It runs once per page, before any JIT has warmed up, so the work per character is left to the
// browser's own code (a regular expression finds the words, toLowerCase folds ASCII, a Map of strings looks
// them up); JavaScript runs per word, and per character only for words with non-ASCII letters.
// Tiny and pure: no import of the engine, whose tables weigh half a megabyte;
// test/unit/lib/name-sentinel.test.ts checks every code unit against the engine's folding.
import type { SentinelKeys } from './sentinel-keys';


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
/** Latin-1 signs that are letters, digits, a format control or an apostrophe to the engine: ª ² ³ µ ¹ º ¼ ½ ¾, soft hyphen, acute accent. */
const LATIN1_SPECIAL = '\u00AA\u00B2\u00B3\u00B5\u00B9\u00BA\u00BC\u00BD\u00BE\u00AD\u00B4';

function stripMarks(s: string, form: 'NFD' | 'NFKD'): string {
  return s.normalize(form).replace(MARKS, '');
}

/** The class or folded code of a code unit, as lib/normalize.ts classify() and FOLD decide it. */
export function sentinelCode(c: number): number {
  // Without regular expressions where the answer is plain (ASCII, general punctuation): the Unicode
  // classes below take milliseconds to compile on a cold page.
  if (c < 0x80) {
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) return c;
    if (c >= 0x41 && c <= 0x5a) return c + 0x20;
    return c === 0x27 || c === 0x60 ? APOSTROPHE : SEPARATOR;
  }
  if (c >= 0x2000 && c <= 0x206f) {
    if (c === 0x2018 || c === 0x2019) return APOSTROPHE;
    return (c >= 0x200b && c <= 0x200f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2060 && c <= 0x206f && c !== 0x2065) ? SKIP : SEPARATOR;
  }
  // Latin-1: letters fold to their base letter (their marks come after it in NFD), the rest is punctuation.
  if (c >= 0xc0 && c <= 0xff && c !== 0xd7 && c !== 0xf7) return String.fromCharCode(c).normalize('NFD').toLowerCase().charCodeAt(0);
  if (c >= 0x80 && c <= 0xbf && !LATIN1_SPECIAL.includes(String.fromCharCode(c))) return SEPARATOR;
  // Currency, arrows, operators, technical signs, boxes, shapes, symbols: never letters.
  if ((c >= 0x20a0 && c <= 0x20cf) || (c >= 0x2190 && c <= 0x23ff) || (c >= 0x2500 && c <= 0x26ff)) return SEPARATOR;
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

/** Latin words this long or longer are looked up coarsened (sentinelWord). */
export const COARSE_FROM = 7;

/**
 * The form a folded word is looked up in: in a Latin word of COARSE_FROM letters or more, every vowel after the
 * first letter is "a" and a doubled letter counts once ("Hashimi", "Hashemi" → "hasham"; "Mohammed", "Muhammad"
 * → "mahamad"). Shorter words stay as they are: coarsened, they would meet too many words. Coarser than the engine's
 * key, so it can only add candidates; and spelling variants share a key, which keeps the key set small.
 * Arabic words are kept whole (their first letters may be clitics, read away in NameSentinel).
 */
export function sentinelWord(folded: string): string {
  const first = folded.charCodeAt(0);
  if ((isArabicScript(first) && !(first >= 0x30 && first <= 0x39)) || folded.length < COARSE_FROM) return folded;
  return coarse(folded);
}

function coarse(folded: string): string {
  return folded.replace(VOWEL_RUNS, 'a').replace(REPEATS, '$1');
}

/**
 * Runs of characters that may belong to a word: ASCII letters, digits and apostrophes, and anything outside
 * ASCII (non-ASCII separators are split off character by character). No Unicode property classes: those cost
 * milliseconds to compile on a cold page.
 */
const RUN = /[A-Za-z0-9'`\u0080-\uffff]+/g;
const RUN_EDGE = /[A-Za-z0-9'`\u0080-\uffff]/;
/** A run that needs the character-by-character reading: anything but plain ASCII letters and digits. */
const NOT_PLAIN = /[^A-Za-z0-9]/;
const VOWEL_RUNS = /(?!^)[aeiouy]/g;
const REPEATS = /(.)\1+/g;

/**
 * Latin words the engine may pass over between two words of a name (lib/tokenize.ts isArticle: al, el, and
 * before a hyphen the sun-letter forms): a pair of words is adjacent across them.
 */
const ARTICLES = new Set(['al', 'el', 'ad', 'as', 'an', 'at', 'ar', 'az', 'adh', 'ath', 'ash']);

export class NameSentinel {
  /** The entries, one per line (lib/sentinel-keys.ts), and every word and pair they hold. */
  private readonly entries: string;
  private readonly keyWords: Set<string>;
  private readonly codes = new Map<number, number>();
  /** Words and pairs of the key set seen so far. */
  private readonly seen = new Set<string>();
  private found = false;
  /** The last run of the previous text when it ran to its end: the engine may join it to the next text's first. */
  private carry = '';
  /**
   * The readings of the word being read (cut at an apostrophe and whole, an Arabic word without its clitics),
   * and those of the word before it, articles passed over: a pair key ("ali>mikdam") is seen when its second
   * word is read right after its first.
   */
  private current: string[] = [];
  private previous: string[] = [];
  /** Whether a word is being read, and whether it is an article (passed over between the words of a name). */
  private inWord = false;
  private article = false;

  constructor(keys: SentinelKeys) {
    // Only a set of words is built up front; an entry is looked at when one of its words turns up.
    this.entries = keys.entries;
    // Every word and pair, and both words of every pair (a pair's second word may be no word of the set).
    this.keyWords = new Set(keys.entries.split(/[ \n]/));
    for (const token of [...this.keyWords]) if (token.includes('>')) for (const word of token.split('>')) this.keyWords.add(word);
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
    if (this.found || !text) return this.found;
    const runs = text.match(RUN);
    if (!runs) {
      this.carry = '';
      this.endWord();
      return false;
    }
    const startsInRun = RUN_EDGE.test(text[0]);
    const endsInRun = RUN_EDGE.test(text[text.length - 1]);
    if (this.carry && startsInRun) {
      // The engine may read the last word of the previous text and this first one as one word, or as two:
      // the joined word and this first one stand in the same place, after the words before either.
      this.previous = this.previous.concat(this.current);
      this.run(this.carry + runs[0], true);
    } else this.endWord();
    for (let i = 0; i < runs.length && !this.found; i++) this.run(runs[i], i === runs.length - 1 && endsInRun);
    this.carry = endsInRun ? (runs.length === 1 && startsInRun ? this.carry : '') + runs[runs.length - 1] : '';
    return this.found;
  }

  /** The text that follows is not joined to what came before (a new element was added, say). */
  breakWord(): void {
    this.carry = '';
    this.endWord();
  }

  /** The word being read has ended: it becomes the word before the next, unless it is an article. */
  private endWord(): void {
    if (!this.inWord) return;
    // A word outside the key set leaves no word before the next: the two are not adjacent.
    if (this.article) this.previous = this.previous.concat(this.current);
    else this.previous = this.current;
    this.current = [];
    this.inWord = false;
    this.article = false;
  }

  /** One run of word characters; its last word stays open when `open` (the next text may go on with it). */
  private run(run: string, open: boolean): void {
    if (!NOT_PLAIN.test(run)) {
      this.word(run.toLowerCase(), false);
      if (!open) this.endWord();
      return;
    }
    // Apostrophes, marks, controls, accented or Arabic letters, separators the engine splits at: by character.
    let word = '';
    let arabic = false;
    let apostrophe = false;
    for (let i = 0; i < run.length; i++) {
      const c = run.charCodeAt(i);
      let code = this.codes.get(c);
      if (code === undefined) this.codes.set(c, (code = sentinelCode(c)));
      if (code > 0) {
        if (!word) arabic = isArabicScript(c) && !(code >= 0x30 && code <= 0x39);
        word += String.fromCharCode(code);
        apostrophe = false;
      } else if (code === SKIP) continue;
      else if (code === APOSTROPHE && word && !apostrophe) {
        // "Mikdam's" ends before it, "Kata'ib" goes on across it: check the word so far, and go on.
        apostrophe = true;
        this.word(word, arabic);
      } else {
        if (word) {
          this.word(word, arabic);
          this.endWord();
        }
        word = '';
        apostrophe = false;
      }
    }
    if (word) {
      this.word(word, arabic);
      if (!open) this.endWord();
    }
  }

  /** A folded word: looked up as the keys hold it, an Arabic one also without its first 1–4 letters. */
  private word(folded: string, arabic: boolean): void {
    // Readings of one word (cut at an apostrophe or a node's end, then whole) arrive one after the other: passed
    // over if any of them is an article, which can only keep more words before the next.
    this.article = (this.inWord && this.article) || (!arabic && ARTICLES.has(folded));
    this.inWord = true;
    if (arabic) {
      for (let skip = 0; skip <= 4 && skip < folded.length; skip++) this.key(skip ? folded.slice(skip) : folded);
      return;
    }
    this.key(folded.length >= COARSE_FROM ? coarse(folded) : folded);
  }

  private key(word: string): void {
    if (!this.keyWords.has(word)) return;
    this.current.push(word);
    for (const before of this.previous) {
      const pair = `${before}>${word}`;
      if (this.keyWords.has(pair)) this.see(pair);
    }
    this.see(word);
  }

  /** A word or pair of the key set: the entries holding it complete once all their words and pairs are seen. */
  private see(word: string): void {
    if (this.seen.has(word)) return;
    this.seen.add(word);
    const all = this.entries;
    for (let at = all.indexOf(word); at >= 0; at = all.indexOf(word, at + word.length)) {
      const end = at + word.length;
      if ((at > 0 && all[at - 1] !== ' ' && all[at - 1] !== '\n') || (end < all.length && all[end] !== ' ' && all[end] !== '\n')) continue;
      const from = all.lastIndexOf('\n', at) + 1;
      const to = all.indexOf('\n', end);
      if (all.slice(from, to < 0 ? all.length : to).split(' ').every((w) => this.seen.has(w))) {
        this.found = true;
        return;
      }
    }
  }
}
