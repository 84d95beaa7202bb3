// Turns the results into BENCHMARKS.md: method, machine, figures with ratios, budgets met or missed, and for a
// missed budget the profile of where the time goes.
import type { EngineResult, Rate } from './engine';
import { fmtRate } from './engine';
import type { BrowserResult, CardResult, PageResult } from './run-browser';
import { fmt } from './run-browser';
import type { ScriptSize } from './bundle';
import { CARD_UI_BUDGET_GZIP, CARD_UI_SCRIPT, CONTENT_BUDGET_GZIP, CONTENT_SCRIPT, FIRST_STAGE_BUDGET_GZIP, READER_SCRIPT } from './bundle';
import type { ProfileRow } from './profile';
import { spread, type RealPageRow, type RealPagesResult } from './real-pages';

export interface Machine {
  date: string;
  os: string;
  cpu: string;
  nproc: number;
  memoryGB: number;
  node: string;
  chromium: string;
  commit: string;
}

export interface Results {
  machine: Machine;
  engine?: EngineResult;
  browser?: BrowserResult;
  bundle?: { scripts: ScriptSize[]; totalRaw: number; totalGzip: number };
  real?: RealPagesResult;
  seconds: number;
}

export interface Budget {
  name: string;
  measured: string;
  met: boolean | null;
  section: string;
}

const kb = (n: number) => `${(n / 1000).toFixed(1)} KB`;
const x = (n: number) => (Number.isFinite(n) ? (n >= 100 ? `${n.toFixed(0)}×` : `${n.toFixed(n >= 10 ? 1 : 2)}×`) : '–');
const mark = (met: boolean | null) => (met === null ? 'not measured' : met ? '**met**' : '**missed**');

export function budgets(r: Results): Budget[] {
  const out: Budget[] = [];
  const e = r.engine;
  if (e) {
    const s1 = e.sets[0];
    const s10 = e.sets.find((s) => s.label === '10k') ?? e.sets[1];
    const s100 = e.sets[e.sets.length - 1];
    const vsRe = (['en', 'ar'] as const).map((l) => s10.byLang[l].engine.mbps / s10.byLang[l].regexp.mbps);
    out.push({ section: 'engine', name: 'Engine ≥ 10× faster than a RegExp alternation at 10k aliases', measured: `English ${x(vsRe[0])}, Arabic ${x(vsRe[1])}`, met: vsRe.every((v) => v >= 10) });
    const scale = (['en', 'ar'] as const).map((l) => s1.byLang[l].engine.mbps / s100.byLang[l].engine.mbps);
    out.push({ section: 'engine', name: 'Engine within 1.5× of itself between 1k and 100k aliases', measured: `100k is ${x(scale[0])} the time of 1k in English, ${x(scale[1])} in Arabic`, met: scale.every((v) => v <= 1.5) });
    const floor = (['en', 'ar'] as const).map((l) => s10.byLang[l].floor.mbps / s10.byLang[l].engine.mbps);
    out.push({ section: 'engine', name: 'Engine within 8× of the charCodeAt floor (10k aliases)', measured: `English ${x(floor[0])}, Arabic ${x(floor[1])} slower than the floor`, met: floor.every((v) => v <= 8) });
    // Skipped (no row) when the run had no git to take the old engine from.
    if (s10.before) {
      const b = s10.before;
      const ratio = [b.ratio.en, b.ratio.ar];
      const cell = (l: 'en' | 'ar', i: number) => `${b.byLang[l].mbps.toFixed(2)} → ${s10.byLang[l].engine.mbps.toFixed(2)} MB/s (${x(ratio[i])})`;
      out.push({
        section: 'engine',
        name: `Engine throughput within 10 % of before issue #10 (${e.before.commit}), same run`,
        measured: `10k aliases, before → now: English ${cell('en', 0)}, Arabic ${cell('ar', 1)}`,
        met: ratio.every((v) => v >= 0.9),
      });
    }
  }
  const page = (name: string) => r.browser?.pages.find((p) => p.page === name);
  const art = page('10kb');
  if (art) {
    out.push({ section: 'pages', name: 'Typical article (10 KB): ≤ 20 ms added main-thread work', measured: `${fmt(art.addedTaskMs)} ms`, met: art.addedTaskMs === null ? null : art.addedTaskMs <= 20 });
    out.push({ section: 'pages', name: 'Typical article (10 KB): first highlight within 100 ms of load', measured: `${fmt(art.ext.firstFromLoadMs)} ms`, met: art.ext.firstFromLoadMs === null ? null : art.ext.firstFromLoadMs <= 100 });
  }
  const big = page('10mb');
  if (big) {
    const longest = big.trace?.longestExtensionTasks[0]?.durationMs ?? null;
    const t0 = big.trace?.longestExtensionTasks[0];
    const any = big.trace?.longestTasks[0];
    out.push({
      section: 'pages',
      name: '10 MB page: no extension task > 50 ms',
      measured:
        `longest task running extension code ${fmt(longest)} ms (its JS ${fmt(t0?.extensionJsMs ?? null)} ms; traced run); ` +
        `longest task of any kind after the extension ran ${fmt(any?.durationMs ?? null)} ms [${any?.top ?? ''}]; untraced, longest task after the extension started ${fmt(big.ext.longestTaskAfterStartMs, 0)} ms`,
      met: longest === null ? null : longest <= 50,
    });
  }
  const grow = page('grow');
  if (grow) {
    const pb = grow.trace?.perBatch;
    const avg = perBatchAdded(r);
    out.push({
      section: 'pages',
      name: 'Growing page: each mutation batch ≤ 5 ms',
      measured: pb
        ? `extension JS per batch: median ${fmt(pb.extJs.median, 2)}, p95 ${fmt(pb.extJs.p95, 2)}, max ${fmt(pb.extJs.max, 2)} ms; tasks running extension code per batch: max ${fmt(pb.extTasks.max, 2)} ms; added main-thread time (JS + rendering) ${fmt(avg, 2)} ms per batch on average`
        : '–',
      met: pb ? pb.extJs.max <= 5 && pb.extTasks.max <= 5 && (avg === null || avg <= 5) : null,
    });
  }
  const real = r.real;
  if (real) {
    const nameless = real.rows.filter((row) => row.kind === 'saved page' && row.marks === 0);
    const script = spread(nameless.map((row) => row.addedScriptMs));
    const heap = spread(nameless.map((row) => row.addedHeapMB));
    const over = nameless.filter((row) => row.longestExtTaskMs > 16);
    const longest = spread(nameless.map((row) => row.longestExtTaskMs));
    out.push({ section: 'real', name: 'Page with no dataset name: ≤ 2 ms added script time (median over the real pages)', measured: `median ${fmt(script.median)} ms, p90 ${fmt(script.p90)}, worst ${fmt(script.worst)} (${script.n} pages)`, met: script.median <= 2 });
    out.push({ section: 'real', name: 'Page with no dataset name: ≤ 0.3 MB added heap', measured: `median ${fmt(heap.median, 2)} MB, p90 ${fmt(heap.p90, 2)}, worst ${fmt(heap.worst, 2)}`, met: heap.median <= 0.3 });
    out.push({ section: 'real', name: 'Page with no dataset name: no added task over 16 ms', measured: `${over.length} of ${nameless.length} pages had a task running extension code over 16 ms; longest median ${fmt(longest.median)} ms, worst ${fmt(longest.worst)} ms`, met: over.length === 0 });
    const articles = real.rows.filter((row) => row.kind === 'article');
    const art = spread(articles.map((row) => row.addedScriptMs));
    out.push({ section: 'real', name: 'Article with names (the 24 real Iraq articles, ~2 KB): ≤ 8 ms added script time', measured: `median ${fmt(art.median)} ms, p90 ${fmt(art.p90)}, worst ${fmt(art.worst)}`, met: art.n ? art.median <= 8 : null });
    const ff = real.rows.filter((row) => row.firefox);
    if (ff.length) {
      const ffNameless = spread(ff.filter((row) => row.marks === 0 && row.kind === 'saved page').map((row) => row.firefox!.workMs));
      const ffArt = spread(ff.filter((row) => row.kind === 'article').map((row) => row.firefox!.workMs));
      out.push({ section: 'real', name: 'Firefox measured too (performance.now() around the extension\'s work)', measured: `no-name pages: median ${fmt(ffNameless.median)} ms, worst ${fmt(ffNameless.worst)}; articles: median ${fmt(ffArt.median)} ms`, met: true });
    }
  }
  const card = r.browser?.card;
  if (card) out.push({ section: 'card', name: 'Card first paint ≤ 16 ms after the hover delay', measured: `${fmt(card.median.frameMs)} ms (median of ${card.warm.length})`, met: card.median.frameMs <= 16 });
  const first = r.bundle?.scripts.find((s) => s.file === CONTENT_SCRIPT);
  if (first) out.push({ section: 'bundle', name: `First stage ≤ ${FIRST_STAGE_BUDGET_GZIP.toLocaleString('en')} B gzip, keys included (also a test)`, measured: `${first.gzip.toLocaleString('en')} B`, met: first.gzip <= FIRST_STAGE_BUDGET_GZIP });
  const content = r.bundle?.scripts.find((s) => s.file === READER_SCRIPT);
  if (content) out.push({ section: 'bundle', name: `Second stage ≤ ${CONTENT_BUDGET_GZIP / 1000} KB gzip without the dataset (also a test)`, measured: kb(content.withoutDataGzip), met: content.withoutDataGzip <= CONTENT_BUDGET_GZIP });
  const ui = r.bundle?.scripts.find((s) => s.file === CARD_UI_SCRIPT);
  if (ui) out.push({ section: 'bundle', name: `Card interface ≤ ${CARD_UI_BUDGET_GZIP / 1000} KB gzip (also a test)`, measured: kb(ui.gzip), met: ui.gzip <= CARD_UI_BUDGET_GZIP });
  return out;
}

function profileTable(rows: Array<ProfileRow & { snippet?: string }>, sampledMs: number, note = ''): string {
  const lines = [
    `Sampled ${sampledMs.toFixed(0)} ms${note}. Self time = in the function itself; total = with what it calls.`,
    '',
    '| function | where | self | total |' + (rows.some((r) => r.snippet) ? ' code at that position |' : ''),
    '|---|---|---:|---:|' + (rows.some((r) => r.snippet) ? '---|' : ''),
  ];
  for (const r of rows)
    lines.push(
      `| \`${r.fn}\` | ${r.where || '(native)'} | ${r.selfPct.toFixed(1)} % | ${r.totalPct.toFixed(1)} % |` +
        (rows.some((q) => q.snippet) ? ` ${r.snippet ? '`' + r.snippet.replace(/\|/g, '\\|').replace(/`/g, "'") + '…`' : ''} |` : ''),
    );
  return lines.join('\n');
}

const rateCell = (r: Rate) => fmtRate(r);

export function renderMarkdown(r: Results): string {
  const b = budgets(r);
  const m = r.machine;
  const out: string[] = [];
  out.push('# Benchmarks');
  out.push('');
  out.push(`Written by \`npm run bench\` (scripts/bench.ts, scripts/bench/) on ${m.date}, at commit \`${m.commit}\` plus the working tree. Run it again to refresh; do not edit by hand. The whole run took ${(r.seconds / 60).toFixed(1)} min.`);
  out.push('');
  out.push('## Machine');
  out.push('');
  out.push('| | |');
  out.push('|---|---|');
  out.push(`| OS | ${m.os} |`);
  out.push(`| CPU | ${m.cpu}, ${m.nproc} cores (nproc) |`);
  out.push(`| memory | ${m.memoryGB.toFixed(1)} GB |`);
  out.push(`| Node | ${m.node} |`);
  out.push(`| Chromium | ${m.chromium || '–'} (headless, the flags of test/e2e/support/browsers.ts) |`);
  out.push('');
  out.push('## Budgets');
  out.push('');
  out.push('| budget | measured | |');
  out.push('|---|---|---|');
  for (const x of b) out.push(`| ${x.name} | ${x.measured} | ${mark(x.met)} |`);
  out.push('');

  // ---------------------------------------------------------------------------------------------------
  if (r.engine) {
    const e = r.engine;
    out.push('## 1. Engine throughput (Node)');
    out.push('');
    out.push(
      `**Method.** Deterministic texts (seeded PRNG): English ${(e.textChars.en / 1e6).toFixed(1)} M characters and Arabic ${(e.textChars.ar / 1e6).toFixed(1)} M characters of ` +
        'news-like sentences (openers, quotes, filler words, attributions) with names of the dataset in them; in Arabic a third of the names carry a clitic (و ف ب ل …). ' +
        `Alias sets: **1k** = 1,000 of the dataset's ${e.realAliases.toLocaleString('en')} real aliases (every k-th, so each entity keeps some names); ` +
        '**10k** and **100k** = all real aliases plus synthetic ones of realistic shape (Latin and Arabic person names with and without al-, groups "Kata\'ib X" / "X Brigades" / "كتائب X", places, ~30 % weak surnames), ' +
        'none of which is a filler word. The texts only use names of the 1k set, so every set finds the same mentions and the sets differ only in size. ' +
        'The engine is `new Spotter(index).spot(text)`, lib/spotter.ts bundled by esbuild as the extension bundles it (tsx\'s own transform adds a keep-names call to every inner function, which would distort it). ' +
        'Baselines on the same text and alias set: (a) one RegExp, every alias escaped, longest first, flags `giu`, with Unicode word boundaries `(?<![\\p{L}\\p{N}_])…(?![\\p{L}\\p{N}_])` (`\\b` is ASCII-only and never matches next to Arabic); ' +
        '(b) `@monyone/aho-corasick` 1.1.11 (`AhoCorasick.matchInText`, all overlapping matches) over the lower-cased text and lower-cased aliases; (c) a bare loop summing `charCodeAt` (the floor). ' +
        'MB/s = millions of UTF-16 characters per second. ' +
        `The engine: after one warm-up pass of every alias set over every text, ${e.rounds} interleaved rounds (each round times every set on every text, so neither JIT warm-up nor drift favours one set); the median of the ${e.rounds} on the whole text. ` +
        'The baselines: each runs first on a 1 K-character prefix, growing ×4 while a run is short (these are the warm-up runs), then the median of up to 5 runs on the whole text, or, for a method too slow for it (the RegExp at 10k and 100k), on the prefix it reached within its time budget (marked).',
    );
    out.push('');
    for (const lang of ['en', 'ar'] as const) {
      out.push(`### ${lang === 'en' ? 'English' : 'Arabic'}`);
      out.push('');
      out.push('| aliases | engine | RegExp | aho-corasick | floor | engine vs RegExp | engine vs aho-corasick | floor vs engine | mentions |');
      out.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
      for (const s of e.sets) {
        const l = s.byLang[lang];
        out.push(
          `| ${s.label} (${s.aliases.toLocaleString('en')}) | ${rateCell(l.engine)} | ${rateCell(l.regexp)} | ${rateCell(l.ac)} | ${l.floor.mbps.toFixed(0)} MB/s | ` +
            `${x(l.engine.mbps / l.regexp.mbps)} faster | ${x(l.engine.mbps / l.ac.mbps)} | ${x(l.floor.mbps / l.engine.mbps)} slower | ${l.engine.found.toLocaleString('en')} |`,
        );
      }
      const first = e.sets[0].byLang[lang].engine.mbps;
      const last = e.sets[e.sets.length - 1].byLang[lang].engine.mbps;
      out.push('');
      out.push(`Engine at ${e.sets[e.sets.length - 1].label} vs ${e.sets[0].label} aliases: **${x(first / last)}** the time (${first.toFixed(2)} → ${last.toFixed(2)} MB/s).`);
      out.push('');
    }
    out.push(`### Against the engine before issue #10 (${e.before.commit})`);
    out.push('');
    if (e.before.missing) out.push(`Not measured in this run: ${e.before.missing}.`);
    else {
      out.push(
        `The engine of commit \`${e.before.commit}\` (its lib/ taken from git, bundled by esbuild as the current one is) on the same texts and alias sets, timed in the same ${e.rounds} rounds, ` +
          'right before or after the current engine (the order alternates by round); the median of each. ' +
          'now/before is the median over rounds of the ratio of the two timings of the same round, so that machine drift between rounds cancels. ' +
          'Mentions differ a little because the rules changed (short forms, lookalikes, generic names, events).',
      );
      out.push('');
      out.push('| aliases | English before | English now | now/before | Arabic before | Arabic now | now/before | mentions before → now (en, ar) |');
      out.push('|---|---:|---:|---:|---:|---:|---:|---|');
      for (const s of e.sets) {
        const b = s.before;
        if (!b) continue;
        const cells = (['en', 'ar'] as const).map((l) => `${b.byLang[l].mbps.toFixed(2)} MB/s | ${s.byLang[l].engine.mbps.toFixed(2)} MB/s | ${x(b.ratio[l])}`);
        const counts = (['en', 'ar'] as const).map((l) => `${b.byLang[l].found.toLocaleString('en')} → ${s.byLang[l].engine.found.toLocaleString('en')}`);
        out.push(`| ${s.label} (${s.aliases.toLocaleString('en')}) | ${cells.join(' | ')} | ${counts.join(', ')} |`);
      }
    }
    out.push('');
    out.push('### Index build and memory');
    out.push('');
    const heap = (mb: number) => (mb < 0.05 ? '≈ 0 (below the noise)' : `${mb.toFixed(2)} MB`);
    const was = (s: (typeof e.sets)[number], f: (b: NonNullable<typeof s.before>) => string) => (s.before ? ` (${e.before.commit}: ${f(s.before)})` : '');
    out.push('| aliases | Spotter constructor (median of 3) | heap + ArrayBuffers retained by the Spotter | RegExp compile (first 3 exec) | aho-corasick build |');
    out.push('|---|---:|---:|---:|---:|');
    for (const s of e.sets)
      out.push(
        `| ${s.label} (${s.aliases.toLocaleString('en')}) | ${s.buildMs.toFixed(1)} ms${was(s, (b) => `${b.buildMs.toFixed(1)} ms`)} | ${heap(s.heapMB)}${was(s, (b) => heap(b.heapMB))} | ` +
          `${s.regexpBuildMs.toFixed(0)} ms | ${s.acBuildMs.toFixed(0)} ms |`,
      );
    out.push('');
    out.push('### The compiled dataset that ships');
    out.push('');
    out.push(`The real dataset: ${e.realEntities} entities, ${e.realAliases.toLocaleString('en')} aliases (pattern-expanded). gzip level 9.`);
    out.push('');
    out.push('| | raw | gzip | shipped in |');
    out.push('|---|---:|---:|---|');
    out.push(`| match index JSON | ${kb(e.dataset.matchIndexRaw)} | ${kb(e.dataset.matchIndexGzip)} | content script |`);
    out.push(`| runtime dataset JSON | ${kb(e.dataset.runtimeRaw)} | ${kb(e.dataset.runtimeGzip)} | background, popup |`);
    out.push('');
    const missed = b.filter((x) => x.section === 'engine' && x.met === false);
    if (e.profile && missed.length) {
      out.push('### Where the engine\'s time goes (budget missed)');
      out.push('');
      out.push('CPU profile (node:inspector, 200 µs sampling) of `spot()` at 10k aliases, three passes over the first 1 M characters of each text.');
      out.push('');
      for (const lang of ['en', 'ar'] as const) {
        out.push(`**${lang === 'en' ? 'English' : 'Arabic'}.** ` + profileTable(e.profile[lang].rows, e.profile[lang].sampledMs));
        out.push('');
      }
    }
    out.push(`Engine section: ${e.seconds.toFixed(0)} s.`);
    out.push('');
  }

  // ---------------------------------------------------------------------------------------------------
  if (r.browser && r.browser.pages.length) {
    const br = r.browser;
    out.push('## 2. Page cost in Chromium');
    out.push('');
    out.push(
      '**Method.** Chromium with `.output/chrome-mv3` (playwright-core `launchPersistentContext`, headless, flags as in test/e2e/support/browsers.ts) and the same Chromium without any extension. ' +
        'Pages are generated and served from 127.0.0.1: an article of about 10 KB, 1 MB and 10 MB of text with dataset names, and a live page (10 KB article) that appends a paragraph every 50 ms for 10 s, starting 500 ms after load. ' +
        'Each run is a new tab that loads a blank page of the same origin, enables CDP `Performance`, then navigates; **main-thread time** is the delta of `TaskDuration` (and `ScriptDuration`) from before the navigation to the end of the run, ' +
        'and **heap** is `JSHeapUsedSize` after a forced GC. With the extension, a run ends when the highlight count has not changed for 1.5 s (and the live page has stopped growing); without it, each run lasts as long as the median run with it, so the two windows match. ' +
        '**Added** = median with − median without. A probe in the page (first script in `<head>`) polls `CSS.highlights` every 4 ms with timestamps, watches for the extension\'s `<style>` in `<head>` (the scanner starting), and records long tasks (PerformanceObserver `longtask`). ' +
        'Times are from the page\'s `loadEventEnd` (document_idle scripts run after DOMContentLoaded, at the latest right after load). ' +
        'One more run per page, with the extension, records a trace (CDP Tracing, `toplevel` and timeline categories) and a JS CPU profile (CDP Profiler, 200 µs) on the same clock: a main-thread task is an **extension task** when profile samples inside it run the content script\'s code; its whole duration is counted. ' +
        'The tracing and profiling slow that run, so its figures are upper bounds and are used only to attribute tasks. The probe\'s own polling runs in both browsers alike.',
    );
    out.push('');
    out.push('| page | text | runs | main thread with / without | **added** | script added | heap added | extension starts | first highlight | last highlight | highlights | longest task after DCL with / without | longest extension task (traced) |');
    out.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
    for (const p of br.pages) {
      out.push(
        `| ${p.page} | ${(p.chars / 1000).toFixed(0)} K chars | ${p.ext.runs}+${p.plain.runs} | ${fmt(p.ext.taskMs)} / ${fmt(p.plain.taskMs)} ms | **${fmt(p.addedTaskMs)} ms** | ${fmt(p.addedScriptMs)} ms | ${fmt(p.addedHeapMB, 2)} MB | ` +
          `${fmt(p.ext.startFromLoadMs)} ms | ${fmt(p.ext.firstFromLoadMs)} ms | ${fmt(p.ext.lastFromLoadMs)} ms | ${p.ext.highlights ?? '–'} | ${fmt(p.ext.longestTaskAfterDclMs, 0)} / ${fmt(p.plain.longestTaskAfterDclMs, 0)} ms | ${fmt(p.trace?.longestExtensionTasks[0]?.durationMs ?? null)} ms |`,
      );
    }
    out.push('');
    out.push('"extension starts" = its `<style>` appears in `<head>` (settings loaded, index built, scanner created), from load.');
    out.push('');
    const grow = br.pages.find((p) => p.page === 'grow');
    if (grow?.trace?.perBatch) {
      const pb = grow.trace.perBatch;
      out.push('### Growing page: cost per mutation batch');
      out.push('');
      out.push(`${pb.batches} appends, 50 ms apart. For each, the window up to the next append (traced run):`);
      out.push('');
      out.push('| per batch | median | p95 | max |');
      out.push('|---|---:|---:|---:|');
      out.push(`| extension JS (profile samples in the content script's code) | ${fmt(pb.extJs.median, 2)} ms | ${fmt(pb.extJs.p95, 2)} ms | ${fmt(pb.extJs.max, 2)} ms |`);
      out.push(`| tasks that ran extension code (whole task, includes the page's own append when they share it) | ${fmt(pb.extTasks.median, 2)} ms | ${fmt(pb.extTasks.p95, 2)} ms | ${fmt(pb.extTasks.max, 2)} ms |`);
      out.push(`| all main-thread tasks (page + extension + rendering) | ${fmt(pb.allTasks.median, 2)} ms | ${fmt(pb.allTasks.p95, 2)} ms | ${fmt(pb.allTasks.max, 2)} ms |`);
      const avg = perBatchAdded(r);
      if (avg !== null) out.push(`| added main-thread time (untraced runs: added on this page − added on the 10 KB article it starts as) / ${pb.batches} | ${fmt(avg, 2)} ms (mean) | | |`);
      out.push('');
      if (grow.appendToHighlight)
        out.push(`From an append to its names highlighted: median ${fmt(grow.appendToHighlight.median)} ms, max ${fmt(grow.appendToHighlight.max)} ms (${grow.appendToHighlight.count} appends over the measured runs).`);
      out.push('');
    }
    const missedPages = b.filter((x) => x.section === 'pages' && x.met === false);
    if (missedPages.length) {
      out.push('### Where the page time goes (budgets missed)');
      out.push('');
      out.push(
        'From the traced run of each page: the longest extension tasks, the trace events inside extension tasks by self time, and the content script\'s hottest functions (CPU profile samples that have the content script on the stack). ' +
          'The content script is minified, so each function is shown with the code at its position in `.output/chrome-mv3/content-scripts/content.js`. ' +
          '`BlinkScheduler_PerformMicrotaskCheckpoint` self time is JS run from promise continuations (the scanner resumes after `scheduler.yield()` in a microtask).',
      );
      out.push('');
      for (const p of br.pages) {
        if (!p.trace) continue;
        if (!relevant(p, missedPages)) continue;
        out.push(`#### ${p.page}`);
        out.push('');
        out.push(`${p.trace.extensionTasks} tasks ran extension code. Longest: ${p.trace.longestExtensionTasks.map((t) => `${t.durationMs.toFixed(1)} ms (JS ${t.extensionJsMs.toFixed(1)} ms)`).join(', ')}.`);
        out.push('');
        out.push(`Longest main-thread tasks of any kind once the extension had run (rendering its highlights is not its JS, but it causes it): ${p.trace.longestTasks.map((t) => `${t.durationMs.toFixed(0)} ms${t.extensionJsMs ? ` (extension JS ${t.extensionJsMs.toFixed(0)} ms)` : ''} [${t.top}]`).join('; ')}.`);
        out.push('');
        out.push(`Inside extension tasks, by self time: ${p.trace.breakdown.map((d) => `${d.name} ${d.ms.toFixed(1)} ms`).join(', ')}.`);
        out.push('');
        out.push(profileTable(p.trace.profile.rows, p.trace.profile.sampledMs, ' of samples with the content script on the stack'));
        out.push('');
      }
    }
    out.push(`Browser sections: ${br.seconds.toFixed(0)} s.`);
    out.push('');
  }

  // ---------------------------------------------------------------------------------------------------
  if (r.browser?.card) {
    const c = r.browser.card;
    out.push('## 3. Card latency');
    out.push('');
    out.push(
      `**Method.** The 10 KB article with the extension; the pointer rests away from the text, then moves in one step onto a highlighted name (a different name each time). A probe in the page records the \`pointermove\` (window, capture phase: before the content script sees it) and, from then on, ` +
        `the card (\`.card\` in the open shadow root of \`backstory-card\`) being in the DOM and not hidden (MutationObserver), having its position (floating-ui's \`transform\` on its layer), and the first animation frame in which it is visible (rAF poll: the frame that paints it). ` +
        `Latency is measured from pointer move + the hover delay (${c.delayMs} ms, the default \`settings.hoverDelayMs\`). It therefore includes the content script\'s wait for the next frame to hit-test the pointer, and the timer\'s lateness. ` +
        'Then Escape is pressed: from the `keydown` to the card gone from the DOM, and to the first frame without it. The first hover (which mounts the shadow root) is shown apart; the figures are the median of the next 10.',
    );
    out.push('');
    out.push('| | in DOM | positioned | **first frame (paint)** | in DOM, from hit-test frame + delay | first frame, from hit-test frame + delay | Escape → removed | Escape → next frame |');
    out.push('|---|---:|---:|---:|---:|---:|---:|---:|');
    const row = (label: string, w: CardResult['median']) =>
      `| ${label} | ${fmt(w.domMs)} ms | ${fmt(w.placedMs)} ms | **${fmt(w.frameMs)} ms** | ${fmt(w.domFromHitMs)} ms | ${fmt(w.frameFromHitMs)} ms | ${fmt(w.escapeDomMs)} ms | ${fmt(w.escapeFrameMs)} ms |`;
    if (c.cold) out.push(row('first hover (mounts the card)', c.cold));
    out.push(row(`median of ${c.warm.length}`, c.median));
    const span = (f: (w: CardResult['median']) => number) => range(c.warm.map(f));
    out.push(
      `| range of the ${c.warm.length} | ${span((w) => w.domMs)} | ${span((w) => w.placedMs)} | ${span((w) => w.frameMs)} | ${span((w) => w.domFromHitMs)} | ${span((w) => w.frameFromHitMs)} | ${span((w) => w.escapeDomMs)} | ${span((w) => w.escapeFrameMs)} |`,
    );
    out.push('');
    out.push(
      'The content script hit-tests the pointer in the next animation frame after the move, and starts the hover delay then: "from hit-test frame + delay" leaves out that wait (up to one frame), so it is the card\'s own cost: the timer, rendering the card, and waiting for the frame that paints it.',
    );
    out.push('');
    if (c.profile && c.median.frameMs > 16) {
      out.push('**Where the time goes (budget missed).** CPU profile (CDP Profiler, 100 µs) of 6 more hovers, samples with the content script on the stack:');
      out.push('');
      out.push(profileTable(c.profile.rows, c.profile.sampledMs));
      out.push('');
    }
  }

  // ---------------------------------------------------------------------------------------------------
  if (r.bundle) {
    out.push('## 4. Bundle sizes');
    out.push('');
    out.push(
      '**Method.** Every script and stylesheet in `.output/chrome-mv3` (as `npm run build` left it), raw and gzip (Node zlib, level 9). ' +
        'data/vite-plugin.ts embeds the dataset as `JSON.parse(<string literal>)`. "Without dataset" **removes that literal from the file text** (found after `JSON.parse(`, read as a JS string literal, checked to parse as the match index or runtime dataset JSON) and puts `"{}"` in its place, then gzips what is left: that is the code the reader downloads besides the data. ' +
        'The other way, gzip of the whole file minus gzip of the dataset JSON alone, is shown for comparison: it is less exact, because gzip compresses the two together differently than apart. ' +
        `\`test/e2e/bundle-size.e2e.ts\` (run by \`npm test\` after the build) fails when the content script without its dataset exceeds ${CONTENT_BUDGET_GZIP / 1000} KB (${CONTENT_BUDGET_GZIP.toLocaleString('en')} bytes) gzip.`,
    );
    out.push('');
    out.push('| file | raw | gzip | embedded dataset | without dataset raw | **without dataset gzip** | gzip minus dataset gzip |');
    out.push('|---|---:|---:|---|---:|---:|---:|');
    for (const s of r.bundle.scripts) {
      const emb = s.embedded.length ? s.embedded.map((d) => `${d.what} (${kb(d.jsonBytes)} JSON)`).join(', ') : '–';
      const has = s.embedded.length > 0;
      out.push(`| ${s.file} | ${kb(s.raw)} | ${kb(s.gzip)} | ${emb} | ${has ? kb(s.withoutDataRaw) : ''} | ${has ? `**${kb(s.withoutDataGzip)}**` : ''} | ${has ? kb(s.subtractGzip) : ''} |`);
    }
    out.push(`| total | ${kb(r.bundle.totalRaw)} | ${kb(r.bundle.totalGzip)} | | | | |`);
    out.push('');
  }

  if (r.real) out.push(...realPagesSection(r.real));

  out.push('## Caveats');
  out.push('');
  out.push(
    '- A 2-core machine shares its cores between Node, the browser\'s processes and the benchmark driver (and, on a shared machine, whatever else runs): the added main-thread time of the small pages (a `TaskDuration` difference of two numbers ten times larger) varies by tens of milliseconds between runs of the benchmark, while the added `ScriptDuration` stays within a few. Compare runs on the same machine, and trust the traced profiles for where the time goes.',
  );
  out.push('- The RegExp figures at 10k and 100k aliases are measured on a prefix of the text (shown), because one pass over the whole text would take minutes to hours.');
  out.push('- The baselines do less than the engine: they neither fold Arabic letter forms nor strip clitics, and aho-corasick ignores word boundaries; they are reference points for speed, not for what they find.');
  out.push('- Chromium runs headless; frame timing (rAF) follows its 60 Hz begin-frame clock.');
  out.push('');
  return out.join('\n');
}

/** The growing page's added main-thread time per batch, less what the extension adds to the 10 KB article it starts as. */
function perBatchAdded(r: Results): number | null {
  const grow = r.browser?.pages.find((p) => p.page === 'grow');
  const art = r.browser?.pages.find((p) => p.page === '10kb');
  const batches = grow?.trace?.perBatch?.batches;
  if (!grow || grow.addedTaskMs === null || !batches) return null;
  return (grow.addedTaskMs - (art?.addedTaskMs ?? 0)) / batches;
}

function relevant(p: PageResult, missed: Array<{ name: string }>): boolean {
  const label = p.page === '10kb' ? 'Typical article' : p.page === '10mb' ? '10 MB page' : p.page === 'grow' ? 'Growing page' : null;
  return !!label && missed.some((m) => m.name.startsWith(label));
}

function range(xs: number[]): string {
  if (!xs.length) return '–';
  return `${Math.min(...xs).toFixed(1)}–${Math.max(...xs).toFixed(1)} ms`;
}

function realPagesSection(real: RealPagesResult): string[] {
  const out: string[] = [];
  out.push('## 5. Real pages, with and without the extension');
  out.push('');
  out.push(
    `**Method.** The ${real.rows.filter((r) => r.kind === 'saved page').length} saved pages of \`../shared/pages-real/\` and the ${real.rows.filter((r) => r.kind === 'article').length} real Iraq articles of \`../shared/corpus-real/\` rendered as plain news pages, served from 127.0.0.1 with page scripts off (CSP \`script-src 'none'\`, as in the real-pages e2e test). ` +
      `Chromium (store build): per page, ${real.runs} loads with the extension and ${real.runs} without, interleaved, each measured from navigation to ${real.windowMs} ms after load with CDP \`Performance.getMetrics\` (ScriptDuration, TaskDuration), and the JS heap after a forced GC; the figures are the median with minus the median without. ` +
      'Longest task: one more traced load with the extension; the longest main-thread task in which the CPU profile sampled extension code. ' +
      'Stage: 1 = the first stage alone; 2 = the second stage was loaded (it registers its highlights). ' +
      `Firefox (test build, which times its own work with \`performance.now()\` and labels the page): the sum of the extension's synchronous work and its longest piece, median of ${real.runs} loads; Firefox rounds \`performance.now()\` to 1 ms in content, so small figures are coarse, and script parsing and compiling are not included.`,
  );
  out.push('');
  const groups: Array<[string, RealPageRow[]]> = [
    ['saved pages, no mark', real.rows.filter((r) => r.kind === 'saved page' && r.marks === 0)],
    ['saved pages, marked', real.rows.filter((r) => r.kind === 'saved page' && r.marks > 0)],
    ['Iraq articles', real.rows.filter((r) => r.kind === 'article')],
  ];
  out.push('| pages | n | stage 2 loaded | added script ms (median / p90 / worst) | added task ms | added heap MB | longest ext task ms | Firefox work ms |');
  out.push('|---|---|---|---|---|---|---|---|');
  const trio = (xs: number[], d = 1) => {
    const sp = spread(xs);
    return `${fmt(sp.median, d)} / ${fmt(sp.p90, d)} / ${fmt(sp.worst, d)}`;
  };
  for (const [name, rows] of groups) {
    if (!rows.length) continue;
    out.push(
      `| ${name} | ${rows.length} | ${rows.filter((r) => r.stage === 'second').length} | ${trio(rows.map((r) => r.addedScriptMs))} | ${trio(rows.map((r) => r.addedTaskMs))} | ${trio(rows.map((r) => r.addedHeapMB), 2)} | ${trio(rows.map((r) => r.longestExtTaskMs))} | ${rows.some((r) => r.firefox) ? trio(rows.filter((r) => r.firefox).map((r) => r.firefox!.workMs)) : '–'} |`,
    );
  }
  out.push('');
  out.push('<details><summary>Every page</summary>');
  out.push('');
  out.push('| page | stage | marks | added script ms | added task ms | added heap MB | longest ext task ms | Firefox: stage, work ms, longest piece ms |');
  out.push('|---|---|---|---|---|---|---|---|');
  for (const r of real.rows)
    out.push(
      `| ${r.page} | ${r.stage === 'first' ? 1 : 2} | ${r.marks} | ${fmt(r.addedScriptMs)} | ${fmt(r.addedTaskMs)} | ${fmt(r.addedHeapMB, 2)} | ${fmt(r.longestExtTaskMs)} | ${r.firefox ? `${r.firefox.stage === 'second' ? 2 : 1}, ${fmt(r.firefox.workMs)}, ${fmt(r.firefox.longestMs)}` : '–'} |`,
    );
  out.push('');
  out.push('</details>');
  out.push('');
  return out;
}
