import { describe, expect, it } from 'vitest';
import { compileMatchIndex, compileRuntimeDataset } from '@/data/compile';
import type { Entity } from '@/data/schema';
import { entities, s, src } from '../mini-dataset';

describe('the data compiler', () => {
  it('expands alias patterns and marks weak aliases', () => {
    const index = compileMatchIndex({ sources: [src], entities });
    const militia = index.entities.findIndex((e) => e.id === 'grp:militias');
    const names = index.aliases.filter((a) => a.entity === militia);
    expect(names.map((a) => a.text).sort()).toEqual(
      ['Iran-aligned armed factions', 'Iran-aligned militias', 'Iran-backed militias', 'Iranian-aligned militias', 'Iranian-backed militias', 'the militias', 'فصائل مسلحة موالية لإيران'].sort(),
    );
    expect(names.find((a) => a.text === 'the militias')?.weak).toBe(true);
    expect(names.find((a) => a.text === 'Iran-backed militias')?.weak).toBeUndefined();
    expect(index.entities.find((e) => e.id === 'plc:iraq')?.nameAr).toBe('العراق');
  });

  it('never marks a place outside Iraq, though it keeps its card', () => {
    const abroad = [
      { id: 'plc:turkey', type: 'place', kind: 'country', names: { en: 'Turkey', ar: 'تركيا' }, summary: { en: 'Country.', ar: 'بلد.', ...s }, as_of: '2026-11-29' },
      { id: 'plc:istanbul', type: 'place', kind: 'city', within: 'plc:turkey', names: { en: 'Istanbul', ar: 'إسطنبول' }, summary: { en: 'City.', ar: 'مدينة.', ...s }, as_of: '2026-11-29' },
    ] as Entity[];
    const index = compileMatchIndex({ sources: [src], entities: [...entities, ...abroad] });
    const aliasesOf = (id: string) => index.aliases.filter((a) => index.entities[a.entity].id === id).map((a) => a.text);
    expect(aliasesOf('plc:istanbul')).toEqual([]);
    expect(aliasesOf('plc:cafe')).toContain('A Cafe');
    expect(compileRuntimeDataset({ sources: [src], entities: [...entities, ...abroad] }, 'x').entities['plc:istanbul']).toBeDefined();
  });

  it('links each entity to its cases with its own standing in each, and places to the cases at the places within them', () => {
    const runtime = compileRuntimeDataset({ sources: [src], entities }, '2026-11-29');
    expect(runtime.cases['per:victim']).toEqual([{ event: 'evt:2021-01-01-abduction', role: 'victim', outcome: 'released' }]);
    // The group's own status (alleged), not the case's outcome.
    expect(runtime.cases['grp:militias']).toEqual([{ event: 'evt:2021-01-01-abduction', role: 'perpetrator', status: 'alleged' }]);
    expect(runtime.cases['plc:cafe']).toEqual([{ event: 'evt:2021-01-01-abduction', role: 'place' }]);
    expect(runtime.cases['plc:baghdad']).toEqual([{ event: 'evt:2021-01-01-abduction', role: 'place' }]);
    expect(runtime.cases['plc:iraq']).toEqual([{ event: 'evt:2021-01-01-abduction', role: 'place' }]);
  });
});

describe('what makes a page about the subject', () => {
  it('is a core person, group or event named in full, never a place alone: Baghdad is on every page about the region', async () => {
    const { buildDataset } = await import('@/data/build');
    const { Spotter } = await import('@/lib/spotter');
    const spotter = new Spotter(buildDataset().matchIndex);
    const ids = (text: string) => spotter.spot(text).map((m) => m.entityId);
    // Places mark on their own, but leave generic entities (the Pentagon) and contextual names (Tahrir Square) unmarked.
    expect(ids('Sadr City and Baghdad saw fighting in 2008. The Pentagon said so. Crowds filled Tahrir Square in Cairo.')).toEqual([
      'plc:sadr-city',
      'plc:baghdad',
    ]);
    expect(ids('القتال في مدينة الصدر وبغداد عام 2008، بحسب البنتاغون.')).not.toContain('grp:us-department-of-defense');
    // A core person named in full makes it about the subject.
    expect(ids('Qais al-Khazali spoke in Baghdad. The Pentagon said so.')).toContain('grp:us-department-of-defense');
  });
});

describe('the match index the extension ships', () => {
  it('finds exactly what the full index finds, on every development article', async () => {
    const { buildDataset } = await import('@/data/build');
    const { shippedMatchIndex } = await import('@/data/compile');
    const { Spotter } = await import('@/lib/spotter');
    const { readdirSync, readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const index = buildDataset().matchIndex;
    const shipped = JSON.parse(JSON.stringify(shippedMatchIndex(index)));
    expect(shipped.aliases).toEqual([]);
    const full = new Spotter(index);
    const compact = new Spotter(shipped);
    const dirs = ['en', 'ar'].map((d) => join(import.meta.dirname, '..', '..', 'corpus', d));
    let checked = 0;
    for (const dir of dirs)
      for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
        const text = readFileSync(join(dir, file), 'utf8');
        expect(compact.spot(text)).toEqual(full.spot(text));
        checked++;
      }
    expect(checked).toBeGreaterThanOrEqual(12);
  });
});
