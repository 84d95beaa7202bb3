// npm run data:stats — counts by type, sources by kind and language, share of entities with Arabic names.
import { loadRecords } from '../data/load';
import { validateRecords } from '../data/validate';
import { shownTexts } from '../data/shown-texts';

const loaded = loadRecords(process.argv[2]);
const { dataset, problems } = validateRecords(loaded.records);
const count = <T>(items: T[], key: (item: T) => string) => {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return Object.entries(counts).sort((a, b) => b[1] - a[1]);
};
const line = (label: string, rows: Array<[string, number]>) =>
  console.log(`${label.padEnd(22)} ${rows.map(([k, n]) => `${k} ${n}`).join(', ')}`);

const minimums: Record<string, number> = { person: 150, group: 70, event: 80, place: 70 };
const SOURCES_MIN = 800;
const ARABIC_SOURCES_MIN = 200;
console.log('Backstory dataset');
for (const [type, n] of count(dataset.entities, (e) => e.type))
  console.log(`${type.padEnd(22)} ${String(n).padStart(4)}   (minimum ${minimums[type] ?? '-'}${n >= (minimums[type] ?? 0) ? ', met' : ', NOT MET'})`);
const met = (n: number, min: number) => `(minimum ${min}${n >= min ? ', met' : ', NOT MET'})`;
console.log(`${'sources'.padEnd(22)} ${String(dataset.sources.length).padStart(4)}   ${met(dataset.sources.length, SOURCES_MIN)}`);
const arabicSources = dataset.sources.filter((s) => s.lang === 'ar').length;
console.log(`${'sources in Arabic'.padEnd(22)} ${String(arabicSources).padStart(4)}   ${met(arabicSources, ARABIC_SOURCES_MIN)}`);
line('sources by kind', count(dataset.sources, (s) => s.kind));
line('sources by language', count(dataset.sources, (s) => s.lang));
line('events by kind', count(dataset.entities.filter((e) => e.type === 'event'), (e) => (e as { kind: string }).kind));
const withArabic = dataset.entities.filter((e) => e.names.ar).length;
const core = dataset.entities.filter((e) => e.core);
console.log(
  `${'Arabic names'.padEnd(22)} ${withArabic}/${dataset.entities.length} entities (${Math.round((100 * withArabic) / Math.max(1, dataset.entities.length))}%), core ${core.filter((e) => e.names.ar).length}/${core.length}`,
);
const shown = shownTexts(dataset.entities);
const shownArabic = shown.filter((t) => t.ar).length;
console.log(`${'Arabic shown texts'.padEnd(22)} ${shownArabic}/${shown.length} (${((100 * shownArabic) / Math.max(1, shown.length)).toFixed(1)}%)`);
const aliases = dataset.entities.reduce((n, e) => n + (e.aliases?.en?.length ?? 0) + (e.aliases?.ar?.length ?? 0) + (e.weak_aliases?.en?.length ?? 0) + (e.weak_aliases?.ar?.length ?? 0), 0);
console.log(`${'alias patterns'.padEnd(22)} ${aliases}`);
if (problems.length) console.log(`\n${problems.length} problem(s): run npm run data:check`);
