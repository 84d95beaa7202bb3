// npm run bench: measures the engine (Node), the page cost and the card latency (Chromium, with and without the
// built extension) and the bundle sizes; prints every figure with its ratio and writes BENCHMARKS.md.
//
//   npm run bench                      all sections (needs `npm run build` first: .output/chrome-mv3)
//   npm run bench -- --only=engine     some sections: engine, pages, card, bundle, real (comma-separated)
//   npm run bench -- --runs=N           loads per real page with and without the extension (default 3)
//   npm run bench -- --no-write        print only, leave BENCHMARKS.md alone (a partial run does so unless --write)
//   npm run bench -- --json=FILE       also write the raw results as JSON
//
// Not part of npm test: timings belong here, never in tests.
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { runEngine, fmtRate } from './bench/engine';
import { runBrowser, fmt } from './bench/run-browser';
import { CHROME_DIST, measureBundle } from './bench/bundle';
import { budgets, renderMarkdown, type Results } from './bench/report';
import { runRealPages } from './bench/real-pages';

const ROOT = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const flag = (name: string) => args.find((a) => a === `--${name}` || a.startsWith(`--${name}=`));
const value = (name: string) => flag(name)?.split('=').slice(1).join('=');
const only = new Set((value('only') ?? 'engine,pages,card,bundle,real').split(',').map((s) => s.trim()));
// A partial run (--only) leaves BENCHMARKS.md alone unless --write is given.
const write = !flag('no-write') && (only.size === 5 || !!flag('write'));

function osName(): string {
  try {
    return /PRETTY_NAME="?([^"\n]+)"?/.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] ?? process.platform;
  } catch {
    return process.platform;
  }
}

function commit(): string {
  try {
    return execSync('git rev-parse --short HEAD', { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

async function main() {
  const started = performance.now();
  const needsBuild = only.has('pages') || only.has('card') || only.has('bundle') || only.has('real');
  if (needsBuild && !existsSync(join(CHROME_DIST, 'manifest.json'))) {
    console.error('No built extension at .output/chrome-mv3. Run "npm run build" first.');
    process.exit(1);
  }
  const results: Results = {
    machine: {
      date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
      os: osName(),
      cpu: cpus()[0]?.model ?? 'unknown',
      nproc: availableParallelism(),
      memoryGB: totalmem() / 1024 ** 3,
      node: process.version,
      chromium: '',
      commit: commit(),
    },
    seconds: 0,
  };
  console.log(`Backstory benchmarks — ${results.machine.nproc} cores, ${results.machine.memoryGB.toFixed(0)} GB, Node ${process.version}`);

  if (only.has('engine')) {
    console.log('\n1. Engine throughput (Node)');
    const e = await runEngine();
    results.engine = e;
    for (const lang of ['en', 'ar'] as const) {
      for (const s of e.sets) {
        const l = s.byLang[lang];
        console.log(
          `  ${lang} ${s.label.padStart(4)}: engine/RegExp ${(l.engine.mbps / l.regexp.mbps).toFixed(1)}×, engine/aho-corasick ${(l.engine.mbps / l.ac.mbps).toFixed(2)}×, ` +
            `floor/engine ${(l.floor.mbps / l.engine.mbps).toFixed(1)}× (engine ${fmtRate(l.engine)})`,
        );
      }
      const a = e.sets[0].byLang[lang].engine.mbps;
      const z = e.sets[e.sets.length - 1].byLang[lang].engine.mbps;
      console.log(`  ${lang} engine ${e.sets[e.sets.length - 1].label} vs ${e.sets[0].label}: ${(a / z).toFixed(2)}× the time`);
    }
    const d = e.dataset;
    console.log(`  dataset: match index ${d.matchIndexRaw} B raw, ${d.matchIndexGzip} B gzip; runtime ${d.runtimeRaw} B raw, ${d.runtimeGzip} B gzip`);
    console.log(`  (${e.seconds.toFixed(0)} s)`);
  }

  if (only.has('pages') || only.has('card')) {
    console.log('\n2–3. Page cost and card latency (Chromium)');
    results.browser = await runBrowser({ pages: only.has('pages'), card: only.has('card') });
    results.machine.chromium = results.browser.chromium;
    console.log(`  (${results.browser.seconds.toFixed(0)} s)`);
  }

  if (only.has('bundle')) {
    console.log('\n4. Bundle sizes (.output/chrome-mv3, gzip -9)');
    results.bundle = measureBundle();
    for (const s of results.bundle.scripts)
      console.log(
        `  ${s.file.padEnd(40)} ${String(s.raw).padStart(8)} B raw ${String(s.gzip).padStart(7)} B gzip` +
          (s.embedded.length ? `; without ${s.embedded.map((d) => d.what).join(', ')}: ${s.withoutDataGzip} B gzip (subtracting instead: ${s.subtractGzip} B)` : ''),
      );
  }

  if (only.has('real')) {
    console.log('\n5. Real pages, with and without the extension (Chromium; Firefox from the test build)');
    results.real = await runRealPages({ runs: Number(value('runs') ?? 3) });
    console.log(`  (${results.real.seconds.toFixed(0)} s)`);
  }

  results.seconds = (performance.now() - started) / 1000;
  console.log('\nBudgets');
  for (const b of budgets(results)) console.log(`  ${b.met === null ? '?' : b.met ? 'met   ' : 'MISSED'}  ${b.name}: ${b.measured}`);
  console.log(`\nTotal ${fmt(results.seconds / 60)} min.`);
  if (write) {
    writeFileSync(join(ROOT, 'BENCHMARKS.md'), renderMarkdown(results));
    console.log('Wrote BENCHMARKS.md');
  } else console.log('BENCHMARKS.md left as it was.');
  const json = value('json');
  if (json) writeFileSync(json, JSON.stringify(results, null, 2));
}

await main();
