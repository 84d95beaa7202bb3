// npm run eval -- DIR [DIR …]: precision and recall of the spotter on gold-annotated articles.
import { evaluateCorpus } from './corpus-eval';
import { datasetSpotter } from './spot-file';

const args = process.argv.slice(2);
const verbose = !args.includes('--quiet');
const dirs = args.filter((a) => !a.startsWith('--'));
if (!dirs.length) {
  console.error('usage: npm run eval -- DIR [DIR …] [--quiet]   (folders holding *.txt with *.gold.json)');
  process.exit(2);
}
const pct = (x: number) => (100 * x).toFixed(1).padStart(5) + '%';
try {
  const score = evaluateCorpus(dirs, datasetSpotter());
  console.log(`${'article'.padEnd(52)} lang  precision  recall  (system ok/all, core found/all)`);
  for (const a of score.articles)
    console.log(
      `${a.article.slice(0, 52).padEnd(52)} ${a.lang}    ${pct(a.precision)}   ${pct(a.recall)}  (${a.systemCorrect}/${a.system}, ${a.coreFound}/${a.core})`,
    );
  console.log('');
  for (const [lang, s] of Object.entries(score.byLang))
    console.log(`${`total ${lang}`.padEnd(52)} ${lang}    ${pct(s.precision)}   ${pct(s.recall)}  (${s.systemCorrect}/${s.system}, ${s.coreFound}/${s.core}) in ${s.documents} articles`);
  const t = score.total;
  console.log(`${'total'.padEnd(52)} all   ${pct(t.precision)}   ${pct(t.recall)}  (${t.systemCorrect}/${t.system}, ${t.coreFound}/${t.core}) in ${t.documents} articles`);
  console.log('');
  for (const [lang, s] of [...Object.entries(score.byLang), ['all', t] as const]) {
    const c = s.coverage;
    const causes = Object.entries(s.causes)
      .sort((a, b) => b[1] - a[1])
      .map(([cause, n]) => `${cause} ${n}`)
      .join(', ');
    console.log(
      `${lang.padEnd(3)} link accuracy ${pct(s.link.accuracy)} (${s.link.correct}/${s.link.linked}); core entities: ${c.found} found, ${c.held} linked somewhere, of ${c.coreEntities}; misses: ${causes || 'none'}`,
    );
  }
  if (verbose) {
    for (const a of score.articles) {
      if (!a.misses.length && !a.falseAlarms.length && !a.wrongEntities.length) continue;
      console.log(`\n${a.article}`);
      for (const m of a.misses) console.log(`  miss         ${m.start}-${m.end}  "${m.text}"  (${m.entityId ?? m.entity})`);
      for (const f of a.falseAlarms) console.log(`  false alarm  ${f.start}-${f.end}  "${f.text}"  → ${f.entityId}`);
      for (const w of a.wrongEntities) console.log(`  wrong entity ${w.start}-${w.end}  "${w.text}"  → ${w.entityId}, gold ${w.goldEntityId}`);
    }
    if (t.link.wrong.length) console.log('\nwrong links (the system entity maps to another gold entity)');
    for (const w of t.link.wrong) console.log(`  ${w.article}  "${w.text}"  → ${w.entityId}, gold ${w.goldEntity}`);
  }
} catch (error) {
  console.error(`eval: ${(error as Error).message}`);
  process.exit(1);
}
