import { describe, it, expect } from 'vitest';
import {
  words,
  aliasKey,
  hashKey,
  tokenize,
  tokenKey,
  arabicReadings,
  originalOffset,
  Tokens,
  SUFFIXES,
  T_ARTICLE,
  T_FIRST_UPPER,
  T_FIRST_LOWER,
  T_HAS_LOWER,
  T_ARABIC,
  T_JOIN,
  T_ADJ,
  T_SENT,
} from '../../../lib/tokenize';

const keys = (text: string) => words(text).map((w) => w.key);
const spans = (text: string) => words(text).map((w) => text.slice(w.start, w.end));
const articles = (text: string) => words(text).filter((w) => w.flags & T_ARTICLE).map((w) => text.slice(w.start, w.end));

describe('tokenize: boundaries', () => {
  it('splits on spaces, hyphens and punctuation; digits are tokens', () => {
    expect(spans('Iran-backed militias, in October 2019.')).toEqual(['Iran', 'backed', 'militias', 'in', 'October', '2019']);
  });

  it('keeps in-word apostrophes out of the key but inside the span', () => {
    const ws = words("Kata'ib Hezbollah and Asa’ib");
    expect(ws.map((w) => w.key)).toEqual(['kataib', 'hezbollah', 'and', 'asaib']);
    expect(spans("Kata'ib Hezbollah")[0]).toBe("Kata'ib");
  });

  it("strips a possessive 's / ’s from the span and the key", () => {
    expect(spans("Baghdad's Karrada")).toEqual(['Baghdad', 'Karrada']);
    expect(spans('Iraq’s October protests')).toEqual(['Iraq', 'October', 'protests']);
    expect(keys("Ta'sis")).toEqual(['tasis']); // an apostrophe before s inside a word is not a possessive
  });

  it('treats leading and trailing quotes as separators', () => {
    expect(spans("'Ali' said")).toEqual(['Ali', 'said']);
    expect(spans('protesters’ demands')).toEqual(['protesters', 'demands']);
  });

  it('ignores bidi and zero-width controls around and inside words', () => {
    const text = '\u200FBagh\u200Bdad\u200E';
    expect(spans(text)).toEqual(['Bagh\u200Bdad']);
    expect(keys(text)).toEqual(['baghdad']);
  });

  it('handles Arabic words, with tashkeel inside the span', () => {
    expect(spans('وصل عَلِيّ إلى بغداد.')).toEqual(['وصل', 'عَلِيّ', 'إلى', 'بغداد']);
    expect(keys('عَلِيّ')).toEqual(['علي']);
  });
});

describe('tokenize: articles', () => {
  it('marks al-/el-/Al as articles whatever follows', () => {
    expect(articles('Hisham al-Hashimi, Hisham Al Hashimi, el-Sisi, Al-Mikdam')).toEqual(['al', 'Al', 'el', 'Al']);
  });

  it('marks sun-letter forms only when joined by a hyphen', () => {
    expect(articles('ad-Dawla ash-Sham as-Sadr an-Nasiriyah at-Tai ar-Rahman az-Zubayr adh-Dhahab ath-Thawra')).toHaveLength(9);
    expect(articles('as an at ad ash adh ath ar az')).toEqual([]);
    expect(articles('an-')).toEqual([]); // nothing follows the hyphen
  });

  it('leaves articles out of alias keys', () => {
    expect(aliasKey('Hisham al-Hashimi')).toBe('hisham hashimi');
    expect(aliasKey('Hisham Al Hashimi')).toBe('hisham hashimi');
    expect(aliasKey('Hisham Hashimi')).toBe('hisham hashimi');
    expect(aliasKey('Muqtada as-Sadr')).toBe('muqtada sadr');
    expect(aliasKey("Kata'ib Sayyid al-Shuhada")).toBe('kataib sayyid shuhada');
  });
});

describe('tokenize: Arabic article and clitics', () => {
  it('keys Arabic words without their article', () => {
    expect(aliasKey('الحشد الشعبي')).toBe('حشد شعبي');
    expect(aliasKey('حشد شعبي')).toBe('حشد شعبي');
    expect(aliasKey('علي المكدام')).toBe(aliasKey('علي المگدام'));
  });

  it('keeps the article when too little would remain', () => {
    expect(aliasKey('الي')).toBe('الي');
  });

  function readings(word: string): Array<[string, string]> {
    const t = new Tokens();
    tokenize(word, t);
    const out = new Int32Array(16);
    const n = arabicReadings(t, 0, out);
    const result: Array<[string, string]> = [];
    for (let k = 0; k < n; k += 2)
      result.push([tokenKey(word, t.start[0], t.end[0], out[k]), word.slice(originalOffset(word, t.start[0], t.end[0], out[k + 1]))]);
    return result;
  }

  it('reads a word with و/ف, then ب/ل/ك, then ال removed; the span drops the clitics and keeps the article', () => {
    expect(readings('والمكدام')).toEqual([
      ['والمكدام', 'والمكدام'],
      ['مكدام', 'المكدام'],
    ]);
    expect(readings('وكتائب')).toEqual([
      ['وكتايب', 'وكتائب'],
      ['كتايب', 'كتائب'],
      ['تايب', 'تائب'],
    ]);
    expect(readings('بسجاد')).toEqual([
      ['بسجاد', 'بسجاد'],
      ['سجاد', 'سجاد'],
    ]);
  });

  it('reads لل as ل + ال, and the span starts after both', () => {
    expect(readings('للحشد')).toEqual([
      ['للحشد', 'للحشد'],
      ['حشد', 'حشد'],
      ['لحشد', 'لحشد'],
    ]);
  });

  it('always tries the word as it is (بغداد is not ب + غداد only)', () => {
    expect(readings('بغداد')[0]).toEqual(['بغداد', 'بغداد']);
  });
});

describe('tokenize: flags and hashes', () => {
  it('records case', () => {
    const [a, b, c] = words('Mikdam mikdam PMF');
    expect(a.flags & T_FIRST_UPPER).toBeTruthy();
    expect(a.flags & T_HAS_LOWER).toBeTruthy();
    expect(b.flags & T_FIRST_LOWER).toBeTruthy();
    expect(c.flags & T_HAS_LOWER).toBeFalsy();
    expect(words('علي')[0].flags & T_ARABIC).toBeTruthy();
  });

  it('records what the gap before each token allows', () => {
    const ws = words('Start of it. Next-word, then\nline – dash');
    const flag = (i: number, f: number) => (ws[i].flags & f) !== 0;
    expect(ws.map((w) => w.key)).toEqual(['start', 'of', 'it', 'next', 'word', 'then', 'line', 'dash']);
    expect(flag(0, T_SENT)).toBe(true);
    expect(flag(1, T_JOIN) && flag(1, T_ADJ) && !flag(1, T_SENT)).toBe(true);
    expect(flag(3, T_SENT) && flag(3, T_JOIN) && !flag(3, T_ADJ)).toBe(true); // after ". "
    expect(flag(4, T_ADJ)).toBe(true); // hyphen
    expect(flag(5, T_JOIN) || flag(5, T_ADJ)).toBe(false); // after ","
    expect(flag(6, T_SENT) && !flag(6, T_ADJ)).toBe(true); // new line
    expect(flag(7, T_JOIN) && !flag(7, T_ADJ)).toBe(true); // en dash
  });

  it("lets a name go on after a possessive only as a join, not as an adjacent word", () => {
    // The trie decides whether a name continues ("People's Mobilization Forces"); "Baghdad's Karrada" stays two
    // names because no alias joins them, and the weak-name rules do not see the words as one name.
    const ws = words("Baghdad's Karrada");
    expect(ws[1].flags & T_JOIN).toBe(T_JOIN);
    expect(ws[1].flags & T_ADJ).toBe(0);
  });

  it('hashes tokens the same way as hashKey, including the Arabic suffixes', () => {
    const text = 'Kata\u2019ib والمكدام';
    const t = new Tokens();
    tokenize(text, t);
    expect(t.hash[0]).toBe(hashKey('kataib'));
    expect(t.hash[SUFFIXES + 0]).toBe(hashKey('والمكدام'));
    expect(t.hash[SUFFIXES + 1]).toBe(hashKey('المكدام'));
    expect(t.hash[SUFFIXES + 3]).toBe(hashKey('مكدام'));
  });

  it('grows its buffers for long texts', () => {
    const text = Array.from({ length: 5000 }, (_, i) => `w${i}`).join(' ');
    const t = new Tokens();
    expect(tokenize(text, t)).toBe(5000);
    expect(tokenKey(text, t.start[4999], t.end[4999])).toBe('w4999');
  });
});
