// npm run data:audit -- --seed N --count K: prints K random claims of the dataset with the sources they
// cite, weighted toward perpetrator, court and status claims, for a person to check against the sources.
import { loadRecords } from '../data/load';
import { validateRecords } from '../data/validate';
import { collectClaims, formatClaim, sampleClaims } from '../data/audit';
import { Rng } from './bench/prng';

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  if (at < 0) return fallback;
  const value = Number(process.argv[at + 1]);
  if (!Number.isInteger(value) || value < 0) {
    console.error(`data:audit: --${name} takes a whole number (got ${process.argv[at + 1] ?? 'nothing'})`);
    process.exit(2);
  }
  return value;
}

const seed = option('seed', 1);
const count = option('count', 40);
const loaded = loadRecords();
const { dataset, problems } = validateRecords(loaded.records);
if (loaded.problems.length || problems.length) {
  console.error('data:audit: the dataset has problems; run npm run data:check first');
  process.exit(1);
}
const claims = collectClaims(dataset.entities);
const rng = new Rng(seed);
const sample = sampleClaims(claims, count, () => rng.next());
const sources = new Map(dataset.sources.map((s) => [s.id, s]));
console.log(`Audit sample: ${sample.length} of ${claims.length} claims, seed ${seed}\n`);
sample.forEach((claim, i) => console.log(formatClaim(i + 1, claim, sources) + '\n'));
