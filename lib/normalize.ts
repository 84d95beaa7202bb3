// Character-level normalisation: what each UTF-16 code unit is (part of a word, ignorable, a separator)
// and what it folds to. Every code unit folds to at most one code unit, so offsets map back simply.
// Tables are filled lazily: the first sight of a character costs a Unicode lookup, later sights an array read.

/** Character classes. */
export const C_UNKNOWN = 0;
/** A letter or digit: part of a word. */
export const C_LETTER = 1;
/** Ignored everywhere and never splits a word: bidi and zero-width controls, soft hyphen. */
export const C_DROP = 2;
/** Apostrophes and ayn/hamza marks: removed inside a word, a separator elsewhere. */
export const C_APOS = 3;
export const C_SPACE = 4;
export const C_NEWLINE = 5;
/** A hyphen: the same as a space for names ("Iran-backed" = "Iran backed"). */
export const C_HYPHEN = 6;
/** An en dash or minus: joins the words of a name but does not make two words one name. */
export const C_DASH = 7;
export const C_DOT = 8;
/** Ends a sentence: ! ? ; and their Arabic forms. */
export const C_STOP = 9;
/** Any other punctuation or symbol: breaks a name. */
export const C_OTHER = 10;
/** Ignored like C_DROP, but belongs to the word before it (its span includes it): combining marks, tashkeel, tatweel. */
export const C_MARK = 11;
/**
 * A double quotation mark or guillemet: a name may continue across it, since reporters quote part of a name
 * (مرأب "السنك", the "Popular Mobilisation" Forces), but like a dash it does not make two words one name.
 */
export const C_QUOTE = 12;

/** Letter flags. */
export const L_UPPER = 1;
export const L_LOWER = 2;
export const L_ARABIC = 4;

/** Class of each code unit (C_UNKNOWN until first seen). */
export const CLASS = new Uint8Array(0x10000);
/** What a letter folds to (lower case, no diacritics, Arabic letter forms unified, digits ASCII); 0 if not a letter. */
export const FOLD = new Uint16Array(0x10000);
/** L_* flags of each letter. */
export const LFLAGS = new Uint8Array(0x10000);
/**
 * The three tables in one word, for the tokenizer's inner loop (one read per character):
 * FOLD | class << 16 | flags << 20. 0 until first seen.
 */
export const INFO = new Int32Array(0x10000);
export const INFO_CLASS_SHIFT = 16;
export const INFO_FLAGS_SHIFT = 20;

const APOSTROPHES = "'\u2019\u2018\u02BF\u02BE\u02BC`\u00B4";
const HYPHENS = '-\u2010\u2011';
const DASHES = '\u2012\u2013\u2212';
const STOPS = '!?;\u061F\u061B\u06D4\u2026\u3002';
const QUOTES = '"\u201C\u201D\u201E\u201F\u00AB\u00BB\u2039\u203A\u2033\u301D\u301E';
// Arabic letters that Unicode decomposition leaves alone (أ إ آ ؤ ئ are handled by NFD + stripping marks).
const ARABIC_LETTERS: Record<string, string> = {
  '\u0671': '\u0627', // ٱ alef wasla
  '\u0649': '\u064A', // ى alef maqsura → ي
  '\u0629': '\u0647', // ة ta marbuta → ه
  '\u06AF': '\u0643', // گ → ك
  '\u06A9': '\u0643', // ک → ك
  '\u06AA': '\u0643', // ڪ → ك
  '\u06CC': '\u064A', // ی → ي
  '\u06A4': '\u0641', // ڤ → ف
  '\u067E': '\u0628', // پ → ب
  '\u0686': '\u062C', // چ → ج
  '\u06D5': '\u0647', // ە → ه
};

const MARKS = /\p{M}/gu;
const IS_MARK = /^\p{M}$/u;
const IS_FORMAT = /^\p{Cf}$/u;
const IS_WORD = /^[\p{L}\p{N}]$/u;
const IS_SPACE = /^\s$/u;

function isArabicScript(c: number): boolean {
  return (
    (c >= 0x0600 && c <= 0x06ff) ||
    (c >= 0x0750 && c <= 0x077f) ||
    (c >= 0x08a0 && c <= 0x08ff) ||
    (c >= 0xfb50 && c <= 0xfdff) ||
    (c >= 0xfe70 && c <= 0xfefc)
  );
}

function stripMarks(s: string, form: 'NFD' | 'NFKD'): string {
  return s.normalize(form).replace(MARKS, '');
}

/** The folded code unit of a letter, or 0 if it folds to nothing. */
function foldLetter(c: number): number {
  if (c >= 0x0660 && c <= 0x0669) return 0x30 + c - 0x0660; // Arabic-Indic digits
  if (c >= 0x06f0 && c <= 0x06f9) return 0x30 + c - 0x06f0; // Persian digits
  const ch = String.fromCharCode(c);
  // NFKD unifies Arabic presentation forms, but only where it gives one character (keeps folding 1:1).
  let s = stripMarks(stripMarks(ch, 'NFKD').toLowerCase(), 'NFD');
  if (s.length !== 1) s = stripMarks(stripMarks(ch, 'NFD').toLowerCase(), 'NFD');
  if (s.length === 0) return 0;
  s = ARABIC_LETTERS[s[0]] ?? s[0];
  return s.charCodeAt(0);
}

/** Classifies a code unit and fills the tables; returns its class. */
export function classify(c: number): number {
  if (CLASS[c] !== C_UNKNOWN) return CLASS[c];
  let cls: number;
  const ch = String.fromCharCode(c);
  if (c >= 0xd800 && c <= 0xdfff) cls = C_OTHER; // astral characters: not name material
  else if (APOSTROPHES.includes(ch)) cls = C_APOS;
  else if (HYPHENS.includes(ch)) cls = C_HYPHEN;
  else if (DASHES.includes(ch)) cls = C_DASH;
  else if (ch === '.') cls = C_DOT;
  else if (STOPS.includes(ch)) cls = C_STOP;
  else if (QUOTES.includes(ch)) cls = C_QUOTE;
  else if (ch === '\n' || ch === '\r' || ch === '\u2028' || ch === '\u2029') cls = C_NEWLINE;
  else if (c === 0x0640 || IS_MARK.test(ch)) cls = C_MARK; // tatweel, tashkeel, combining marks
  else if (IS_FORMAT.test(ch)) cls = C_DROP; // bidi and zero-width controls
  else if (IS_SPACE.test(ch)) cls = C_SPACE;
  else if (IS_WORD.test(ch)) {
    const f = foldLetter(c);
    if (f === 0) cls = C_MARK;
    else {
      cls = C_LETTER;
      FOLD[c] = f;
      let flags = 0;
      if (ch !== ch.toLowerCase()) flags |= L_UPPER;
      if (ch !== ch.toUpperCase()) flags |= L_LOWER;
      if (isArabicScript(c) && !(f >= 0x30 && f <= 0x39)) flags |= L_ARABIC;
      LFLAGS[c] = flags;
    }
  } else cls = C_OTHER;
  CLASS[c] = cls;
  INFO[c] = FOLD[c] | (cls << INFO_CLASS_SHIFT) | (LFLAGS[c] << INFO_FLAGS_SHIFT);
  return cls;
}

// ASCII up front: the common case never takes the slow path.
for (let c = 0; c < 0x80; c++) classify(c);

/** Folds one character (as a string of one code unit); '' if it is not a letter or digit. */
export function foldChar(ch: string): string {
  const c = ch.charCodeAt(0);
  return classify(c) === C_LETTER ? String.fromCharCode(FOLD[c]) : '';
}

export interface Normalized {
  /** The normalised text. */
  text: string;
  /** map[k] is the index in the original of normalised character k; map[text.length] is the original's length. */
  map: Int32Array;
}

/**
 * Normalises a whole text character by character, keeping an offset map back to the original: letters folded,
 * ignorable characters and in-word apostrophes removed, hyphens and dashes turned into spaces, the rest kept.
 * (Word-level rules — articles, possessives, Arabic clitics — belong to the tokenizer.)
 */
export function normalize(text: string): Normalized {
  const n = text.length;
  const out: number[] = [];
  const map = new Int32Array(n + 1);
  let k = 0;
  let afterLetter = false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const cls = CLASS[c] || classify(c);
    if (cls === C_DROP || cls === C_MARK) continue;
    if (cls === C_LETTER) out.push(FOLD[c]);
    else if (cls === C_APOS && afterLetter && i + 1 < n && classify(text.charCodeAt(i + 1)) === C_LETTER) continue;
    else if (cls === C_HYPHEN || cls === C_DASH) out.push(0x20);
    else out.push(c);
    afterLetter = cls === C_LETTER;
    map[k++] = i;
  }
  map[k] = n;
  let s = '';
  for (let i = 0; i < out.length; i += 4096) s += String.fromCharCode(...out.slice(i, i + 4096));
  return { text: s, map: map.slice(0, k + 1) };
}
