import { describe, it, expect } from 'vitest';
import { normalize, foldChar, classify, C_DROP, C_MARK, C_APOS, C_HYPHEN, C_LETTER, C_SPACE } from '../../../lib/normalize';

/** Checks that every normalised character maps back to an original character that folds to it. */
function expectMapConsistent(original: string) {
  const { text, map } = normalize(original);
  expect(map.length).toBe(text.length + 1);
  expect(map[text.length]).toBe(original.length);
  for (let k = 0; k < text.length; k++) {
    const src = original[map[k]];
    const folded = foldChar(src);
    if (folded) expect(folded).toBe(text[k]);
    if (k > 0) expect(map[k]).toBeGreaterThan(map[k - 1]);
  }
}

describe('normalize (Latin)', () => {
  it('lower-cases', () => {
    expect(normalize('Baghdad KARRADA').text).toBe('baghdad karrada');
  });

  it('strips diacritics, precomposed or combining', () => {
    expect(normalize('café Ḥashd Ṣadr').text).toBe('cafe hashd sadr');
    expect(normalize('cafe\u0301').text).toBe('cafe');
    expect(normalize('İbrahim').text).toBe('ibrahim');
  });

  it('removes apostrophes and ayn/hamza marks inside words', () => {
    for (const a of ["'", '’', 'ʿ', 'ʾ', '‘', '`', '´']) expect(normalize(`Kata${a}ib`).text).toBe('kataib');
  });

  it('keeps apostrophes at word edges (quotes)', () => {
    expect(normalize("'Ali'").text).toBe("'ali'");
  });

  it('turns hyphens and dashes into spaces', () => {
    expect(normalize('Iran-backed').text).toBe('iran backed');
    expect(normalize('Iran‐backed Iran–aligned').text).toBe('iran backed iran aligned');
  });

  it('drops zero-width and bidi controls', () => {
    const controls = '\u200B\u200C\u200D\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\uFEFF\u061C';
    expect(normalize(`Bagh${controls}dad`).text).toBe('baghdad');
    for (const c of controls) expect(classify(c.charCodeAt(0))).toBe(C_DROP);
  });

  it('maps every normalised character back to the original', () => {
    const original = 'Kata\u2019ib \u200FḤizb-Allah cafe\u0301';
    const { text, map } = normalize(original);
    expect(text).toBe('kataib hizb allah cafe');
    expect(original.slice(map[text.indexOf('hizb')], map[text.indexOf('hizb') + 4])).toBe('Ḥizb');
    expect(map[text.indexOf('ib')]).toBe(original.indexOf('ib'));
    // the end maps past the last original character (the combining accent is inside the word)
    expect(original.slice(map[text.indexOf('cafe')], map[text.length])).toBe('cafe\u0301');
    expectMapConsistent(original);
  });
});

describe('normalize (Arabic)', () => {
  it('strips tashkeel and tatweel', () => {
    expect(normalize('عَلِيّ').text).toBe('علي');
    expect(normalize('بغـــداد').text).toBe('بغداد');
    expect(normalize('الحَشْدُ الشَّعْبِيُّ').text).toBe('الحشد الشعبي');
  });

  it('unifies alef forms', () => {
    expect(normalize('أ إ آ ٱ ا').text).toBe('ا ا ا ا ا');
  });

  it('maps alef maqsura to ya and ta marbuta to ha', () => {
    expect(normalize('مصطفى').text).toBe('مصطفي');
    expect(normalize('ساحة').text).toBe('ساحه');
  });

  it('maps Persian and Iraqi letters', () => {
    expect(normalize('گ ک ی ڤ پ چ').text).toBe('ك ك ي ف ب ج');
    expect(normalize('المگدام').text).toBe(normalize('المكدام').text);
  });

  it('does not conflate qaf and kaf', () => {
    expect(normalize('ق').text).toBe('ق');
    expect(normalize('ق').text).not.toBe(normalize('ك').text);
  });

  it('turns Arabic-Indic and Persian digits into ASCII', () => {
    expect(normalize('٢٠١٩ ۲۰۱۹').text).toBe('2019 2019');
  });

  it('maps back across removed tashkeel', () => {
    const original = 'عَلِيّ المِكدام';
    const { text, map } = normalize(original);
    const k = text.indexOf('المكدام');
    expect(original.slice(map[k], map[k + 'المكدام'.length])).toBe('المِكدام');
    expectMapConsistent(original);
  });
});

describe('character classes', () => {
  it('classifies', () => {
    expect(classify('a'.charCodeAt(0))).toBe(C_LETTER);
    expect(classify('ب'.charCodeAt(0))).toBe(C_LETTER);
    expect(classify('7'.charCodeAt(0))).toBe(C_LETTER);
    expect(classify('’'.charCodeAt(0))).toBe(C_APOS);
    expect(classify('-'.charCodeAt(0))).toBe(C_HYPHEN);
    expect(classify('\u00A0'.charCodeAt(0))).toBe(C_SPACE);
    expect(classify('\u0640'.charCodeAt(0))).toBe(C_MARK);
    expect(classify('\u064E'.charCodeAt(0))).toBe(C_MARK);
    expect(classify('\u0301'.charCodeAt(0))).toBe(C_MARK);
  });
});
