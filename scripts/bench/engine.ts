// Section 1: engine throughput in Node. The Spotter against three baselines on the same texts and alias sets:
// a single RegExp alternation, the @monyone/aho-corasick package, and a bare charCodeAt loop (the floor); and
// against itself before issue #10 (BEFORE_COMMIT, taken from git), timed in the same rounds.
import { gzipSync } from 'node:zlib';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { AhoCorasick } from '@monyone/aho-corasick';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { MatchIndex } from '../../lib/types';
import { buildDataset } from '../../data/build';
import { buildAliasSets, englishText, arabicText } from './corpus';
import { profileHere, summarise, type ProfileRow } from './profile';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

type SpotterClass = typeof import('../../lib/spotter').Spotter;

const ROOT = resolve(import.meta.dirname, '..', '..');

/** The engine before issue #10 (short forms, lookalike guard, transliteration key, event phrases, generic
 * entities): the bench times the current engine against it in the same run. */
export const BEFORE_COMMIT = 'bd701ef';

/**
 * The engine of an older commit, bundled as loadEngine() bundles the current one: its lib/ taken from git into
 * a temp dir. Returns why not when there is no git or no such commit (a copy that is not a checkout).
 */
export async function loadEngineAt(commit: string): Promise<{ Spotter: SpotterClass } | { missing: string }> {
  let archive: Buffer;
  try {
    archive = execFileSync('git', ['archive', '--format=tar', commit, 'lib'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 28 });
  } catch {
    return { missing: `git or commit ${commit} not available here (not a git checkout?)` };
  }
  const dir = mkdtempSync(join(tmpdir(), 'backstory-before-'));
  try {
    execFileSync('tar', ['-x', '-C', dir], { input: archive });
    return { Spotter: (await loadEngine(join(dir, 'lib'))).Spotter };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The engine as it runs in the extension: lib/spotter.ts bundled by esbuild (tsx's own transform wraps every
 * inner function in a keep-names helper on each call, which the Vite build does not, and which would distort
 * the profile). Also returns, for each line of the bundle, the source file it came from (for the profile).
 */
export async function loadEngine(libDir = join(ROOT, 'lib')): Promise<{ Spotter: SpotterClass; fileOfLine: (line: number) => string }> {
  const { build } = await import('esbuild');
  const dir = mkdtempSync(join(tmpdir(), 'backstory-bench-'));
  const outfile = join(dir, 'spotter.mjs');
  await build({
    entryPoints: [join(libDir, 'spotter.ts')],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    outfile,
    logLevel: 'error',
  });
  const lines = readFileSync(outfile, 'utf8').split('\n');
  const files: string[] = [];
  let current = '';
  for (const line of lines) {
    const m = /^\/\/ (\S+\.ts)$/.exec(line);
    if (m) current = m[1];
    files.push(current);
  }
  writeFileSync(join(dir, 'package.json'), '{"type":"module"}');
  const mod = (await import(pathToFileURL(outfile).href)) as { Spotter: SpotterClass };
  rmSync(dir, { recursive: true, force: true });
  return { Spotter: mod.Spotter, fileOfLine: (line) => files[line] ?? '' };
}

export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

export interface Rate {
  /** Millions of UTF-16 code units (characters) per second. */
  mbps: number;
  /** Characters measured (a prefix of the text when the method is too slow for all of it). */
  chars: number;
  runs: number;
  medianMs: number;
  found: number;
}

/**
 * Times `run` over the text: starts on a 1 KB prefix and grows it ×4 while a run is short, so warm-up runs come
 * first and a method too slow for the whole text is measured on a prefix within `budgetMs`. Median of up to 5.
 */
function rate(run: (text: string) => number, text: string, budgetMs: number): Rate {
  const cut = (n: number) => {
    if (n >= text.length) return text;
    const sp = text.lastIndexOf(' ', n);
    return text.slice(0, sp > n / 2 ? sp : n);
  };
  let len = Math.min(1024, text.length);
  const time = (s: string) => {
    const t0 = performance.now();
    const found = run(s);
    return { ms: performance.now() - t0, found };
  };
  let last = time(cut(len));
  while (len < text.length && last.ms < budgetMs / 25) {
    len = Math.min(text.length, len * 4);
    last = time(cut(len));
  }
  const sample = cut(len);
  const times = [last.ms];
  const runs = Math.max(1, Math.min(5, Math.floor(budgetMs / Math.max(last.ms, 1))));
  if (last.ms < budgetMs / 25 || sample.length === text.length) times.length = 0; // the last one was a warm-up
  while (times.length < runs) {
    const r = time(sample);
    times.push(r.ms);
    last = r;
  }
  const ms = median(times);
  return { mbps: sample.length / 1e6 / (ms / 1000), chars: sample.length, runs: times.length, medianMs: ms, found: last.found };
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** What a first attempt would write: one alternation, escaped, longest first, case-insensitive, word-bounded. */
export function naiveRegExp(aliases: string[]): RegExp {
  const sorted = [...new Set(aliases)].sort((a, b) => b.length - a.length);
  // \b is ASCII-only in JS and never matches next to Arabic letters; Unicode lookarounds are the working form.
  return new RegExp(`(?<![\\p{L}\\p{N}_])(?:${sorted.map(escapeRe).join('|')})(?![\\p{L}\\p{N}_])`, 'giu');
}

export interface EngineSetResult {
  label: string;
  aliases: number;
  buildMs: number;
  heapMB: number;
  regexpBuildMs: number;
  acBuildMs: number;
  byLang: Record<'en' | 'ar', { engine: Rate; regexp: Rate; ac: Rate; floor: Rate }>;
  /** The engine of BEFORE_COMMIT on the same alias set and texts, timed in the same rounds as the engine. */
  before?: {
    buildMs: number;
    heapMB: number;
    byLang: Record<'en' | 'ar', Rate>;
    /** Throughput now / before: the median over rounds of the two timings in the same round (drift cancels). */
    ratio: Record<'en' | 'ar', number>;
  };
}

export interface EngineResult {
  textChars: { en: number; ar: number };
  realAliases: number;
  realEntities: number;
  sets: EngineSetResult[];
  dataset: { matchIndexRaw: number; matchIndexGzip: number; runtimeRaw: number; runtimeGzip: number };
  profile?: Record<'en' | 'ar', { rows: ProfileRow[]; sampledMs: number }>;
  /** The A/B against the engine of `commit`; `missing` says why it was skipped. */
  before: { commit: string; missing?: string };
  /** Interleaved timed rounds of the engine (and of the engine before). */
  rounds: number;
  seconds: number;
}

/** Timed rounds of the engine: the median of these is its figure. */
const ROUNDS = 7;

function floorRun(text: string): number {
  let sum = 0;
  for (let i = 0; i < text.length; i++) sum = (sum + text.charCodeAt(i)) | 0;
  return sum === 0.5 ? 1 : 0; // never true: keeps the loop from being optimised away
}

/** JS heap plus ArrayBuffer memory (the index's typed arrays live outside the JS heap) retained by make(). */
function heapOf(make: () => unknown): number {
  const used = () => {
    const m = process.memoryUsage();
    return m.heapUsed + m.arrayBuffers;
  };
  gc();
  gc();
  const before = used();
  const kept = make();
  gc();
  gc();
  const after = used();
  if (kept === null) console.log(''); // keeps `kept` alive until after the measurement
  return (after - before) / (1024 * 1024);
}

export async function runEngine(options: { textChars?: number; log?: (line: string) => void } = {}): Promise<EngineResult> {
  const log = options.log ?? console.log;
  const started = performance.now();
  const { Spotter, fileOfLine } = await loadEngine();
  const loaded = await loadEngineAt(BEFORE_COMMIT);
  const Before = 'Spotter' in loaded ? loaded.Spotter : null;
  if (!Before) log(`  no A/B against ${BEFORE_COMMIT}: ${'missing' in loaded ? loaded.missing : ''}`);
  const built = buildDataset();
  const real: MatchIndex = built.matchIndex;
  const sets = buildAliasSets(real);
  const chars = options.textChars ?? 4_000_000;
  const texts = { en: englishText(sets.core, chars), ar: arabicText(sets.core, chars) };
  const lower = { en: texts.en.toLowerCase(), ar: texts.ar.toLowerCase() };
  log(`  texts: English ${(texts.en.length / 1e6).toFixed(1)} M chars, Arabic ${(texts.ar.length / 1e6).toFixed(1)} M chars`);

  const results: EngineSetResult[] = [];
  const spotters: Array<InstanceType<SpotterClass>> = [];
  const befores: Array<InstanceType<SpotterClass>> = [];
  // Index build: one warm-up, then the median of 3.
  const buildMs = (S: SpotterClass, index: MatchIndex) => {
    new S(index);
    const buildTimes: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      new S(index);
      buildTimes.push(performance.now() - t0);
    }
    return median(buildTimes);
  };
  for (const set of sets.sets) {
    const index = set.index;
    const aliasTexts = index.aliases.map((a) => a.text);
    const built = buildMs(Spotter, index);
    const heapMB = heapOf(() => new Spotter(index));
    const spotter = new Spotter(index);
    spotters.push(spotter);
    let before: EngineSetResult['before'];
    if (Before) {
      // The old engine takes the same MatchIndex (fields it does not know, such as derived and subject, it ignores).
      before = { buildMs: buildMs(Before, index), heapMB: heapOf(() => new Before(index)), byLang: {} as Record<'en' | 'ar', Rate>, ratio: { en: 0, ar: 0 } };
      befores.push(new Before(index));
    }

    let t0 = performance.now();
    const re = naiveRegExp(aliasTexts);
    // V8 compiles a RegExp on first use and tiers it up to native code on the next: warm it on a short string.
    for (let i = 0; i < 3; i++) {
      re.lastIndex = 0;
      re.exec('warm up');
    }
    const regexpBuildMs = performance.now() - t0;
    t0 = performance.now();
    const ac = new AhoCorasick([...new Set(aliasTexts.map((a) => a.toLowerCase()))]);
    const acBuildMs = performance.now() - t0;

    const byLang = {} as EngineSetResult['byLang'];
    for (const lang of ['en', 'ar'] as const) {
      const engine: Rate = { mbps: 0, chars: texts[lang].length, runs: 0, medianMs: 0, found: 0 }; // measured below
      const regexp = rate(
        (s) => {
          let n = 0;
          re.lastIndex = 0;
          for (const _ of s.matchAll(re)) n++;
          return n;
        },
        texts[lang],
        5_000,
      );
      // The package matches lower-cased text against lower-cased aliases (no word boundaries, no folding).
      const acRate = rate((s) => ac.matchInText(s).length, lower[lang], 6_000);
      const floor = rate(floorRun, texts[lang], 2_000);
      floor.found = 0;
      byLang[lang] = { engine, regexp, ac: acRate, floor };
      log(
        `  ${set.label.padStart(4)} ${lang}: RegExp ${fmtRate(regexp)} · ` +
          `aho-corasick ${acRate.mbps.toFixed(2)} MB/s · floor ${floor.mbps.toFixed(0)} MB/s`,
      );
    }
    results.push({ label: set.label, aliases: set.size, buildMs: built, heapMB, regexpBuildMs, acBuildMs, byLang, before });
    log(
      `  ${set.label.padStart(4)}: index build ${built.toFixed(1)} ms, heap ${heapMB.toFixed(2)} MB` +
        (before ? ` (${BEFORE_COMMIT}: ${before.buildMs.toFixed(1)} ms, ${before.heapMB.toFixed(2)} MB)` : ''),
    );
  }

  // The engine, interleaved: one warm-up pass of every set over every text, then ROUNDS rounds that each time
  // every set on every text, so that JIT warm-up and machine drift do not favour whichever set is measured first.
  // The engine before (BEFORE_COMMIT) runs in the same rounds, right before or after the engine on the same set
  // and text (the order alternates by round).
  const langs = ['en', 'ar'] as const;
  const all = [...spotters, ...befores];
  const times = all.map(() => ({ en: [] as number[], ar: [] as number[] }));
  const found = all.map(() => ({ en: 0, ar: 0 }));
  for (const lang of langs) for (const sp of all) sp.spot(texts[lang].slice(0, 100_000));
  for (const lang of langs) for (const sp of all) sp.spot(texts[lang]);
  for (let round = 0; round < ROUNDS; round++)
    for (let k = 0; k < spotters.length; k++)
      for (const lang of langs) {
        const pair = befores.length ? (round % 2 ? [spotters.length + k, k] : [k, spotters.length + k]) : [k];
        for (const s of pair) {
          const t0 = performance.now();
          found[s][lang] = all[s].spot(texts[lang]).length;
          times[s][lang].push(performance.now() - t0);
        }
      }
  const rateOf = (s: number, lang: 'en' | 'ar'): Rate => {
    const ms = median(times[s][lang]);
    return { mbps: texts[lang].length / 1e6 / (ms / 1000), chars: texts[lang].length, runs: times[s][lang].length, medianMs: ms, found: found[s][lang] };
  };
  for (let k = 0; k < spotters.length; k++)
    for (const lang of langs) {
      const e = (results[k].byLang[lang].engine = rateOf(k, lang));
      let line = `  ${results[k].label.padStart(4)} ${lang}: engine ${e.mbps.toFixed(2)} MB/s (${e.found} mentions; median of ${e.runs}, interleaved)`;
      const before = results[k].before;
      if (before) {
        const b = (before.byLang[lang] = rateOf(spotters.length + k, lang));
        const paired = times[k][lang].map((ms, round) => times[spotters.length + k][lang][round] / ms);
        before.ratio[lang] = median(paired);
        line += `; ${BEFORE_COMMIT} ${b.mbps.toFixed(2)} MB/s (${b.found} mentions), now/before ${before.ratio[lang].toFixed(2)}×`;
      }
      log(line);
    }

  const gz = (s: string) => gzipSync(s, { level: 9 }).length;
  const mi = JSON.stringify(real);
  const rt = JSON.stringify(built.runtime);
  const dataset = { matchIndexRaw: Buffer.byteLength(mi), matchIndexGzip: gz(mi), runtimeRaw: Buffer.byteLength(rt), runtimeGzip: gz(rt) };

  return {
    textChars: { en: texts.en.length, ar: texts.ar.length },
    realAliases: real.aliases.length,
    realEntities: real.entities.length,
    sets: results,
    dataset,
    before: { commit: BEFORE_COMMIT, ...('missing' in loaded ? { missing: loaded.missing } : {}) },
    rounds: ROUNDS,
    seconds: (performance.now() - started) / 1000,
    profile: await profileEngine(Spotter, fileOfLine, sets.sets[1].index, texts),
  };
}

/** Where the engine's time goes: a CPU profile of spot() at 10k aliases, 1 M chars of each language. */
async function profileEngine(Spotter: SpotterClass, fileOfLine: (line: number) => string, index: MatchIndex, texts: { en: string; ar: string }) {
  const spotter = new Spotter(index);
  const out = {} as NonNullable<EngineResult['profile']>;
  for (const lang of ['en', 'ar'] as const) {
    const text = texts[lang].slice(0, 1_000_000);
    spotter.spot(text);
    const profile = await profileHere(() => {
      for (let i = 0; i < 3; i++) spotter.spot(text);
    });
    // Name each bundle frame by its source file.
    for (const node of profile.nodes)
      if (node.callFrame.url.endsWith('spotter.mjs')) node.callFrame.url = fileOfLine(node.callFrame.lineNumber);
    out[lang] = summarise(profile, 12);
  }
  return out;
}

export function fmtRate(r: Rate): string {
  const v = r.mbps >= 1 ? r.mbps.toFixed(2) : r.mbps >= 0.01 ? r.mbps.toFixed(3) : r.mbps.toPrecision(2);
  return `${v} MB/s${r.chars < 1e6 ? ` (on ${(r.chars / 1000).toFixed(0)}k chars)` : ''}`;
}
