// Generic entities and names in capitals mark only on a page about the dataset's subject (issue 10, item 5).
import { describe, it, expect } from 'vitest';
import { Spotter } from '../../../lib/spotter';
import type { MatchIndex } from '../../../lib/types';

const index: MatchIndex = {
  entities: [
    { id: 'grp:us-department-of-defense', type: 'group', name: 'US Department of Defense' }, // generic: not core
    { id: 'grp:us-treasury', type: 'group', name: 'US Department of the Treasury' },
    { id: 'grp:asaib-ahl-al-haq', type: 'group', name: 'Asaib Ahl al-Haq', core: true },
    { id: 'per:qais-al-khazali', type: 'person', name: 'Qais al-Khazali', core: true },
    { id: 'evt:tishreen-protests', type: 'event', name: 'Tishreen protests', core: true },
  ],
  aliases: [
    { text: 'Pentagon', entity: 0, subject: true },
    { text: 'البنتاغون', entity: 0, subject: true },
    { text: 'US Treasury', entity: 1, subject: true },
    { text: 'Treasury', entity: 1, weak: true, subject: true },
    { text: 'Asaib Ahl al-Haq', entity: 2 },
    { text: 'AAH', entity: 2 },
    { text: 'Qais al-Khazali', entity: 3 },
    { text: 'قيس الخزعلي', entity: 3 },
    { text: 'Tishreen protests', entity: 4 },
    { text: 'anti-government protests', entity: 4, weak: true },
  ],
};
const spotter = new Spotter(index);
const marks = (text: string) => spotter.spot(text).map((m) => m.text);

describe('a page about something else', () => {
  it('gets no mark for a generic entity, a name in capitals or a description', () => {
    expect(marks('The Pentagon, the 2008 film, was shot in Virginia.')).toEqual([]);
    expect(marks('The US Treasury said Treasury yields rose.')).toEqual([]);
    expect(marks('Let the matrix AAH be the product of A, A and H.')).toEqual([]);
    expect(marks('The Pentagon denied it; the US Treasury and AAH too; anti-government protests spread.')).toEqual([]);
    expect(marks('نفى البنتاغون ذلك.')).toEqual([]);
  });
});

describe('a page about the subject', () => {
  it('marks them where it names a core entity in full, before or after them', () => {
    expect(marks('The US Treasury sanctioned Qais al-Khazali. Treasury officials and the Pentagon spoke of AAH.')).toEqual([
      'US Treasury',
      'Qais al-Khazali',
      'Treasury',
      'Pentagon',
      'AAH',
    ]);
    expect(marks('AAH denied it. Its leader is Qais al-Khazali.')).toEqual(['AAH', 'Qais al-Khazali']);
    expect(marks('نفى البنتاغون أن يكون قيس الخزعلي مستهدفا.')).toEqual(['البنتاغون', 'قيس الخزعلي']);
  });

  it('does not count a generic entity as making the page about the subject', () => {
    expect(marks('The Pentagon and the US Treasury met over anti-government protests.')).toEqual([]);
  });
});

describe("a place's one-word short name", () => {
  const s = new Spotter({
    entities: [
      { id: 'plc:sinak-bridge', type: 'place', name: 'Sinak Bridge', core: true },
      { id: 'per:qais-al-khazali', type: 'person', name: 'Qais al-Khazali', core: true },
      { id: 'plc:baghdad', type: 'place', name: 'Baghdad', core: true },
    ],
    aliases: [
      { text: 'Sinak Bridge', entity: 0 },
      { text: 'Sinak', entity: 0, weak: true },
      { text: 'السنك', entity: 0, weak: true },
      { text: 'Qais al-Khazali', entity: 1 },
      { text: 'قيس الخزعلي', entity: 1 },
      { text: 'Baghdad', entity: 2 },
      { text: 'بغداد', entity: 2 },
    ],
  });
  const found = (text: string) => s.spot(text).map((m) => m.text);

  it('marks on a page about the subject even where the place is not named in full', () => {
    expect(found('Qais al-Khazali denied it; in Baghdad protesters held Sinak.')).toEqual(['Qais al-Khazali', 'Baghdad', 'Sinak']);
    expect(found('نفى قيس الخزعلي ذلك، وفي بغداد اعتصم المحتجون قرب السنك.')).toEqual(['قيس الخزعلي', 'بغداد', 'السنك']);
  });

  it('waits for the full name on any other page', () => {
    expect(found('Sinak is a word in some language.')).toEqual([]);
    expect(found('In Baghdad, Sinak.')).toEqual(['Baghdad']); // one entity named: not enough context
  });
});

describe('a place the text puts in another town', () => {
  const s = new Spotter({
    entities: [
      { id: 'plc:tahrir-square', type: 'place', name: 'Tahrir Square (Baghdad)', core: true },
      { id: 'plc:baghdad', type: 'place', name: 'Baghdad', core: true },
      { id: 'per:qais-al-khazali', type: 'person', name: 'Qais al-Khazali', core: true },
    ],
    aliases: [
      { text: 'Tahrir Square', entity: 0 },
      { text: 'Baghdad', entity: 1 },
      { text: 'Qais al-Khazali', entity: 2 },
    ],
  });
  const found = (text: string) => s.spot(`Qais al-Khazali spoke. ${text}`).map((m) => m.text).slice(1);

  it('is not ours where the town is one no name of the data holds, in any spelling', () => {
    expect(found('Crowds filled Tahrir Square in Cairo.')).toEqual([]);
    expect(found("Crowds filled Cairo's Tahrir Square.")).toEqual([]);
    expect(found('Crowds filled Tahrir Square, Cairo, in 2011.')).toEqual([]);
    expect(found('Crowds filled Tahreer Square in Cairo.')).toEqual([]); // the transliteration-tolerant lookup too
  });

  it('stays ours in the dataset’s own towns, in a part of one, or with a date after it', () => {
    expect(found('Crowds filled Tahrir Square in Baghdad.')).toEqual(['Tahrir Square', 'Baghdad']);
    expect(found("Crowds filled Baghdad's Tahrir Square.")).toEqual(['Baghdad', 'Tahrir Square']);
    expect(found('Crowds filled Tahrir Square in East Baghdad.')).toEqual(['Tahrir Square', 'Baghdad']);
    expect(found('Crowds filled Tahrir Square in October.')).toEqual(['Tahrir Square']);
    expect(found('Crowds filled Tahrir Square in the capital.')).toEqual(['Tahrir Square']);
  });
});
