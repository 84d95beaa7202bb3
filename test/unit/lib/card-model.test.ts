import { describe, expect, it } from 'vitest';
import { compileRuntimeDataset } from '@/data/compile';
import { buildCard } from '@/lib/card-model';
import { recentCases } from '@/lib/recent-cases';
import { entities, src } from '../mini-dataset';

const runtime = compileRuntimeDataset({ sources: [src], entities }, '2026-11-29');

describe('card model', () => {
  it('gives a case its date, places, victims and perpetrators with their status, citing sources by number', () => {
    const card = buildCard(runtime, 'evt:2021-01-01-abduction', 'en')!;
    expect(card.name).toBe('Abduction of A Victim');
    expect(card.event?.places).toEqual([{ id: 'plc:cafe', name: 'A Cafe', role: 'last_seen' }]);
    expect(card.event?.victims).toEqual([{ id: 'per:victim', name: 'A Victim', outcome: 'released' }]);
    expect(card.event?.perpetrators[0]).toMatchObject({ id: 'grp:militias', status: 'alleged', basis: 'activists', cites: [1] });
    expect(card.sources.map((s) => s.id)).toEqual(['src:a']);
    expect(card.summaryCites).toEqual([1]);
  });

  it('lists a person\'s cases in Arabic, each with the entity\'s own standing before the case\'s outcome', () => {
    const card = buildCard(runtime, 'per:victim', 'ar')!;
    expect(card.cases).toEqual([
      {
        id: 'evt:2021-01-01-abduction', date: '2021-01-01', title: 'اختطاف ضحية', kind: 'abduction',
        status: 'perpetrators_unidentified', role: 'victim', own: { outcome: 'released' },
      },
    ]);
    expect(card.summary).toBe('ضحية.');
    expect(card.subtitle).toEqual(['ناشط']);
    expect(card.lang).toBe('ar');
    // A group suspected in a case shows its own status (alleged), whatever the case's outcome.
    expect(buildCard(runtime, 'grp:militias', 'en')!.cases[0].own).toEqual({ status: 'alleged' });
  });

  it('shows the name in the other script and the parent place', () => {
    const iraq = buildCard(runtime, 'plc:iraq', 'en')!;
    expect(iraq.otherName).toBe('العراق');
    expect(buildCard(runtime, 'plc:iraq', 'ar')!.name).toBe('العراق');
    expect(buildCard(runtime, 'plc:cafe', 'en')!.within).toEqual({ id: 'plc:baghdad', name: 'Baghdad' });
    expect(buildCard(runtime, 'per:nobody', 'en')).toBeUndefined();
  });

  it('lists recent cases newest first with place and status', () => {
    expect(recentCases(runtime, 'en')).toEqual([
      { id: 'evt:2021-01-01-abduction', date: '2021-01-01', title: 'Abduction of A Victim', kind: 'abduction', place: 'A Cafe', status: 'perpetrators_unidentified', victims: ['A Victim'] },
    ]);
  });
});
