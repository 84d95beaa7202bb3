import { describe, it, expect } from 'vitest';
import { Resolver, type WeakFound } from '../../../lib/resolve';
import { Matcher } from '../../../lib/matcher';

const weak = (chunk: number, start: number, entities: number[]): WeakFound => ({ chunk, start, end: start + 3, entities });
const strong = (chunk: number, start: number, entity: number) => ({ chunk, start, end: start + 5, entity });

describe('Resolver', () => {
  it('keeps a weak candidate waiting until one of its entities is named strongly', () => {
    const r = new Resolver();
    const w = weak(0, 0, [1]);
    expect(r.add([], [w])).toEqual([]);
    expect(r.add([strong(1, 0, 2)], [])).toEqual([]);
    expect(r.add([strong(2, 0, 1)], [])).toEqual([{ found: w, entity: 1 }]);
    expect(r.add([strong(3, 0, 1)], [])).toEqual([]); // never twice
  });

  it('chooses the entity named nearest before, else nearest after', () => {
    const r = new Resolver();
    const out = r.add(
      [strong(0, 0, 1), strong(0, 50, 2), strong(0, 200, 1)],
      [weak(0, 100, [1, 2]), weak(0, 300, [1, 2])],
    );
    expect(out.map((o) => o.entity)).toEqual([2, 1]);
    const r2 = new Resolver();
    expect(r2.add([strong(0, 80, 2), strong(0, 60, 1)].sort((a, b) => a.start - b.start), [weak(0, 10, [2, 1])]).map((o) => o.entity)).toEqual([1]);
  });

  it('orders positions by chunk first', () => {
    const r = new Resolver();
    r.add([strong(0, 900, 1)], []);
    r.add([strong(1, 5, 2)], []);
    expect(r.add([], [weak(2, 0, [1, 2])]).map((o) => o.entity)).toEqual([2]);
  });

  it('resolves a waiting candidate once even if it names several entities that all turn up', () => {
    const r = new Resolver();
    const w = weak(0, 0, [1, 2]);
    r.add([], [w]);
    const out = r.add([strong(1, 0, 2), strong(1, 10, 1)], []);
    expect(out).toEqual([{ found: w, entity: 2 }]); // nearest after
    expect(r.add([strong(2, 0, 1), strong(2, 9, 2)], [])).toEqual([]);
  });
});

describe('Matcher', () => {
  const m = new Matcher({
    entities: [
      { id: 'per:a', type: 'person', name: 'Balsam Mustafa' },
      { id: 'per:b', type: 'person', name: 'Mustafa al-Kadhimi' },
    ],
    aliases: [
      { text: 'Balsam Mustafa', entity: 0 },
      { text: 'Mustafa', entity: 0, weak: true },
      { text: 'Mustafa al-Kadhimi', entity: 1 },
      { text: 'Mustafa', entity: 1, weak: true },
    ],
  });

  it('returns strong candidates with their entity and weak ones with all their entities', () => {
    expect(m.scan('Balsam Mustafa said. Mustafa added.')).toMatchObject([
      { start: 0, end: 14, entity: 0, weak: null, words: 2 },
      { start: 21, end: 28, entity: -1, weak: [0, 1], words: 1 },
    ]);
  });

  it('is reusable: scans do not leak into each other', () => {
    m.scan('Balsam Mustafa '.repeat(500));
    expect(m.scan('Mustafa al-Kadhimi')).toMatchObject([{ start: 0, end: 18, entity: 1, weak: null, words: 2 }]);
  });

  it('skips aliases that have no words', () => {
    const empty = new Matcher({ entities: [{ id: 'x:y', type: 'group', name: 'x' }], aliases: [{ text: ' - ', entity: 0 }, { text: 'al', entity: 0 }] });
    expect(empty.scan('x - al y')).toEqual([]);
  });
});
