import { describe, expect, it } from 'vitest';
import { Spotter } from '@/lib/spotter';
import { compileMatchIndex } from '@/data/compile';
import { agentIds, checkClaims } from '@/data/claim-check';
import type { Entity } from '@/data/schema';
import { entities, s, src } from '../mini-dataset';

const spotter = new Spotter(compileMatchIndex({ sources: [src], entities }));
const agents = agentIds(entities);
const place = (summary: { en: string; ar: string }, facts: Entity['facts'] = []): Entity =>
  ({ id: 'plc:square', type: 'place', kind: 'square', within: 'plc:baghdad', names: { en: 'A Square', ar: 'ساحة' }, summary: { ...summary, ...s }, facts, as_of: '2026-11-29' }) as Entity;
const paths = (e: Entity) => checkClaims(e, spotter, agents).map((p) => p.path);

describe('a suspicion is never written as a fact', () => {
  it('rejects violence by a named agent stated flatly, in English and in Arabic', () => {
    expect(paths(place({ en: 'Iran-backed militias stormed the square in 2020.', ar: 'ساحة في بغداد.' }))).toEqual(['summary.en']);
    expect(paths(place({ en: 'A square.', ar: 'اقتحمت فصائل مسلحة موالية لإيران الساحة عام 2020.' }))).toEqual(['summary.ar']);
    expect(paths(place({ en: 'The activist was abducted by Iran-backed militias.', ar: 'ساحة.' }))).toEqual(['summary.en']);
  });

  it('accepts the same claim attributed, with a status, or with a reason for reported speech', () => {
    expect(paths(place({ en: 'Iran-backed militias stormed the square, according to activists.', ar: 'اقتحمت فصائل مسلحة موالية لإيران الساحة بحسب ناشطين.' }))).toEqual([]);
    expect(paths(place({ en: 'A square.', ar: 'ساحة.' }, [{ en: 'Iran-backed militias stormed it.', ar: 'اقتحمتها فصائل مسلحة موالية لإيران.', status: 'alleged', ...s }]))).toEqual([]);
    expect(paths(place({ en: 'A square.', ar: 'ساحة.' }, [{ en: 'Iran-backed militias stormed it.', ar: 'ساحة.', reported_speech: 'the words of a court ruling, quoted', ...s }]))).toEqual([]);
  });

  it('does not take a victim, an object or another clause for the doer', () => {
    expect(paths(place({ en: 'Protesters set fire to offices of Iran-backed militias after the killing.', ar: 'ساحة.' }))).toEqual([]);
    expect(paths(place({ en: 'A Victim was abducted near the square.', ar: 'اختطف شخص قرب الساحة.' }))).toEqual([]);
  });
});

describe('the dataset check', () => {
  it('fails on an unattributed claim of violence, with its path', async () => {
    const { validateRecords } = await import('@/data/validate');
    const records = [
      { kind: 'sources' as const, file: 'sources/a.json', index: 0, value: src },
      ...entities.map((value, index) => ({ kind: ({ place: 'places', group: 'groups', person: 'people', event: 'events' } as const)[value.type], file: `x/${value.type}.json`, index, value })),
      { kind: 'places' as const, file: 'places/b.json', index: 0, value: place({ en: 'Iran-backed militias stormed the square in 2020.', ar: 'ساحة في بغداد.' }) },
    ];
    const { problems } = validateRecords(records);
    expect(problems.map((p) => p.path)).toEqual(['places/b.json [0].summary.en']);
  });
});
