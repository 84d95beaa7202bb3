// Sections 2 and 3: page cost and card latency in real Chromium, with the built extension and without it.
// Launch flags follow test/e2e/support/browsers.ts (no proxy: the benchmark pages are local).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { DEFAULT_HOVER_DELAY_MS } from '../../lib/settings';
import { CHROME_DIST, CONTENT_SCRIPT } from './bundle';
import { GROW, HIGHLIGHT_NAMES, type Site } from './pages';
import { summarise, type CpuProfile, type ProfileRow } from './profile';
import { median } from './engine';
import { QUIET_CHROMIUM_FLAGS } from '../../test/e2e/support/browsers';

export const CHROMIUM_BIN = process.env.CHROMIUM_BIN ?? '/usr/bin/chromium';

export interface Browser {
  context: BrowserContext;
  withExtension: boolean;
  version: string;
  close(): Promise<void>;
}

/** The test build (npm run build:test): the same code, with the card's shadow root open so that a probe can time it. */
export const CHROME_TEST_DIST = join(import.meta.dirname, '..', '..', '.output', 'test', 'chrome-mv3');

export async function launch(withExtension: boolean, dist: string = CHROME_DIST): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  const dir = mkdtempSync(join(tmpdir(), `backstory-bench-${withExtension ? 'ext' : 'plain'}-`));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM_BIN,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [
      ...(withExtension ? [`--disable-extensions-except=${dist}`, `--load-extension=${dist}`] : []),
      ...QUIET_CHROMIUM_FLAGS,
    ],
  });
  if (withExtension && !context.serviceWorkers().length) await context.waitForEvent('serviceworker', { timeout: 20_000 });
  const version = context.browser()?.version() ?? (await versionOf(context));
  return {
    context,
    withExtension,
    version,
    close: async () => {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function versionOf(context: BrowserContext): Promise<string> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const v = (await cdp.send('Browser.getVersion')) as { product: string };
  await page.close();
  return v.product;
}

type Metrics = Record<string, number>;
export async function metrics(cdp: CDPSession): Promise<Metrics> {
  const { metrics: list } = (await cdp.send('Performance.getMetrics')) as { metrics: Array<{ name: string; value: number }> };
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

interface ProbeRead {
  longtasks: Array<[number, number]>;
  changes: Array<[number, number]>;
  styleAt: number | null;
  appends: number[];
  expectedAppends: number;
  dcl: number;
  load: number;
  now: number;
  textChars: number;
}

export interface PageRun {
  taskMs: number;
  scriptMs: number;
  heapMB: number;
  /** Window from load to the end of the measurement. */
  windowMs: number;
  longestTaskMs: number;
  /** Longest task that started once the extension had started (its <style> appeared); with extension only. */
  longestTaskAfterStartMs: number;
  /** Longest task that started after DOMContentLoaded (document_idle scripts run after it). */
  longestTaskAfterDclMs: number;
  startFromLoadMs: number | null;
  firstFromLoadMs: number | null;
  lastFromLoadMs: number | null;
  highlights: number;
  textChars: number;
  /** Growing page: from each append to the highlight count changing next. */
  appendToHighlightMs: number[];
  trace?: TraceFindings;
}

export interface TraceFindings {
  /** Main-thread tasks that ran extension code (sampled), longest first. */
  extensionTasks: Array<{ startMs: number; durationMs: number; extensionJsMs: number }>;
  /** Extension JS time (sampled) after each append of the growing page, up to the next append. */
  perBatchExtensionMs: number[];
  /** Main-thread task time after each append, up to the next (all tasks: page + extension + rendering). */
  perBatchTaskMs: number[];
  /** Same windows in the same page: tasks that contained extension code, whole duration. */
  perBatchExtensionTaskMs: number[];
  profile: { rows: ProfileRow[]; sampledMs: number };
  /** Where the main thread's time went in tasks that ran extension code: top trace event names (self time). */
  breakdown: Array<{ name: string; ms: number }>;
  /** The longest main-thread tasks of any kind once the extension's code first ran, with their top events. */
  longestTasks: Array<{ durationMs: number; extensionJsMs: number; top: string }>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Opens `path` in a new tab and measures it. The tab first loads a blank page of the same origin, where
 * CDP Performance is enabled, so the metrics' deltas cover exactly the navigation and what follows.
 * With `windowMs`, measures for that long after load (to match the runs with the extension); otherwise until
 * the highlight count has not changed for `quietMs` (and the growing page has finished growing).
 */
export async function runPage(
  browser: Browser,
  site: Site,
  path: string,
  options: { windowMs?: number; quietMs?: number; trace?: boolean; timeoutMs?: number } = {},
): Promise<PageRun> {
  const { context } = browser;
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(`${site.origin}/blank`);
  await cdp.send('Performance.enable', { timeDomain: 'timeTicks' });
  const tracer = options.trace ? await startTrace(cdp) : null;
  const m0 = await metrics(cdp);
  await page.goto(`${site.origin}${path}`, { waitUntil: 'load', timeout: options.timeoutMs ?? 120_000 });
  const quietMs = options.quietMs ?? 1500;
  const grows = path === '/grow';
  const deadline = Date.now() + (options.timeoutMs ?? 120_000);
  for (;;) {
    await sleep(100);
    const s = await page.evaluate<{ now: number; load: number; lastChange: number; appends: number; expected: number }>(
      `(() => { const r = __bench.read(); const c = r.changes; return { now: r.now, load: r.load, lastChange: c.length ? c[c.length - 1][0] : 0, appends: r.appends.length, expected: r.expectedAppends }; })()`,
    );
    const sinceLoad = s.now - s.load;
    if (options.windowMs !== undefined) {
      if (sinceLoad >= options.windowMs) break;
    } else if (sinceLoad > 1000 && s.now - s.lastChange > quietMs && (!grows || s.appends >= s.expected)) break;
    if (Date.now() > deadline) break;
  }
  await page.evaluate('__bench.stop()');
  const m1 = await metrics(cdp);
  const trace = tracer ? await tracer.stop() : null;
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const m2 = await metrics(cdp);
  const r = await page.evaluate<ProbeRead>('__bench.read()');
  await page.close();

  const firstHit = r.changes.find(([, n]) => n > 0);
  const finalCount = r.changes.length ? r.changes[r.changes.length - 1][1] : 0;
  const lastHit = finalCount > 0 ? r.changes.find(([, n]) => n === finalCount) : undefined;
  const afterStart = r.styleAt ?? Infinity;
  const appendToHighlightMs = r.appends.map((t, i) => {
    const next = r.changes.find(([ct, n], k) => ct >= t && k > 0 && n > r.changes[k - 1][1]);
    const limit = r.appends[i + 1] ?? Infinity;
    return next && next[0] < limit + 1000 ? next[0] - t : NaN;
  });
  return {
    taskMs: (m1.TaskDuration - m0.TaskDuration) * 1000,
    scriptMs: (m1.ScriptDuration - m0.ScriptDuration) * 1000,
    heapMB: m2.JSHeapUsedSize / (1024 * 1024),
    windowMs: r.now - r.load,
    longestTaskMs: Math.max(0, ...r.longtasks.map(([, d]) => d)),
    longestTaskAfterStartMs: Math.max(0, ...r.longtasks.filter(([s]) => s >= afterStart).map(([, d]) => d)),
    longestTaskAfterDclMs: Math.max(0, ...r.longtasks.filter(([s]) => s >= r.dcl).map(([, d]) => d)),
    startFromLoadMs: r.styleAt === null ? null : r.styleAt - r.load,
    firstFromLoadMs: firstHit ? firstHit[0] - r.load : null,
    lastFromLoadMs: lastHit ? lastHit[0] - r.load : null,
    highlights: finalCount,
    textChars: r.textChars,
    appendToHighlightMs: appendToHighlightMs.filter((x) => !Number.isNaN(x)),
    trace: trace ? analyseTrace(trace, r) : undefined,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Trace + CPU profile: which main-thread tasks ran the extension's code, and where its time went.

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string; frame?: string; processId?: number; frames?: Array<{ url: string; processId?: number }> } };
}

export interface Collected {
  events: TraceEvent[];
  profile: CpuProfile;
}

export async function startTrace(cdp: CDPSession): Promise<{ stop(): Promise<Collected> }> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink.user_timing'] },
  });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  return {
    async stop() {
      const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
      const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
      await cdp.send('Tracing.end');
      await done;
      return { events, profile };
    },
  };
}

const isExtensionUrl = (url: string) => url.startsWith('chrome-extension://');

export function analyseTrace({ events, profile }: Collected, probe: Pick<ProbeRead, 'appends' | 'load'>): TraceFindings {
  // The page's renderer: the process that committed the benchmark page; its main thread is CrRendererMain.
  const pids = new Set<number>();
  for (const e of events) {
    const d = e.args?.data;
    if (e.name === 'FrameCommittedInBrowser' && d?.url?.startsWith('http://127.0.0.1') && d.processId) pids.add(d.processId);
    if (e.name === 'TracingStartedInBrowser') for (const f of d?.frames ?? []) if (f.url.startsWith('http://127.0.0.1') && f.processId) pids.add(f.processId);
  }
  const mainThreads = new Set(
    events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && pids.has(e.pid)).map((e) => `${e.pid}:${e.tid}`),
  );
  const onMain = events.filter((e) => mainThreads.has(`${e.pid}:${e.tid}`) && e.ph === 'X');
  // Top-level tasks only (a RunTask may nest another at the same time).
  const tasks: TraceEvent[] = [];
  for (const e of onMain.filter((x) => x.name === 'RunTask' || x.name === 'ThreadControllerImpl::RunTask').sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0))) {
    const prev = tasks[tasks.length - 1];
    if (prev && e.ts < prev.ts + (prev.dur ?? 0)) continue;
    tasks.push(e);
  }

  // Profile samples on the same clock (µs): each one extension or not.
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const ext = new Map<number, boolean>();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const isExt = (id: number): boolean => {
    const known = ext.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id)!;
    const p = parent.get(id);
    const v = isExtensionUrl(node.callFrame.url) || (p !== undefined && isExt(p));
    ext.set(id, v);
    return v;
  };
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const sampleTs: number[] = [];
  let t = profile.startTime;
  for (let i = 0; i < samples.length; i++) sampleTs.push((t += deltas[i] ?? 0));
  const extAt: Array<[number, number]> = []; // [ts, µs]
  for (let i = 0; i < samples.length; i++) if (isExt(samples[i])) extAt.push([sampleTs[i], (deltas[i + 1] ?? deltas[i] ?? 0)]);

  const extensionTasks: TraceFindings['extensionTasks'] = [];
  let k = 0;
  for (const task of tasks) {
    const end = task.ts + (task.dur ?? 0);
    while (k < extAt.length && extAt[k][0] < task.ts) k++;
    let us = 0;
    for (let j = k; j < extAt.length && extAt[j][0] <= end; j++) us += extAt[j][1];
    if (us > 0) extensionTasks.push({ startMs: task.ts / 1000, durationMs: (task.dur ?? 0) / 1000, extensionJsMs: us / 1000 });
  }

  // Per batch of the growing page: windows between appends, mapped from page time to trace time through the
  // probe's load timestamp and the trace's load event (MarkLoad) on the page's main thread.
  const perBatchExtensionMs: number[] = [];
  const perBatchTaskMs: number[] = [];
  const perBatchExtensionTaskMs: number[] = [];
  const markLoad = events.find((e) => mainThreads.has(`${e.pid}:${e.tid}`) && e.name === 'MarkLoad');
  if (probe.appends.length && markLoad) {
    const offset = markLoad.ts / 1000 - probe.load; // trace ms = page ms + offset
    for (let i = 0; i < probe.appends.length; i++) {
      const from = probe.appends[i] + offset;
      const to = (probe.appends[i + 1] ?? probe.appends[i] + GROW.everyMs) + offset;
      let extMs = 0;
      for (const [ts, us] of extAt) if (ts / 1000 >= from && ts / 1000 < to) extMs += us / 1000;
      let taskMs = 0;
      for (const task of tasks) if (task.ts / 1000 >= from && task.ts / 1000 < to) taskMs += (task.dur ?? 0) / 1000;
      let extTaskMs = 0;
      for (const task of extensionTasks) if (task.startMs >= from && task.startMs < to) extTaskMs += task.durationMs;
      perBatchExtensionMs.push(extMs);
      perBatchTaskMs.push(taskMs);
      perBatchExtensionTaskMs.push(extTaskMs);
    }
  }

  // Where the time goes inside extension tasks: self time of trace events by name (layout, style, GC, JS …).
  const inExt = extensionTasks.map((x) => [x.startMs * 1000, (x.startMs + x.durationMs) * 1000] as const);
  const within = (e: TraceEvent) => inExt.some(([a, b]) => e.ts >= a && e.ts < b);
  const nested = onMain.filter((e) => e.name !== 'RunTask' && e.name !== 'ThreadControllerImpl::RunTask' && within(e)).sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const selfByName = new Map<string, number>();
  const stack: TraceEvent[] = [];
  const selfOf = new Map<TraceEvent, number>();
  for (const e of nested) {
    while (stack.length && stack[stack.length - 1].ts + (stack[stack.length - 1].dur ?? 0) <= e.ts) stack.pop();
    selfOf.set(e, e.dur ?? 0);
    const top = stack[stack.length - 1];
    if (top) selfOf.set(top, (selfOf.get(top) ?? 0) - (e.dur ?? 0));
    stack.push(e);
  }
  for (const [e, us] of selfOf) selfByName.set(e.name, (selfByName.get(e.name) ?? 0) + Math.max(0, us) / 1000);
  const breakdown = [...selfByName.entries()].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([name, ms]) => ({ name, ms }));

  // The longest tasks of any kind after the extension first ran (rendering the highlights is not the
  // extension's JS, but the extension causes it).
  const firstExt = extAt.length ? extAt[0][0] : Infinity;
  const extJsOf = new Map(extensionTasks.map((t) => [t.startMs, t.extensionJsMs]));
  const longestTasks = tasks
    .filter((task) => task.ts >= firstExt)
    .sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))
    .slice(0, 5)
    .map((task) => {
      const end = task.ts + (task.dur ?? 0);
      const inner = onMain.filter((e) => e !== task && e.name !== 'RunTask' && e.ts >= task.ts && e.ts < end).sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
      const own = new Map<TraceEvent, number>();
      const st: TraceEvent[] = [];
      for (const e of inner) {
        while (st.length && st[st.length - 1].ts + (st[st.length - 1].dur ?? 0) <= e.ts) st.pop();
        own.set(e, e.dur ?? 0);
        const top = st[st.length - 1];
        if (top) own.set(top, (own.get(top) ?? 0) - (e.dur ?? 0));
        st.push(e);
      }
      const byName = new Map<string, number>();
      for (const [e, us] of own) byName.set(e.name, (byName.get(e.name) ?? 0) + Math.max(0, us) / 1000);
      const top = [...byName.entries()].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([n, ms]) => `${n} ${ms.toFixed(0)} ms`).join(', ');
      return { durationMs: (task.dur ?? 0) / 1000, extensionJsMs: extJsOf.get(task.ts / 1000) ?? 0, top };
    });

  return {
    longestTasks,
    extensionTasks: extensionTasks.sort((a, b) => b.durationMs - a.durationMs),
    perBatchExtensionMs,
    perBatchTaskMs,
    perBatchExtensionTaskMs,
    profile: summarise(profile, 12, isExtensionUrl),
    breakdown,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Card latency

export interface CardRun {
  /** From pointer move + hover delay to the first frame (rAF) in which the card is visible. */
  frameMs: number;
  /** From pointer move + hover delay to the card being in the DOM (MutationObserver). */
  domMs: number;
  /** From pointer move + hover delay to the card having its position (transform set by floating-ui). */
  placedMs: number;
  /** From the Escape keydown to the card gone from the DOM, and to the first frame without it. */
  escapeDomMs: number;
  escapeFrameMs: number;
  /** From the first animation frame after the move (where the content script hit-tests) + delay to the card in the DOM. */
  domFromHitMs: number;
  /** The same, to the first frame in which the card is visible. */
  frameFromHitMs: number;
}

const CARD_PROBE = `(() => {
  if (window.__card) return;
  const c = window.__card = { move: null, hit: null, esc: null, dom: null, frame: null, placed: null, goneDom: null, goneFrame: null, mode: null };
  const layerOf = () => {
    const host = document.querySelector('[data-backstory-test=card]');
    const root = host && host.shadowRoot;
    const card = root && root.querySelector('.card');
    if (!card || card.closest('[hidden]')) return null;
    return card.closest('.card-layer') || card;
  };
  addEventListener('pointermove', (e) => { if (c.mode === 'open' && c.move === null) c.move = performance.now(); }, true);
  addEventListener('keydown', (e) => { if (c.mode === 'close' && e.key === 'Escape' && c.esc === null) c.esc = performance.now(); }, true);
  const check = () => {
    const layer = layerOf();
    if (c.mode === 'open' && c.move !== null) {
      if (layer && c.dom === null) c.dom = performance.now();
      if (layer && c.placed === null && layer.style.transform) c.placed = performance.now();
    }
    if (c.mode === 'close' && c.esc !== null && !layer && c.goneDom === null) c.goneDom = performance.now();
  };
  const observed = new WeakSet();
  const watch = () => {
    const host = document.querySelector('[data-backstory-test=card]');
    if (host && host.shadowRoot && !observed.has(host)) {
      observed.add(host);
      new MutationObserver(check).observe(host.shadowRoot, { childList: true, subtree: true, attributes: true });
    }
  };
  new MutationObserver(() => { watch(); check(); }).observe(document.documentElement, { childList: true });
  watch();
  const frame = () => {
    const layer = layerOf();
    const visible = !!layer && layer.getBoundingClientRect().width > 0;
    if (c.mode === 'open' && c.move !== null && c.hit === null) c.hit = performance.now();
    if (c.mode === 'open' && c.move !== null && visible && c.frame === null) { check(); c.frame = performance.now(); }
    if (c.mode === 'close' && c.esc !== null && !visible && c.goneFrame === null) { check(); c.goneFrame = performance.now(); }
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  c.arm = (mode) => { Object.assign(c, { move: null, hit: null, esc: null, dom: null, frame: null, placed: null, goneDom: null, goneFrame: null, mode }); };
})()`;

export async function cardLatency(
  browser: Browser,
  site: Site,
  trials = 11,
  profile = false,
): Promise<{ runs: CardRun[]; delayMs: number; profile?: { rows: Array<ProfileRow & { snippet: string }>; sampledMs: number } }> {
  const page: Page = await browser.context.newPage();
  const cdp = profile ? await browser.context.newCDPSession(page) : null;
  await page.goto(`${site.origin}/10kb`, { waitUntil: 'load' });
  const delayMs = DEFAULT_HOVER_DELAY_MS;
  // Wait for the highlights, then collect the centres of distinct names in the first screens.
  const ranges = `(() => { const out = []; for (const n of ${JSON.stringify(HIGHLIGHT_NAMES)}) { const h = CSS.highlights.get(n); if (h) for (const r of h) out.push(r); } return out.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b)); })()`;
  for (let i = 0; i < 100; i++) {
    if ((await page.evaluate<number>(`${ranges}.length`)) > trials) break;
    await sleep(100);
  }
  await page.evaluate(CARD_PROBE);
  if (cdp) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
  }
  const runs: CardRun[] = [];
  for (let i = 0; i < trials; i++) {
    await page.mouse.move(2, 2);
    await sleep(250);
    const point = await page.evaluate<{ x: number; y: number } | null>(`(() => {
      const r = ${ranges}[${i * 3}];
      if (!r) return null;
      r.startContainer.parentElement.scrollIntoView({ block: 'center' });
      const rect = r.getClientRects()[0];
      return { x: rect.left + Math.min(rect.width / 2, 20), y: rect.top + rect.height / 2 };
    })()`);
    if (!point) break;
    await sleep(150);
    await page.evaluate(`__card.arm('open')`);
    await page.mouse.move(point.x, point.y);
    let open: { move: number; hit: number; dom: number; frame: number; placed: number } | null = null;
    for (let w = 0; w < 60 && !open; w++) {
      await sleep(50);
      open = await page.evaluate(`__card.frame !== null && __card.placed !== null ? { move: __card.move, hit: __card.hit, dom: __card.dom, frame: __card.frame, placed: __card.placed } : null`);
    }
    if (!open) throw new Error(`the card did not open on trial ${i}`);
    await sleep(200);
    await page.evaluate(`__card.arm('close')`);
    await page.keyboard.press('Escape');
    let closed: { esc: number; goneDom: number; goneFrame: number } | null = null;
    for (let w = 0; w < 40 && !closed; w++) {
      await sleep(50);
      closed = await page.evaluate(`__card.goneFrame !== null ? { esc: __card.esc, goneDom: __card.goneDom ?? __card.goneFrame, goneFrame: __card.goneFrame } : null`);
    }
    if (!closed) throw new Error(`the card did not close on trial ${i}`);
    const due = open.move + delayMs;
    runs.push({
      frameMs: open.frame - due,
      domMs: open.dom - due,
      placedMs: open.placed - due,
      escapeDomMs: closed.goneDom - closed.esc,
      escapeFrameMs: closed.goneFrame - closed.esc,
      domFromHitMs: open.dom - (open.hit + delayMs),
      frameFromHitMs: open.frame - (open.hit + delayMs),
    });
  }
  let summary: { rows: Array<ProfileRow & { snippet: string }>; sampledMs: number } | undefined;
  if (cdp) {
    const { profile: p } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
    const s = summarise(p, 12, isExtensionUrl);
    summary = { rows: s.rows.map((r) => ({ ...r, snippet: r.where.includes('content.js') ? snippetAt(r.line, r.column, 48) : '' })), sampledMs: s.sampledMs };
  }
  await page.close();
  return { runs, delayMs, profile: summary };
}

export function summariseRuns(runs: PageRun[]) {
  const pick = (f: (r: PageRun) => number | null) => {
    const xs = runs.map(f).filter((x): x is number => x !== null && Number.isFinite(x));
    return xs.length ? median(xs) : null;
  };
  return {
    taskMs: pick((r) => r.taskMs),
    scriptMs: pick((r) => r.scriptMs),
    heapMB: pick((r) => r.heapMB),
    windowMs: pick((r) => r.windowMs),
    longestTaskMs: pick((r) => r.longestTaskMs),
    longestTaskAfterStartMs: pick((r) => r.longestTaskAfterStartMs),
    longestTaskAfterDclMs: pick((r) => r.longestTaskAfterDclMs),
    startFromLoadMs: pick((r) => r.startFromLoadMs),
    firstFromLoadMs: pick((r) => r.firstFromLoadMs),
    lastFromLoadMs: pick((r) => r.lastFromLoadMs),
    highlights: pick((r) => r.highlights),
    textChars: pick((r) => r.textChars),
    runs: runs.length,
  };
}

/** The text around a position of the built content script (for naming minified profile frames). */
export function snippetAt(line: number, column: number, length = 60): string {
  const src = readFileSync(join(CHROME_DIST, CONTENT_SCRIPT), 'utf8').split('\n')[line] ?? '';
  return src.slice(column, column + length);
}
