import { describe, expect, it } from 'vitest';
import { compileRuntimeDataset } from '@/data/compile';
import { buildCard } from '@/lib/card-model';
import { glance, whyLine } from '@/lib/card-glance';
import { buildRecord } from '@/lib/record-model';
import { cslJson, recordCsl, recordText, sourceCsl, sourceText } from '@/lib/citation';
import type { Entity } from '@/data/schema';
import { entities, s, src } from '../mini-dataset';

// A second case in which the court convicted someone, while the group is only suspected.
const more: Entity[] = [
  {
    id: 'evt:2022-02-02-killing', type: 'event', kind: 'killing', names: { en: 'Killing of B', ar: 'مقتل ب' },
    summary: { en: 'Killing.', ar: 'قتل.', ...s }, date: { start: '2022-02-02', ...s },
    perpetrators: [{ entity: 'grp:militias', status: 'alleged', basis: { en: 'a report', ar: 'تقرير' }, ...s }],
    legal: [{ date: '2023-03-03', action: { en: 'Sentenced to death', ar: 'حُكم بالإعدام' }, court: { en: 'Criminal court', ar: 'محكمة الجنايات' }, ...s }],
    status: 'convicted', as_of: '2026-11-29',
  },
];
const runtime = compileRuntimeDataset({ sources: [src], entities: [...entities, ...more] }, '2026-11-29');

describe('the card at a glance', () => {
  it('says why a victim matters from their own case, and a suspect by their own standing, never the case\'s outcome', () => {
    expect(whyLine(buildCard(runtime, 'per:victim', 'en')!, 'en')).toBe('Abduction, 2021: released · Perpetrators unidentified');
    const group = whyLine(buildCard(runtime, 'grp:militias', 'en')!, 'en');
    expect(group).toBe('Alleged in 2 cases');
    expect(group).not.toContain('Convicted');
    expect(whyLine(buildCard(runtime, 'grp:militias', 'ar')!, 'ar')).toBe('اتهام غير مثبت في قضيتين');
    expect(whyLine(buildCard(runtime, 'plc:baghdad', 'en')!, 'en')).toBe('1 case here');
  });

  it('keeps three facts and two cases, and counts the rest for the full record', () => {
    const model = buildCard(runtime, 'grp:militias', 'en')!;
    model.facts = Array.from({ length: 5 }, (_, i) => ({ text: `fact ${i}`, cites: [] }));
    const shown = glance(model);
    expect(shown.facts.map((f) => f.text)).toEqual(['fact 0', 'fact 1', 'fact 2']);
    expect(shown.cases.map((c) => c.date)).toEqual(['2022-02-02', '2021-01-01']);
    expect(shown.more).toEqual({ facts: 2, cases: 0, reports: 0 });
  });
});

describe('the full record', () => {
  it('puts cases and their legal steps on one timeline, oldest first, with the entity\'s own standing', () => {
    const record = buildRecord(runtime, 'grp:militias', 'en')!;
    expect(record.timeline.map((e) => [e.date, e.kind])).toEqual([
      ['2021-01-01', 'case'],
      ['2022-02-02', 'case'],
      ['2023-03-03', 'legal'],
    ]);
    expect(record.timeline[1]).toMatchObject({ own: { status: 'alleged' }, status: 'convicted' });
    expect(record.timeline[2]).toMatchObject({ action: 'Sentenced to death', court: 'Criminal court', caseTitle: 'Killing of B' });
    expect(record.datasetDate).toBe('2026-11-29');
    expect(buildRecord(runtime, 'per:nobody', 'en')).toBeUndefined();
  });

  it('links related entities: a place\'s parent and the places within it, an event\'s people and places', () => {
    expect(buildRecord(runtime, 'plc:baghdad', 'en')!.related.map((r) => [r.id, r.how.key])).toEqual(
      expect.arrayContaining([['plc:iraq', 'within'], ['plc:cafe', 'contains']]),
    );
    const event = buildRecord(runtime, 'evt:2021-01-01-abduction', 'en')!.related;
    expect(event.map((r) => [r.id, r.how.key, r.status])).toEqual([
      ['per:victim', 'victim', undefined],
      ['grp:militias', 'perpetrator', 'alleged'],
      ['plc:cafe', 'place', undefined],
    ]);
  });

  it('gives citations as plain text and CSL-JSON', () => {
    const source = buildCard(runtime, 'per:victim', 'en')!.sources[0];
    expect(sourceText(source)).toBe('P. “T”. 2020-01-01. https://example.org/a');
    expect(sourceCsl(source)).toEqual({
      id: 'src:a', type: 'article-newspaper', title: 'T', 'container-title': 'P', URL: 'https://example.org/a', issued: { 'date-parts': [[2020, 1, 1]] },
    });
    const ref = { id: 'per:victim', name: 'A Victim', asOf: '2026-11-29', datasetDate: '2026-11-30' };
    expect(recordText(ref)).toBe('Backstory dataset. “A Victim” (record per:victim), as of 2026-11-29. Dataset compiled 2026-11-30.');
    expect(JSON.parse(cslJson([recordCsl(ref)]))[0]).toMatchObject({ type: 'dataset', title: 'A Victim', issued: { 'date-parts': [[2026, 11, 29]] } });
  });
});
