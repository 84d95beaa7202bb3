// npm run spot -- [--json] FILE: prints the names Backstory finds in a .txt or .html file. No network.
import { spotFile, InputError } from './spot-file';
import { DatasetError } from '../data/build';

const args = process.argv.slice(2);
const json = args.includes('--json');
const files = args.filter((a) => a !== '--json');
if (files.length !== 1 || files[0].startsWith('-')) {
  console.error('usage: npm run spot -- [--json] FILE   (FILE: a .txt or .html file)');
  process.exit(2);
}

try {
  const { mentions } = spotFile(files[0]);
  if (json) {
    const out = mentions.map(({ start, end, text, entityId, name, type }) => ({ start, end, text, entityId, name, type }));
    console.log(JSON.stringify({ mentions: out }));
  } else {
    const rows = mentions.map((m) => [`${m.start}-${m.end}`, m.type, m.text, m.name, m.entityId]);
    const widths = [0, 1, 2, 3].map((i) => Math.min(40, Math.max(...rows.map((r) => r[i].length), 5)));
    console.log(['offsets', 'type', 'text', 'entity', 'id'].map((h, i) => h.padEnd(widths[i] ?? 0)).join('  '));
    for (const r of rows) console.log(r.map((c, i) => (i < 4 ? c.padEnd(widths[i]) : c)).join('  '));
    const entities = new Map<string, { name: string; count: number }>();
    for (const m of mentions) {
      const e = entities.get(m.entityId) ?? { name: m.name, count: 0 };
      e.count++;
      entities.set(m.entityId, e);
    }
    console.log(`\n${mentions.length} mention(s) of ${entities.size} entit${entities.size === 1 ? 'y' : 'ies'}` + (entities.size ? ':' : '.'));
    for (const [id, e] of [...entities].sort((a, b) => b[1].count - a[1].count)) console.log(`  ${String(e.count).padStart(3)}  ${e.name}  (${id})`);
  }
} catch (error) {
  if (error instanceof InputError || error instanceof DatasetError) {
    console.error(`spot: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
