// Runs sections 2 and 3: every page with the extension (3 measured runs + 1 traced run), then the card, then every
// page without the extension over the same time window (3 runs), and derives the added cost.
import { buildDataset } from '../../data/build';
import { startSite } from './pages';
import { launch, CHROME_TEST_DIST, runPage, cardLatency, summariseRuns, snippetAt, type PageRun, type TraceFindings, type CardRun } from './browser';
import { median } from './engine';
import type { ProfileRow } from './profile';

export interface PageResult {
  page: string;
  chars: number;
  ext: ReturnType<typeof summariseRuns>;
  plain: ReturnType<typeof summariseRuns>;
  addedTaskMs: number | null;
  addedScriptMs: number | null;
  addedHeapMB: number | null;
  /** Growing page: append → highlighted, median and max (over the measured runs). */
  appendToHighlight?: { median: number; max: number; count: number };
  trace?: {
    longestExtensionTasks: TraceFindings['extensionTasks'];
    extensionTasks: number;
    perBatch?: { extJs: Stats; extTasks: Stats; allTasks: Stats; batches: number };
    profile: { rows: Array<ProfileRow & { snippet: string }>; sampledMs: number };
    breakdown: TraceFindings['breakdown'];
    longestTasks: TraceFindings['longestTasks'];
  };
}

export interface Stats {
  median: number;
  p95: number;
  max: number;
}

export interface CardResult {
  delayMs: number;
  /** When the budget is missed: a CPU profile of the content script over 6 more hovers. */
  profile?: { rows: Array<ProfileRow & { snippet: string }>; sampledMs: number };
  cold: CardRun | null;
  warm: CardRun[];
  median: { frameMs: number; domMs: number; placedMs: number; escapeDomMs: number; escapeFrameMs: number; domFromHitMs: number; frameFromHitMs: number };
}

export interface BrowserResult {
  chromium: string;
  pages: PageResult[];
  card: CardResult | null;
  seconds: number;
}

function stats(xs: number[]): Stats {
  if (!xs.length) return { median: NaN, p95: NaN, max: NaN };
  const s = [...xs].sort((a, b) => a - b);
  return { median: median(s), p95: s[Math.min(s.length - 1, Math.floor(s.length * 0.95))], max: s[s.length - 1] };
}

const PAGES: Array<{ path: string; runs: number; timeoutMs: number }> = [
  { path: '/10kb', runs: 7, timeoutMs: 60_000 },
  { path: '/1mb', runs: 3, timeoutMs: 90_000 },
  { path: '/10mb', runs: 2, timeoutMs: 180_000 },
  { path: '/grow', runs: 3, timeoutMs: 60_000 },
];

export async function runBrowser(options: { pages?: boolean; card?: boolean; log?: (line: string) => void } = {}): Promise<BrowserResult> {
  const log = options.log ?? console.log;
  const started = performance.now();
  const site = await startSite(buildDataset().matchIndex);
  const results: PageResult[] = [];
  let card: CardResult | null = null;
  const extRuns = new Map<string, PageRun[]>();
  const traced = new Map<string, PageRun>();
  let chromium = '';
  try {
    const ext = await launch(true);
    chromium = ext.version;
    try {
      await runPage(ext, site, '/10kb', { quietMs: 500 }); // warm-up: first content script start, caches
      if (options.pages !== false)
        for (const p of PAGES) {
          const runs: PageRun[] = [];
          for (let i = 0; i < p.runs; i++) runs.push(await runPage(ext, site, p.path, { timeoutMs: p.timeoutMs }));
          extRuns.set(p.path, runs);
          const s = summariseRuns(runs);
          log(
            `  ${p.path.padEnd(6)} with extension: ${fmt(s.taskMs)} ms main-thread, first highlight ${fmt(s.firstFromLoadMs)} ms, ` +
              `last ${fmt(s.lastFromLoadMs)} ms after load, ${s.highlights} highlights (median of ${runs.length})`,
          );
          traced.set(p.path, await runPage(ext, site, p.path, { timeoutMs: p.timeoutMs, trace: true }));
        }
      if (options.card !== false) {
        // The store build's card is in a closed shadow root: the card is timed in the test build, same code.
        const tested = await launch(true, CHROME_TEST_DIST);
        try {
          await runPage(tested, site, '/10kb', { quietMs: 500 });
          const { runs, delayMs } = await cardLatency(tested, site, 11);
          const warm = runs.slice(1);
          const m = (f: (r: CardRun) => number) => median(warm.map(f));
          card = {
            delayMs,
            cold: runs[0] ?? null,
            warm,
            median: { frameMs: m((r) => r.frameMs), domMs: m((r) => r.domMs), placedMs: m((r) => r.placedMs), escapeDomMs: m((r) => r.escapeDomMs), escapeFrameMs: m((r) => r.escapeFrameMs), domFromHitMs: m((r) => r.domFromHitMs), frameFromHitMs: m((r) => r.frameFromHitMs) },
          };
          if (card.median.frameMs > 16) card.profile = (await cardLatency(tested, site, 6, true)).profile;
          log(`  card: first frame ${fmt(card.median.frameMs)} ms after the ${delayMs} ms delay (in DOM ${fmt(card.median.domMs)} ms); Escape → gone ${fmt(card.median.escapeDomMs)} ms, next frame ${fmt(card.median.escapeFrameMs)} ms (median of ${warm.length})`);
        } finally {
          await tested.close();
        }
      }
    } finally {
      await ext.close();
    }

    if (options.pages !== false) {
      const plain = await launch(false);
      try {
        await runPage(plain, site, '/10kb', { windowMs: 500 });
        for (const p of PAGES) {
          const withExt = summariseRuns(extRuns.get(p.path)!);
          const runs: PageRun[] = [];
          for (let i = 0; i < p.runs; i++) runs.push(await runPage(plain, site, p.path, { windowMs: withExt.windowMs ?? 2000, timeoutMs: p.timeoutMs }));
          const without = summariseRuns(runs);
          const diff = (a: number | null, b: number | null) => (a === null || b === null ? null : a - b);
          const result: PageResult = {
            page: p.path.slice(1),
            chars: withExt.textChars ?? 0,
            ext: withExt,
            plain: without,
            addedTaskMs: diff(withExt.taskMs, without.taskMs),
            addedScriptMs: diff(withExt.scriptMs, without.scriptMs),
            addedHeapMB: diff(withExt.heapMB, without.heapMB),
          };
          if (p.path === '/grow') {
            const all = extRuns.get(p.path)!.flatMap((r) => r.appendToHighlightMs);
            if (all.length) result.appendToHighlight = { median: median(all), max: Math.max(...all), count: all.length };
          }
          const t = traced.get(p.path)?.trace;
          if (t)
            result.trace = {
              longestExtensionTasks: t.extensionTasks.slice(0, 5),
              extensionTasks: t.extensionTasks.length,
              perBatch: t.perBatchExtensionMs.length
                ? { extJs: stats(t.perBatchExtensionMs), extTasks: stats(t.perBatchExtensionTaskMs), allTasks: stats(t.perBatchTaskMs), batches: t.perBatchExtensionMs.length }
                : undefined,
              profile: { rows: t.profile.rows.map((r) => ({ ...r, snippet: r.where.includes('content.js') ? snippetAt(r.line, r.column, 48) : '' })), sampledMs: t.profile.sampledMs },
              breakdown: t.breakdown,
              longestTasks: t.longestTasks,
            };
          results.push(result);
          log(
            `  ${p.path.padEnd(6)} without: ${fmt(without.taskMs)} ms main-thread → added ${fmt(result.addedTaskMs)} ms ` +
              `(script ${fmt(result.addedScriptMs)} ms), heap +${fmt(result.addedHeapMB, 2)} MB; longest extension task (traced) ${fmt(t?.extensionTasks[0]?.durationMs ?? null)} ms`,
          );
        }
      } finally {
        await plain.close();
      }
    }
  } finally {
    await site.close();
  }
  return { chromium, pages: results, card, seconds: (performance.now() - started) / 1000 };
}

export function fmt(x: number | null | undefined, digits = 1): string {
  return x === null || x === undefined || Number.isNaN(x) ? '–' : x.toFixed(digits);
}
