import { describe, it, expect } from 'vitest';
import { expandAlias, MAX_EXPANSIONS } from '../../../lib/alias-expand';

describe('expandAlias', () => {
  it('leaves a plain name alone', () => {
    expect(expandAlias('Ali al-Mikdam')).toEqual(['Ali al-Mikdam']);
  });

  it('expands optional words and choices into every combination (the 8 of the brief)', () => {
    const names = expandAlias('Iran[ian]-{backed|aligned} [Iraqi] militias');
    expect(names).toHaveLength(8);
    expect(new Set(names)).toEqual(
      new Set([
        'Iranian-backed Iraqi militias',
        'Iranian-backed militias',
        'Iranian-aligned Iraqi militias',
        'Iranian-aligned militias',
        'Iran-backed Iraqi militias',
        'Iran-backed militias',
        'Iran-aligned Iraqi militias',
        'Iran-aligned militias',
      ]),
    );
  });

  it('puts the fullest reading first', () => {
    expect(expandAlias('Hisham [al-]Hashimi')).toEqual(['Hisham al-Hashimi', 'Hisham Hashimi']);
  });

  it('collapses the spaces an omitted word leaves and trims', () => {
    expect(expandAlias('[the] Hashd [al-Shaabi]')).toEqual(['the Hashd al-Shaabi', 'the Hashd', 'Hashd al-Shaabi', 'Hashd']);
  });

  it('nests choices inside optional parts and the other way round', () => {
    expect(new Set(expandAlias('Kata[{\'|’}]ib Hezbollah'))).toEqual(
      new Set(["Kata'ib Hezbollah", 'Kata’ib Hezbollah', 'Kataib Hezbollah']),
    );
    expect(new Set(expandAlias('{Asa[\']ib|Asaeb} Ahl al-Haq'))).toEqual(
      new Set(["Asa'ib Ahl al-Haq", 'Asaib Ahl al-Haq', 'Asaeb Ahl al-Haq']),
    );
    expect(expandAlias('[a|b]c')).toEqual(['ac', 'bc', 'c']);
  });

  it('removes duplicates and empty names', () => {
    expect(expandAlias('{PMF|PMF}')).toEqual(['PMF']);
    expect(expandAlias('[x]')).toEqual(['x']);
    expect(expandAlias('{|}')).toEqual([]);
  });

  it('works on Arabic', () => {
    expect(expandAlias('[ال]حشد الشعبي')).toEqual(['الحشد الشعبي', 'حشد الشعبي']);
  });

  it('throws a clear error on unbalanced brackets', () => {
    expect(() => expandAlias('Iran[ian-backed militias')).toThrow(/alias pattern "Iran\[ian-backed militias": unbalanced "\[" .* at character 5/);
    expect(() => expandAlias('Iran{backed|aligned militias')).toThrow(/unbalanced "\{"/);
    expect(() => expandAlias('Iranian] militias')).toThrow(/unbalanced "\]" at character 8/);
    expect(() => expandAlias('a}')).toThrow(/unbalanced "\}"/);
    expect(() => expandAlias('{a|b]')).toThrow(/"\]" where "\}" was expected/);
    expect(() => expandAlias('[a}')).toThrow(Error);
  });

  it('throws on a "|" outside brackets', () => {
    expect(() => expandAlias('a|b')).toThrow(/"\|" outside/);
  });

  it('refuses patterns that explode', () => {
    const pattern = '{a|b|c|d}'.repeat(6); // 4096 names
    expect(() => expandAlias(pattern)).toThrow(new RegExp(`more than ${MAX_EXPANSIONS}`));
  });
});
