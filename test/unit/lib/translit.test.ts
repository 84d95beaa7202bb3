// The transliteration-tolerant second key (issue 10, item 3): folds romanisations of one Arabic name, only for
// names of two words or more, only after the exact lookup found no strong name.
import { describe, it, expect } from 'vitest';
import { translitKey } from '../../../lib/translit-key';
import { Spotter } from '../../../lib/spotter';
import type { MatchIndex } from '../../../lib/types';

describe('translitKey', () => {
  it('gives one key to the romanisations of one name', () => {
    for (const group of [
      ['muhammad', 'mohammed', 'mohamed', 'mohammad'],
      ['hussein', 'husain', 'husayn', 'hussain'],
      ['amjad', 'amjed'],
      ['shammari', 'shamari', 'shummary'],
      ['hashimi', 'hashemi'],
      ['qais', 'qays', 'kais'],
      ['kadhimi', 'kazemi', 'kadhemi', 'kadhimy'],
      ['yacoub', 'yaqoob', 'yaqoub'],
      ['osama', 'oussama', 'usama', 'osamah'],
    ])
      expect(new Set(group.map(translitKey)).size, group.join('/')).toBe(1);
  });

  it('keeps different names apart', () => {
    expect(translitKey('hassan')).not.toBe(translitKey('hussein'));
    expect(translitKey('omar')).not.toBe(translitKey('amer'));
    expect(translitKey('mahmoud')).not.toBe(translitKey('muhammad'));
    expect(translitKey('jamil')).not.toBe(translitKey('kamil'));
  });
});

const index: MatchIndex = {
  entities: [
    { id: 'per:amjad-al-dahamat', type: 'person', name: 'Amjad al-Dahamat' },
    { id: 'per:jamil-al-shammari', type: 'person', name: 'Jamil al-Shammari' },
    { id: 'per:ali-al-lami', type: 'person', name: 'Ali al-Lami' },
    { id: 'per:qais-al-khazali', type: 'person', name: 'Qais al-Khazali' },
  ],
  aliases: [
    { text: 'Amjad al-Dahamat', entity: 0 },
    { text: 'أمجد الدهامات', entity: 0 },
    { text: 'Jamil al-Shammari', entity: 1 },
    { text: 'Shammari', entity: 1, weak: true },
    { text: 'Ali al-Lami', entity: 2 },
    { text: 'Qais', entity: 3, weak: true },
    { text: 'Qais al-Khazali', entity: 3 },
  ],
};
const spotter = new Spotter(index);
const marks = (text: string) => spotter.spot(text).map((m) => `${m.text}→${m.entityId.split(':')[1]}`);

describe('transliteration-tolerant matching on a page', () => {
  it('finds a full name written in another romanisation', () => {
    expect(marks('Activist Amjed Al-Dahamat was shot.')).toEqual(['Amjed Al-Dahamat→amjad-al-dahamat']);
    expect(marks('Qays al-Khazaly spoke.')).toEqual(['Qays al-Khazaly→qais-al-khazali']);
  });

  it('never for a one-word name, a lower-case word, or another given name with the same surname', () => {
    expect(marks('Jamil al-Shammari spoke. Shamari left.')).toEqual(['Jamil al-Shammari→jamil-al-shammari']);
    expect(marks('Journalist Muhammad Al-Shamari was threatened.')).toEqual([]);
    expect(marks('amjed al-dahamat')).toEqual([]);
    expect(marks('Alaa al-Lami spoke.')).toEqual([]); // a key shorter than three letters must match exactly
  });

  it('leaves Arabic script to the exact key', () => {
    expect(marks('أمجد الدهامات')).toEqual(['أمجد الدهامات→amjad-al-dahamat']);
    expect(marks('أمجاد الدهامات')).toEqual([]);
  });
});
