import { describe, expect, it } from 'vitest';
import { NameSearch, readings, searchWords } from '@/lib/search';

const search = new NameSearch([
  { id: 'grp:kh', texts: ['Kataib Hezbollah', "Kata'ib Hezbollah", 'Kataeb Hezbollah', 'كتائب حزب الله'] },
  { id: 'grp:pmf', texts: ['Popular Mobilization Forces', 'الحشد الشعبي'] },
  { id: 'per:mikdam', texts: ['Ali al-Mikdam', 'علي المكدام'] },
  { id: 'evt:abduction', texts: ['Abduction of Ali al-Mikdam', 'Karrada'] },
]);

describe('name search', () => {
  it('folds case, apostrophes, the article and Arabic clitics', () => {
    expect(searchWords("Kata'ib al-Hezbollah")).toEqual(['kataib', 'hezbollah']);
    expect(readings(searchWords('للحشد')[0])).toContain(readings(searchWords('الحشد')[0]).at(-1));
    expect(readings(searchWords('وكتائب')[0])).toContain(searchWords('كتائب')[0]);
    expect(readings(searchWords('بغداد')[0])[0]).toBe(searchWords('بغداد')[0]);
  });

  it('finds the same group from any spelling or script', () => {
    for (const q of ['kataeb', "Kata'ib", 'KATAIB hez', 'كتائب', 'وكتائب حزب']) expect(search.search(q)).toEqual(['grp:kh']);
    expect(search.search('الحشد')).toEqual(['grp:pmf']);
    expect(search.search('بالحشد الشعبي')).toEqual(['grp:pmf']);
  });

  it('ranks a whole-name match first and needs every word', () => {
    expect(search.search('ali mikdam')).toEqual(['per:mikdam', 'evt:abduction']);
    expect(search.search('المگدام')).toEqual(['per:mikdam']);
    expect(search.search('mikdam karrada')).toEqual(['evt:abduction']);
    expect(search.search('nothing here')).toEqual([]);
    expect(search.search('  ')).toEqual([]);
  });
});

describe('which name matched', () => {
  it('names the alias or the related name that a result was found by', () => {
    expect(search.matched('grp:kh', 'kataeb')).toBe('Kataeb Hezbollah');
    expect(search.matched('grp:kh', "Kata'ib")).toBe('Kataib Hezbollah');
    expect(search.matched('grp:kh', 'وكتائب')).toBe('كتائب حزب الله');
    expect(search.matched('evt:abduction', 'karrada')).toBe('Karrada');
    expect(search.matched('per:mikdam', 'nothing')).toBeUndefined();
  });
});
