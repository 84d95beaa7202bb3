// Splits text into words (tokens) in one pass, without allocating per word: each token gets its offsets, flags,
// its first folded characters and a hash of its folded key. Also the word-level rules: possessive 's, the Latin
// article (al-, el-, ad- …), the optional Arabic article ال and the Arabic clitics و ف ب ل ك لل.
import {
  CLASS,
  FOLD,
  INFO,
  INFO_CLASS_SHIFT,
  INFO_FLAGS_SHIFT,
  classify,
  C_LETTER,
  C_DROP,
  C_MARK,
  C_APOS,
  C_NEWLINE,
  C_HYPHEN,
  C_DASH,
  C_DOT,
  C_STOP,
  C_OTHER,
  C_QUOTE,
  L_UPPER,
  L_LOWER,
  L_ARABIC,
} from './normalize';

/** Token flags. */
export const T_FIRST_UPPER = 1;
export const T_FIRST_LOWER = 2;
export const T_HAS_LOWER = 4;
export const T_ARABIC = 8;
/** A Latin article (al, el; ad-, ash-, as- … only when joined by a hyphen): skipped when matching. */
export const T_ARTICLE = 16;
/** Only spaces, hyphens, dashes, dots or line breaks since the previous token: a name may continue across. */
export const T_JOIN = 32;
/** Only spaces or hyphens since the previous token, on the same line: the two words may be one name. */
export const T_ADJ = 64;
/** First token of the text or of a sentence (after . ! ? ; or a line break). */
export const T_SENT = 128;
/** Followed by a possessive 's (not part of the token). */
export const T_POSSESSIVE = 256;

/** How many suffix hashes an Arabic token keeps: clitics and article take at most 4 letters (و + ب + ال). */
export const SUFFIXES = 5;
/** How many folded characters each token keeps (enough to recognise clitics and articles). */
export const CODES = 4;

const FNV_BASIS = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** The hash of a folded key, the same as the tokenizer computes for a token with that key. */
export function hashKey(key: string): number {
  let h = FNV_BASIS;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), FNV_PRIME);
  return h;
}

/** The tokens of one text, as parallel typed arrays (reused between texts to spare the garbage collector). */
export class Tokens {
  count = 0;
  start = new Int32Array(256);
  end = new Int32Array(256);
  flags = new Uint16Array(256);
  /** Length of the folded key. */
  len = new Int32Array(256);
  /** hash[i * SUFFIXES + k]: hash of the folded key without its first k characters (k > 0 only for Arabic). */
  hash = new Int32Array(256 * SUFFIXES);
  /** code[i * CODES + k]: folded character k of the key (0 past its end). */
  code = new Uint16Array(256 * CODES);
  /** The last folded character of the key. */
  last = new Uint16Array(256);

  /** Makes room for at least n tokens, keeping the first `count`. */
  reserve(n: number): void {
    if (n <= this.start.length) return;
    let size = this.start.length;
    while (size < n) size *= 2;
    const grow = <T extends Int32Array | Uint16Array>(a: T, per: number): T => {
      const b = new (a.constructor as { new (n: number): T })(size * per);
      b.set(a);
      return b;
    };
    this.start = grow(this.start, 1);
    this.end = grow(this.end, 1);
    this.flags = grow(this.flags, 1);
    this.len = grow(this.len, 1);
    this.hash = grow(this.hash, SUFFIXES);
    this.code = grow(this.code, CODES);
    this.last = grow(this.last, 1);
  }
}

const A = 0x61, D = 0x64, E = 0x65, H = 0x68, L = 0x6c, N = 0x6e, R = 0x72, S = 0x73, T = 0x74, Z = 0x7a;

/** Whether a Latin token of these folded letters is an article; sun-letter forms only before a hyphen. */
function isArticle(len: number, c0: number, c1: number, c2: number, beforeHyphen: boolean): boolean {
  if (len === 2) {
    if (c1 === L && (c0 === A || c0 === E)) return true;
    return beforeHyphen && c0 === A && (c1 === D || c1 === S || c1 === N || c1 === T || c1 === R || c1 === Z);
  }
  return len === 3 && beforeHyphen && c0 === A && c2 === H && (c1 === D || c1 === T || c1 === S);
}

function isLetter(c: number): boolean {
  return (CLASS[c] || classify(c)) === C_LETTER;
}

// How each separator class changes what the gap since the last token allows (bits T_JOIN | T_ADJ | T_SENT):
// gap = (gap & GAP_KEEP[class]) | GAP_SET[class]. Spaces, hyphens and ignorable characters leave it alone.
const GAP_KEEP = new Uint8Array(16).fill(T_JOIN | T_ADJ | T_SENT);
const GAP_SET = new Uint8Array(16);
GAP_KEEP[C_NEWLINE] = T_JOIN | T_SENT;
GAP_SET[C_NEWLINE] = T_SENT;
GAP_KEEP[C_DASH] = T_JOIN | T_SENT;
GAP_KEEP[C_DOT] = T_JOIN | T_SENT;
GAP_KEEP[C_QUOTE] = T_JOIN | T_SENT;
GAP_SET[C_DOT] = T_SENT;
GAP_KEEP[C_STOP] = T_SENT;
GAP_SET[C_STOP] = T_SENT;
GAP_KEEP[C_OTHER] = T_SENT;
GAP_KEEP[C_APOS] = T_SENT;

const CLASS_MASK = 15;
const FOLD_MASK = 0xffff;

/** The INFO word of a code unit, classifying it on first sight. */
function infoOf(c: number): number {
  const info = INFO[c];
  if (info !== 0) return info;
  classify(c);
  return INFO[c];
}

/** Tokenizes `text` into `t` (overwriting it); returns the token count. */
export function tokenize(text: string, t: Tokens): number {
  const n = text.length;
  let count = 0;
  let i = 0;
  let gap = T_SENT; // what the gap since the previous token allows
  // Local references to the buffers: this loop runs once per character, so it is kept flat (Latin words
  // inline; Arabic ones, which need more hashes, in arabicWord).
  let starts = t.start, ends = t.end, flagsOf = t.flags, lens = t.len, lasts = t.last, hashes = t.hash, codes = t.code;
  while (i < n) {
    let c = text.charCodeAt(i);
    let info = INFO[c];
    if (info === 0) info = infoOf(c);
    let cls = (info >>> INFO_CLASS_SHIFT) & CLASS_MASK;
    if (cls !== C_LETTER) {
      gap = (gap & GAP_KEEP[cls]) | GAP_SET[cls];
      i++;
      continue;
    }
    if (count === starts.length) {
      t.reserve(count + 1);
      starts = t.start;
      ends = t.end;
      flagsOf = t.flags;
      lens = t.len;
      lasts = t.last;
      hashes = t.hash;
      codes = t.code;
    }
    let lf = info >>> INFO_FLAGS_SHIFT;
    if (lf & L_ARABIC) {
      i = arabicWord(text, i, t, count, gap);
      gap = T_JOIN | T_ADJ;
      count++;
      continue;
    }
    const start = i;
    const cb = count * CODES;
    codes[cb] = codes[cb + 1] = codes[cb + 2] = codes[cb + 3] = 0;
    let flags = gap | (lf & L_UPPER ? T_FIRST_UPPER : 0) | (lf & L_LOWER ? T_FIRST_LOWER : 0);
    let h = FNV_BASIS;
    let len = 0;
    let end = i;
    let f = 0;
    for (;;) {
      if (cls === C_LETTER) {
        f = info & FOLD_MASK;
        h = Math.imul(h ^ f, FNV_PRIME);
        if (len < CODES) codes[cb + len] = f;
        lf |= info >>> INFO_FLAGS_SHIFT;
        len++;
        end = ++i;
      } else if (cls === C_MARK) end = ++i; // a trailing accent belongs to the word
      else if (cls === C_DROP) i++;
      else if (cls === C_APOS && i + 1 < n && isLetter(text.charCodeAt(i + 1))) {
        c = text.charCodeAt(i + 1);
        if ((c === S || c === 0x53) && (i + 2 >= n || !isLetter(text.charCodeAt(i + 2)))) {
          flags |= T_POSSESSIVE; // Iraq's, Mikdam’s: the word ends before the apostrophe
          i += 2;
          break;
        }
        i++; // Kata'ib = Kataib
      } else break;
      if (i >= n) break;
      c = text.charCodeAt(i);
      info = INFO[c];
      if (info === 0) info = infoOf(c);
      cls = (info >>> INFO_CLASS_SHIFT) & CLASS_MASK;
    }
    if (lf & L_LOWER) flags |= T_HAS_LOWER;
    // An article: al/el anywhere, the sun-letter forms only before a hyphen.
    if (len <= 3 && (codes[cb] === A || codes[cb] === E) && !(flags & T_POSSESSIVE)) {
      const next = end < n ? text.charCodeAt(end) : 0;
      const beforeHyphen = (CLASS[next] || classify(next)) === C_HYPHEN && end + 1 < n && isLetter(text.charCodeAt(end + 1));
      if (isArticle(len, codes[cb], codes[cb + 1], codes[cb + 2], beforeHyphen)) flags |= T_ARTICLE;
    }
    starts[count] = start;
    ends[count] = end;
    lens[count] = len;
    lasts[count] = f;
    hashes[count * SUFFIXES] = h;
    flagsOf[count] = flags;
    count++;
    // After a possessive a name may go on only where an alias itself has one ("People's Mobilization Forces",
    // "Baghdad's Tahrir Square"): the trie decides; the next word is not "adjacent" for the weak-name rules.
    gap = flags & T_POSSESSIVE ? T_JOIN : T_JOIN | T_ADJ;
  }
  t.count = count;
  return count;
}

/**
 * Scans the Arabic word starting at i into token `k`; returns the index after it. Besides the whole word's
 * hash it keeps the hashes of the word without its first 1–4 letters, so that the matcher can look the word
 * up without its clitics and article without slicing it.
 */
function arabicWord(text: string, i: number, t: Tokens, k: number, gap: number): number {
  const n = text.length;
  const start = i;
  const codes = t.code;
  const cb = k * CODES;
  codes[cb] = codes[cb + 1] = codes[cb + 2] = codes[cb + 3] = 0;
  let info = INFO[text.charCodeAt(i)];
  let flags = gap | T_ARABIC;
  let h0 = FNV_BASIS, h1 = FNV_BASIS, h2 = FNV_BASIS, h3 = FNV_BASIS, h4 = FNV_BASIS;
  let len = 0;
  let end = i;
  let f = 0;
  for (;;) {
    const cls = (info >>> INFO_CLASS_SHIFT) & CLASS_MASK;
    if (cls === C_LETTER) {
      f = info & FOLD_MASK;
      h0 = Math.imul(h0 ^ f, FNV_PRIME);
      if (len > 0) h1 = Math.imul(h1 ^ f, FNV_PRIME);
      if (len > 1) h2 = Math.imul(h2 ^ f, FNV_PRIME);
      if (len > 2) h3 = Math.imul(h3 ^ f, FNV_PRIME);
      if (len > 3) h4 = Math.imul(h4 ^ f, FNV_PRIME);
      if (len < CODES) codes[cb + len] = f;
      len++;
      end = ++i;
    } else if (cls === C_MARK) end = ++i; // a trailing shadda belongs to the word
    else if (cls === C_DROP || (cls === C_APOS && i + 1 < n && isLetter(text.charCodeAt(i + 1)))) i++;
    else break;
    if (i >= n) break;
    const c = text.charCodeAt(i);
    info = INFO[c];
    if (info === 0) info = infoOf(c);
  }
  t.start[k] = start;
  t.end[k] = end;
  t.len[k] = len;
  t.last[k] = f;
  const hb = k * SUFFIXES;
  t.hash[hb] = h0;
  t.hash[hb + 1] = h1;
  t.hash[hb + 2] = h2;
  t.hash[hb + 3] = h3;
  t.hash[hb + 4] = h4;
  t.flags[k] = flags;
  return i;
}

/** The folded key of token text[start, end) without its first `skip` folded characters. */
export function tokenKey(text: string, start: number, end: number, skip = 0): string {
  let s = '';
  for (let i = start; i < end; i++) {
    const f = FOLD[text.charCodeAt(i)];
    if (f === 0) continue; // marks, controls, in-word apostrophes
    if (skip > 0) skip--;
    else s += String.fromCharCode(f);
  }
  return s;
}

/** The index in the original text of folded character k of the token starting at `start`. */
export function originalOffset(text: string, start: number, end: number, k: number): number {
  for (let i = start; i < end; i++) {
    if (FOLD[text.charCodeAt(i)] === 0) continue;
    if (k-- === 0) return i;
  }
  return end;
}

// Arabic letters used by the clitic rules.
const ALEF = 0x0627, LAM = 0x0644, WAW = 0x0648, FEH = 0x0641, BEH = 0x0628, KAF = 0x0643;

/** Folded characters to skip so that an Arabic token loses its article ال (kept if fewer than 2 letters remain). */
export function articleSkip(t: Tokens, i: number, from: number): number {
  const cb = i * CODES + from;
  return t.code[cb] === ALEF && t.code[cb + 1] === LAM && t.len[i] - from - 2 >= 2 ? from + 2 : from;
}

/** Whether an Arabic token starts with a clitic letter (و ف ب ل ك): only then has it more than one reading. */
export function mayHaveClitic(t: Tokens, i: number): boolean {
  const c = t.code[i * CODES];
  return c === WAW || c === FEH || c === BEH || c === LAM || c === KAF;
}

/**
 * The ways to read an Arabic token as the first word of a name: itself, then without و/ف, then without ب/ل/ك
 * (and لل = ل + ال), each without its article. Fills `out` with pairs [folded chars to skip for the key,
 * folded chars to leave out of the span] and returns the number of pairs. The span leaves out the clitics
 * (و ف ب ل ك, and both letters of لل) but keeps a plain article: والمكدام → المكدام, للحشد → حشد.
 */
export function arabicReadings(t: Tokens, i: number, out: Int32Array): number {
  const len = t.len[i];
  const cb = i * CODES;
  const code = t.code;
  let n = addReading(out, 0, articleSkip(t, i, 0), 0);
  const bases = (code[cb] === WAW || code[cb] === FEH) && len >= 3 ? 2 : 1;
  for (let b = 0; b < bases; b++) {
    if (b > 0) n = addReading(out, n, articleSkip(t, i, b), b);
    const c = code[cb + b];
    if (c === LAM && code[cb + b + 1] === LAM && len - b - 2 >= 2) n = addReading(out, n, b + 2, b + 2);
    if ((c === BEH || c === LAM || c === KAF) && len - b - 1 >= 2) n = addReading(out, n, articleSkip(t, i, b + 1), b + 1);
  }
  return n;
}

/** Appends a reading to the first n entries of `out` unless one with the same key skip is there; the new n. */
// A plain function, not a closure in arabicReadings: it runs for every Arabic word of a page.
function addReading(out: Int32Array, n: number, keySkip: number, spanSkip: number): number {
  for (let k = 0; k < n; k += 2) if (out[k] === keySkip) return n;
  out[n] = keySkip;
  out[n + 1] = spanSkip;
  return n + 2;
}

export interface Word {
  start: number;
  end: number;
  /** The folded key used for matching (Arabic: without the article). */
  key: string;
  flags: number;
}

/** The tokens of a short text as objects: for compiling aliases and for tests, not for the hot path. */
const scratch = new Tokens();

export function words(text: string): Word[] {
  const t = scratch;
  tokenize(text, t);
  const out: Word[] = [];
  for (let i = 0; i < t.count; i++) {
    const skip = t.flags[i] & T_ARABIC ? articleSkip(t, i, 0) : 0;
    out.push({ start: t.start[i], end: t.end[i], key: tokenKey(text, t.start[i], t.end[i], skip), flags: t.flags[i] });
  }
  return out;
}

/** The form under which two names are the same to the engine (case aside): "Kata'ib al-Hezbollah" → "kataib hezbollah". */
export function aliasKey(text: string): string {
  return words(text)
    .filter((w) => !(w.flags & T_ARTICLE))
    .map((w) => w.key)
    .join(' ');
}
