// Event phrases anchored by date, from each event's kind and date (issue 10, item 4).
import { describe, it, expect } from 'vitest';
import { deriveEventPhrases } from '../../../lib/event-phrases';
import { expandAlias } from '../../../lib/alias-expand';
import { Spotter } from '../../../lib/spotter';
import type { MatchIndex } from '../../../lib/types';

const expanded = (kind: string, start: string) => {
  const p = deriveEventPhrases({ kind, start });
  return [...p.en, ...p.ar].flatMap(expandAlias);
};

describe('deriveEventPhrases', () => {
  it('names a protest wave by the month and year it began, and in Arabic by a day of that month', () => {
    const names = expanded('protest', '2019-10-01');
    expect(names).toEqual(expect.arrayContaining(['October 2019 protest movement', 'protests of October 2019', 'تظاهرات 25 أكتوبر', 'احتجاجات تشرين الأول 2019']));
    expect(names).not.toContain('تظاهرات 25 نوفمبر');
  });

  it('names a massacre, attack or strike by its day and month', () => {
    expect(expanded('massacre', '2019-12-06')).toEqual(expect.arrayContaining(['6 December massacre', 'December 6 2019 attack', 'مجزرة 6 كانون الأول']));
    expect(expanded('strike', '2020-01-03')).toEqual(expect.arrayContaining(['January 3 drone strike', 'ضربة 3 يناير 2020']));
  });

  it('derives nothing for a killing (its victim names it) or a date without a month', () => {
    expect(expanded('assassination', '2020-07-06')).toEqual([]);
    expect(expanded('massacre', '2019')).toEqual([]);
  });
});

function indexOf(): MatchIndex {
  const index: MatchIndex = {
    entities: [
      { id: 'evt:tishreen-protests', type: 'event', name: 'Tishreen protests' },
      { id: 'per:ali-al-mikdam', type: 'person', name: 'Ali al-Mikdam' },
      { id: 'plc:baghdad', type: 'place', name: 'Baghdad' },
    ],
    aliases: [
      { text: 'Tishreen protests', entity: 0 },
      { text: 'Ali al-Mikdam', entity: 1 },
      { text: 'علي المكدام', entity: 1 },
      { text: 'Baghdad', entity: 2 },
      { text: 'بغداد', entity: 2 },
    ],
  };
  for (const text of expanded('protest', '2019-10-01')) index.aliases.push({ text, entity: 0, weak: true, derived: true });
  return index;
}
const spotter = new Spotter(indexOf());
const marks = (text: string) => spotter.spot(text).map((m) => m.text);

describe('event phrases on a page', () => {
  it('mark on a page about the subject, in both scripts', () => {
    expect(marks('Ali al-Mikdam, a figure of the October 2019 protest movement, vanished in Baghdad.')).toEqual([
      'Ali al-Mikdam',
      'October 2019 protest movement',
      'Baghdad',
    ]);
    expect(marks('شارك علي المكدام في تظاهرات 25 أكتوبر في بغداد.')).toEqual(['علي المكدام', 'تظاهرات 25 أكتوبر', 'بغداد']);
  });

  it('never on a page that names nothing of the subject (another country’s October 2019 protests)', () => {
    expect(marks('In Beirut, the October 2019 protest movement toppled the cabinet.')).toEqual([]);
    expect(marks('خرجت تظاهرات 17 أكتوبر في لبنان.')).toEqual([]);
  });
});
