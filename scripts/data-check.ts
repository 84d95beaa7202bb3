// npm run data:check — validates every record and prints each problem with its path.
import { loadRecords } from '../data/load';
import { validateRecords } from '../data/validate';

const dir = process.argv[2];
const loaded = loadRecords(dir);
const result = validateRecords(loaded.records);
const problems = [...loaded.problems, ...result.problems];
for (const w of result.warnings) console.log(`warning: ${w.path}: ${w.message}`);
for (const p of problems) console.log(`error: ${p.path}: ${p.message}`);
const counts = `${loaded.files.length} files, ${result.dataset.sources.length} sources, ${result.dataset.entities.length} entities`;
if (problems.length) {
  console.log(`\ndata:check failed: ${problems.length} problem(s) in ${counts}`);
  process.exit(1);
}
console.log(`data:check passed: ${counts}, ${result.warnings.length} warning(s)`);
