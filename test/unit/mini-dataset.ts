// A small dataset for unit tests: a place hierarchy, a collective group, a victim and a case.
import type { Entity, Source } from '@/data/schema';

export const src: Source = { id: 'src:a', publisher: 'P', title: 'T', url: 'https://example.org/a', date: '2020-01-01', lang: 'en', kind: 'news' };
export const s = { src: ['src:a'] };
export const entities: Entity[] = [
  { id: 'plc:iraq', type: 'place', kind: 'country', names: { en: 'Iraq', ar: 'العراق' }, summary: { en: 'Country.', ...s }, as_of: '2026-11-29' },
  { id: 'plc:baghdad', type: 'place', kind: 'city', within: 'plc:iraq', names: { en: 'Baghdad' }, summary: { en: 'City.', ...s }, as_of: '2026-11-29' },
  { id: 'plc:cafe', type: 'place', kind: 'cafe', within: 'plc:baghdad', names: { en: 'A Cafe' }, summary: { en: 'Cafe.', ...s }, as_of: '2026-11-29' },
  {
    id: 'grp:militias', type: 'group', kind: 'collective', names: { en: 'Iran-aligned armed factions' },
    aliases: { en: ['Iran[ian]-{backed|aligned} militias'] }, weak_aliases: { en: ['the militias'] },
    summary: { en: 'Collective.', ...s }, as_of: '2026-11-29',
  },
  { id: 'per:victim', type: 'person', roles: ['activist'], names: { en: 'A Victim' }, summary: { en: 'Victim.', ...s }, as_of: '2026-11-29' },
  {
    id: 'evt:2021-01-01-abduction', type: 'event', kind: 'abduction', names: { en: 'Abduction of A Victim' },
    summary: { en: 'Abduction.', ...s }, date: { start: '2021-01-01', ...s },
    places: [{ place: 'plc:cafe', role: 'last_seen', ...s }], victims: [{ person: 'per:victim', outcome: 'released', ...s }],
    perpetrators: [{ entity: 'grp:militias', status: 'alleged', basis: { en: 'activists' }, ...s }],
    status: 'perpetrators_unidentified', as_of: '2026-11-29',
  },
];

