// Names that hold a place's name, written with the place's other names.
import { describe, expect, it } from 'vitest';
import { placeNameVariants } from '@/lib/place-variants';
import { compileMatchIndex } from '@/data/compile';
import type { Entity } from '@/data/schema';
import { Spotter } from '@/lib/spotter';
import { entities, s, src } from '../mini-dataset';

const dhiQar = ['Dhi Qar', 'Thi Qar', 'Dhi Qar Governorate', 'ذي قار', 'محافظة ذي قار'];

describe('place-name variants', () => {
  it('rewrite a name with each other spelling of the place it holds, in the same script only', () => {
    expect(placeNameVariants(['Dhi Qar Criminal Court', 'محكمة جنايات ذي قار'], [dhiQar]).sort()).toEqual(
      ['Thi Qar Criminal Court', 'Dhi Qar Governorate Criminal Court', 'محكمة جنايات محافظة ذي قار'].sort(),
    );
  });

  it('replace the longest spelling the name holds, and only whole words', () => {
    expect(placeNameVariants(['Dhi Qar Governorate Council'], [dhiQar])).toContain('Thi Qar Council');
    expect(placeNameVariants(['Dhi Qar Governorate Council'], [dhiQar])).not.toContain('Thi Qar Governorate Council');
    expect(placeNameVariants(['Dhi Qarawi Club'], [dhiQar])).toEqual([]);
  });

  it('are compiled for groups and events, and spotted as the longer name, not the place inside it', () => {
    const places = [
      { id: 'plc:dhi-qar', type: 'place', kind: 'governorate', within: 'plc:iraq', names: { en: 'Dhi Qar', ar: 'ذي قار' }, aliases: { ar: ['محافظة ذي قار'] }, summary: { en: 'Governorate.', ar: 'محافظة.', ...s }, as_of: '2026-11-29' },
      { id: 'grp:court', type: 'group', kind: 'court', names: { en: 'Dhi Qar Criminal Court', ar: 'محكمة جنايات ذي قار' }, summary: { en: 'Court.', ar: 'محكمة.', ...s }, as_of: '2026-11-29' },
    ] as Entity[];
    const index = compileMatchIndex({ sources: [src], entities: [...entities, ...places] });
    const spotter = new Spotter(index);
    const found = spotter.spot('وقال مصدر قضائي في محكمة جنايات محافظة ذي قار إن الحكم صدر.').map((m) => [m.text, m.entityId]);
    expect(found).toEqual([['محكمة جنايات محافظة ذي قار', 'grp:court']]);
    // The place itself keeps only its own names.
    expect(index.aliases.filter((a) => index.entities[a.entity].id === 'plc:dhi-qar').map((a) => a.text).sort()).toEqual(['Dhi Qar', 'ذي قار', 'محافظة ذي قار'].sort());
  });
});
