// Rules that decide a name from its surroundings: datelines, venues named after places, Arabic common words,
// places inside longer names, and weak names that only the document's subject disambiguates.
import { describe, expect, it } from 'vitest';
import { Spotter } from '@/lib/spotter';
import type { MatchIndex } from '@/lib/types';

const index: MatchIndex = {
  entities: [
    { id: 'plc:baghdad', type: 'place', name: 'Baghdad' },
    { id: 'plc:karbala', type: 'place', name: 'Karbala' },
    { id: 'per:sadr', type: 'person', name: 'Muqtada al-Sadr' },
    { id: 'plc:tahrir-square', type: 'place', name: 'Tahrir Square (Baghdad)' },
    { id: 'per:mikdam', type: 'person', name: 'Ali al-Mikdam' },
    { id: 'grp:factions', type: 'group', name: 'Iran-aligned factions' },
  ],
  aliases: [
    { text: 'Baghdad', entity: 0 },
    { text: 'بغداد', entity: 0 },
    { text: 'Karbala', entity: 1 },
    { text: 'كربلاء', entity: 1 },
    { text: 'مقتدى الصدر', entity: 2 },
    { text: 'الصدر', entity: 2, weak: true },
    { text: 'Tahrir Square', entity: 3, weak: true },
    { text: 'Ali al-Mikdam', entity: 4 },
    { text: 'الفصائل', entity: 5, weak: true },
    { text: 'الفصائل الموالية لإيران', entity: 5 },
  ],
};
const spotter = new Spotter(index);
const texts = (text: string) => spotter.spot(text).map((m) => m.text);

describe('names in context', () => {
  it('leaves out datelines, in English and Arabic', () => {
    expect(texts('BAGHDAD (Reuters) – Ali al-Mikdam was freed in Baghdad.')).toEqual(['Ali al-Mikdam', 'Baghdad']);
    expect(texts('Headline\n\nKARBALA, Iraq — Protesters gathered in Karbala.')).toEqual(['Karbala']);
    expect(texts('بغداد - قال ناشطون في بغداد إن المكدام')).toEqual(['بغداد']);
    // A line that merely starts with a name is not a dateline.
    expect(texts('Ali al-Mikdam - a journalist - went missing.')).toEqual(['Ali al-Mikdam']);
  });

  it('does not take a street or venue named after a place for the place', () => {
    expect(texts('في شارع كربلاء بعمّان وفي كربلاء')).toEqual(['كربلاء']);
    expect(texts('at the Karbala Road Bakery in Dearborn, not in Karbala Governorate')).toEqual(['Karbala']);
  });

  it('needs the article on a one-word Arabic name written with it', () => {
    // صدر "was issued" is not الصدر; فصائل "factions" is not الفصائل.
    expect(texts('مقتدى الصدر. صدر تقرير عن فصائل مسلحة. وقال الصدر')).toEqual(['مقتدى الصدر', 'الصدر']);
    expect(texts('الفصائل الموالية لإيران ... وهددت الفصائل')).toEqual(['الفصائل الموالية لإيران', 'الفصائل']);
  });

  it('marks a weak name of several words once the page is plainly about the subject', () => {
    expect(texts('Crowds filled Tahrir Square in Cairo.')).toEqual([]);
    expect(texts('Crowds filled Tahrir Square; Ali al-Mikdam had left Baghdad.')).toEqual(['Tahrir Square', 'Ali al-Mikdam', 'Baghdad']);
    const session = spotter.session();
    expect(session.add(['Crowds filled Tahrir Square.'])).toEqual([]);
    expect(session.add(['Ali al-Mikdam had left Baghdad.']).flatMap((c) => c.mentions.map((m) => `${c.chunk}:${m.text}`))).toEqual([
      '0:Tahrir Square',
      '1:Ali al-Mikdam',
      '1:Baghdad',
    ]);
  });
});

describe('weak Arabic names written with the article', () => {
  it('need the article: the indefinite phrase is common words', () => {
    const s = new Spotter({
      entities: [
        { id: 'grp:factions', type: 'group', name: 'Iran-aligned factions' },
        { id: 'plc:baghdad', type: 'place', name: 'Baghdad' },
        { id: 'per:mikdam', type: 'person', name: 'Ali al-Mikdam' },
      ],
      aliases: [
        { text: 'الفصائل المسلحة', entity: 0, weak: true },
        { text: 'بغداد', entity: 1 },
        { text: 'علي المكدام', entity: 2 },
      ],
    });
    const found = (text: string) => s.spot(text).map((m) => m.text);
    expect(found('علي المكدام في بغداد. هاجمته فصائل مسلحة')).toEqual(['علي المكدام', 'بغداد']);
    expect(found('علي المكدام في بغداد. واتهم الفصائل المسلحة')).toEqual(['علي المكدام', 'بغداد', 'الفصائل المسلحة']);
  });
});

describe('names with a possessive inside', () => {
  it("match as one name where an alias has the possessive, and stay apart elsewhere", () => {
    const s = new Spotter({
      entities: [
        { id: 'grp:pmf', type: 'group', name: 'Popular Mobilization Forces' },
        { id: 'plc:baghdad', type: 'place', name: 'Baghdad' },
        { id: 'plc:karrada', type: 'place', name: 'Karrada' },
      ],
      aliases: [
        { text: "People's Mobilization Forces", entity: 0 },
        { text: 'Baghdad', entity: 1 },
        { text: 'Karrada', entity: 2 },
      ],
    });
    expect(s.spot("The People's Mobilization Forces in Baghdad's Karrada").map((m) => m.text)).toEqual([
      "People's Mobilization Forces",
      'Baghdad',
      'Karrada',
    ]);
  });
});

describe('names with part of them in quotation marks', () => {
  const s = new Spotter({
    entities: [
      { id: 'plc:sinak-garage', type: 'place', name: 'Sinak garage' },
      { id: 'plc:sinak-bridge', type: 'place', name: 'Sinak bridge' },
      { id: 'grp:pmf', type: 'group', name: 'Popular Mobilization Forces' },
    ],
    aliases: [
      { text: 'مرأب السنك', entity: 0 },
      { text: 'السنك', entity: 1 },
      { text: 'Popular Mobilization Forces', entity: 2 },
    ],
  });
  const found = (text: string) => s.spot(text).map((m) => [m.text, m.entityId]);

  it('match the whole name across the quotes, in Arabic and English', () => {
    expect(found('السيطرة على مرأب "السنك" المطل على النهر')).toEqual([['مرأب "السنك', 'plc:sinak-garage']]);
    expect(found('السيطرة على مرأب «السنك» المطل على النهر')).toEqual([['مرأب «السنك', 'plc:sinak-garage']]);
    expect(found('the “Popular Mobilization” Forces')).toEqual([['Popular Mobilization” Forces', 'grp:pmf']]);
  });

  it('do not join a name across other punctuation', () => {
    expect(found('مرأب، السنك')).toEqual([['السنك', 'plc:sinak-bridge']]);
  });
});

describe('names made of common words', () => {
  const s = new Spotter({
    entities: [
      { id: 'grp:national-house', type: 'group', name: 'National House' },
      { id: 'plc:zaytoun-bridge', type: 'place', name: 'Zaytoun Bridge' },
      { id: 'grp:promised-day', type: 'group', name: 'Promised Day Brigade' },
    ],
    aliases: [
      { text: 'National House', entity: 0 },
      { text: 'Zaytoun Bridge', entity: 1 },
      { text: 'Promised group', entity: 2 },
    ],
  });
  const texts = (text: string) => s.spot(text).map((m) => m.text);

  it('mark where they are written as a proper name, also with one word in lower case', () => {
    expect(texts('The National House party won a seat.')).toEqual(['National House']);
    expect(texts('Protesters crossed the Zaytoun bridge at dawn.')).toEqual(['Zaytoun bridge']);
    expect(texts('NATIONAL HOUSE WINS A SEAT')).toEqual(['NATIONAL HOUSE']);
  });

  it('do not mark as common words: in lower case, or capitalised only by the start of a sentence', () => {
    expect(texts('They bought a national house in Ohio.')).toEqual([]);
    expect(texts('National house prices rose again.')).toEqual([]);
    // A name whose first word alone is capitalised needs that capital.
    expect(texts('The promised group never came.')).toEqual([]);
    expect(texts('Members of the Promised group said so.')).toEqual(['Promised group']);
  });
});
