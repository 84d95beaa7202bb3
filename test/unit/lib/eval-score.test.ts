import { describe, it, expect } from 'vitest';
import { scoreDocument, aggregate, entityMapping, linkScore, coverage, missCause, type GoldFile } from '../../../lib/eval-score';
import type { Mention } from '../../../lib/types';

const text = 'Ali al-Mikdam went missing in Baghdad. Mikdam was seen in Karrada. Iraq is big.';
const at = (surface: string, from = 0) => {
  const start = text.indexOf(surface, from);
  return [start, start + surface.length] as [number, number];
};
const gold: GoldFile = {
  article: 'test.txt',
  mentions: [
    { surface: 'Ali al-Mikdam', entity: 'Ali al-Mikdam', entityId: 'per:ali-al-mikdam', type: 'person', salience: 'core', spans: [at('Ali al-Mikdam')] },
    { surface: 'Baghdad', entity: 'Baghdad', type: 'place', salience: 'core', spans: [at('Baghdad')] },
    { surface: 'Mikdam', entity: 'Ali al-Mikdam', entityId: 'per:ali-al-mikdam', type: 'person', salience: 'coref', spans: [at('Mikdam', 20)] },
    { surface: 'Karrada', entity: 'Karrada', type: 'place', salience: 'core', spans: [at('Karrada')] },
  ],
};
const mention = (surface: string, entityId: string, from = 0): Mention => {
  const [start, end] = at(surface, from);
  return { start, end, text: surface, entityId, name: surface, type: 'place' };
};

describe('scoreDocument', () => {
  it('scores a perfect run', () => {
    const s = scoreDocument(
      [mention('Ali al-Mikdam', 'per:ali-al-mikdam'), mention('Baghdad', 'plc:baghdad'), mention('Karrada', 'plc:karrada')],
      gold,
    );
    expect(s).toMatchObject({ system: 3, systemCorrect: 3, core: 3, coreFound: 3, precision: 1, recall: 1, f1: 1, misses: [], falseAlarms: [] });
  });

  it('counts overlap, not exact spans; coref and minor spans count for precision but not recall', () => {
    const s = scoreDocument([mention('Mikdam', 'per:ali-al-mikdam'), mention('Mikdam', 'per:ali-al-mikdam', 20)], gold);
    expect(s.systemCorrect).toBe(2); // "Mikdam" inside "Ali al-Mikdam" overlaps it; the second is a coref span
    expect(s.coreFound).toBe(1);
    expect(s.recall).toBeCloseTo(1 / 3);
  });

  it('lists misses with their text and offsets, and false alarms', () => {
    const s = scoreDocument([mention('Baghdad', 'plc:baghdad'), mention('Iraq', 'plc:iraq')], gold, text);
    expect(s.precision).toBe(0.5);
    expect(s.recall).toBeCloseTo(1 / 3);
    expect(s.misses).toEqual([
      { start: 0, end: 13, text: 'Ali al-Mikdam', entity: 'Ali al-Mikdam', entityId: 'per:ali-al-mikdam', type: 'person' },
      { start: at('Karrada')[0], end: at('Karrada')[1], text: 'Karrada', entity: 'Karrada', type: 'place' },
    ]);
    expect(s.falseAlarms).toEqual([{ start: at('Iraq')[0], end: at('Iraq')[1], text: 'Iraq', entityId: 'plc:iraq', type: 'place' }]);
    expect(s.f1).toBeCloseTo((2 * 0.5 * (1 / 3)) / (0.5 + 1 / 3));
  });

  it('uses the gold surface for misses when no text is given', () => {
    expect(scoreDocument([], gold).misses.map((m) => m.text)).toEqual(['Ali al-Mikdam', 'Baghdad', 'Karrada']);
  });

  it('reports a mention on a gold span of another entity', () => {
    const s = scoreDocument([mention('Mikdam', 'per:someone-else', 20)], gold);
    expect(s.wrongEntities).toEqual([expect.objectContaining({ text: 'Mikdam', entityId: 'per:someone-else', goldEntityId: 'per:ali-al-mikdam' })]);
  });

  it('defines empty cases as perfect rather than dividing by zero', () => {
    const s = scoreDocument([], { article: 'x', mentions: [] });
    expect([s.precision, s.recall, s.f1]).toEqual([1, 1, 1]);
  });
});

describe('aggregate', () => {
  it('micro-averages over documents', () => {
    const a = scoreDocument([mention('Baghdad', 'plc:baghdad'), mention('Iraq', 'plc:iraq')], gold);
    const b = scoreDocument([mention('Ali al-Mikdam', 'per:ali-al-mikdam'), mention('Baghdad', 'plc:baghdad'), mention('Karrada', 'plc:karrada')], gold);
    const total = aggregate([a, b]);
    expect(total).toMatchObject({ documents: 2, system: 5, systemCorrect: 4, core: 6, coreFound: 4 });
    expect(total.precision).toBeCloseTo(0.8);
    expect(total.recall).toBeCloseTo(4 / 6);
  });

  it('handles no documents', () => {
    expect(aggregate([])).toMatchObject({ documents: 0, precision: 1, recall: 1 });
  });
});

describe('link accuracy and coverage (gold that names entities, not ids)', () => {
  const t = 'Mustafa al-Kadhimi met Moeen al-Kadhimi. Kadhimi left.';
  const span = (s: string, from = 0): [number, number] => {
    const i = t.indexOf(s, from);
    return [i, i + s.length];
  };
  const g: GoldFile = {
    article: 'a.txt',
    mentions: [
      { surface: 'Mustafa al-Kadhimi', entity: 'Mustafa al-Kadhimi', type: 'person', salience: 'core', spans: [span('Mustafa al-Kadhimi'), span('Kadhimi left')] },
      { surface: 'Moeen al-Kadhimi', entity: 'Moeen al-Kadhimi (MP)', type: 'person', salience: 'core', spans: [span('Moeen al-Kadhimi')] },
    ],
  };
  const m = (s: string, entityId: string, from = 0): Mention => {
    const [start, end] = span(s, from);
    return { start, end, text: s, entityId, name: s, type: 'person' };
  };

  it('maps each system id to the gold entity it overlaps most and counts a lookalike linked to its namesake as wrong', () => {
    const found = [m('Mustafa al-Kadhimi', 'per:k'), m('Kadhimi', 'per:k', 30), m('Kadhimi', 'per:k', 45)];
    const docs = [{ found, gold: g }];
    expect(entityMapping(docs).get('per:k')).toBe('Mustafa al-Kadhimi');
    const link = linkScore(docs);
    expect(link).toMatchObject({ linked: 3, correct: 2 });
    expect(link.wrong[0]).toMatchObject({ text: 'Kadhimi', goldEntity: 'Moeen al-Kadhimi (MP)' });
  });

  it('reports how many core gold entities are held and found', () => {
    expect(coverage([{ found: [m('Mustafa al-Kadhimi', 'per:k')], gold: g }])).toEqual({ coreEntities: 2, held: 1, found: 1 });
  });

  it('sorts misses by cause', () => {
    const mapped = new Set(['Mustafa al-Kadhimi']);
    const miss = (text: string, entity: string, type: Mention['type'] = 'person') => ({ start: 0, end: 1, text, entity, type });
    expect(missCause(miss('Kadhimi', 'Mustafa al-Kadhimi'), mapped)).toBe('short form');
    expect(missCause(miss('al-Kadhimi', 'Mustafa al-Kadhimi'), mapped)).toBe('short form');
    expect(missCause(miss('Mostafa Kazemi', 'Mustafa al-Kadhimi'), mapped)).toBe('spelling variant or other');
    expect(missCause(miss('Abu Fadak', 'Abu Fadak'), mapped)).toBe('entity not in dataset');
    expect(missCause(miss('the October 2019 protests', 'Mustafa al-Kadhimi', 'event'), mapped)).toBe('event phrase');
  });
});
