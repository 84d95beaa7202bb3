// A small dataset for unit tests: a place hierarchy, a collective group, a victim and a case.
import type { Entity, Source } from '@/data/schema';

export const src: Source = { id: 'src:a', publisher: 'P', title: 'T', url: 'https://example.org/a', date: '2020-01-01', lang: 'en', kind: 'news' };
export const s = { src: ['src:a'] };
export const entities: Entity[] = [
  { id: 'plc:iraq', type: 'place', kind: 'country', names: { en: 'Iraq', ar: 'العراق' }, summary: { en: 'Country.', ar: 'بلد.', ...s }, as_of: '2026-11-29' },
  { id: 'plc:baghdad', type: 'place', kind: 'city', within: 'plc:iraq', names: { en: 'Baghdad', ar: 'بغداد' }, summary: { en: 'City.', ar: 'مدينة.', ...s }, as_of: '2026-11-29' },
  { id: 'plc:cafe', type: 'place', kind: 'cafe', within: 'plc:baghdad', names: { en: 'A Cafe', ar: 'مقهى' }, summary: { en: 'Cafe.', ar: 'مقهى.', ...s }, as_of: '2026-11-29' },
  {
    id: 'grp:militias', type: 'group', kind: 'collective', names: { en: 'Iran-aligned armed factions', ar: 'فصائل مسلحة موالية لإيران' },
    aliases: { en: ['Iran[ian]-{backed|aligned} militias'] }, weak_aliases: { en: ['the militias'] },
    summary: { en: 'Collective.', ar: 'جماعة.', ...s }, as_of: '2026-11-29',
  },
  { id: 'per:victim', type: 'person', roles: [{ en: 'activist', ar: 'ناشط' }], names: { en: 'A Victim', ar: 'ضحية' }, summary: { en: 'Victim.', ar: 'ضحية.', ...s }, as_of: '2026-11-29' },
  {
    id: 'evt:2021-01-01-abduction', type: 'event', kind: 'abduction', names: { en: 'Abduction of A Victim', ar: 'اختطاف ضحية' },
    summary: { en: 'Abduction.', ar: 'اختطاف.', ...s }, date: { start: '2021-01-01', ...s },
    places: [{ place: 'plc:cafe', role: 'last_seen', ...s }], victims: [{ person: 'per:victim', outcome: 'released', ...s }],
    perpetrators: [{ entity: 'grp:militias', status: 'alleged', basis: { en: 'activists', ar: 'ناشطون' }, ...s }],
    status: 'perpetrators_unidentified', as_of: '2026-11-29',
  },
];

