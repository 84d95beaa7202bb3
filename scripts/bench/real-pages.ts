// Section 5: real pages. The 55 saved web pages of ../shared/pages-real and the 24 real Iraq articles of
// ../shared/corpus-real rendered as news pages, served from 127.0.0.1 with page scripts off (CSP), exactly as
// the real-pages e2e test serves them. Per page, in Chromium: loads with and without the extension
// interleaved (the store build), CDP Performance metrics over the load and a fixed window after it, the
// heap after a forced GC, the longest task that ran extension code (one traced load), and the stage the
// page reached. In Firefox (the test build, which times its own work with performance.now()): the
// extension's work per page, its longest piece, and the stage. Third-party text is read from ../shared only.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { startFixtureServer, type ExtraPage, type FixtureServer } from '../../test/e2e/support/server';
import { launchFirefox } from '../../test/e2e/support/browsers';
import { analyseTrace, launch, metrics, startTrace, type Browser } from './browser';
import { median } from './engine';

const SHARED = resolve(import.meta.dirname, '..', '..', '..', 'shared');
export const PAGES_REAL = join(SHARED, 'pages-real');
export const CORPUS_REAL = join(SHARED, 'corpus-real');
/** After load, how long a load is measured: the first stage is done in milliseconds, the second well within. */
export const WINDOW_MS = 1200;
const CSP =
  "default-src 'self' data:; script-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'none'; frame-src 'none'; media-src 'none'; object-src 'none'";

export type Stage = 'first' | 'second';

export interface RealPageRow {
  page: string;
  kind: 'saved page' | 'article';
  stage: Stage;
  marks: number;
  /** Medians over the runs, with the extension minus without. */
  addedScriptMs: number;
  addedTaskMs: number;
  addedHeapMB: number;
  /** The longest main-thread task that ran extension code (traced load), and how many went over 16 ms. */
  longestExtTaskMs: number;
  extTasksOver16: number;
  /** Firefox: the extension's own work (performance.now() around it), its longest piece, and the stage. */
  firefox?: { workMs: number; longestMs: number; stage: Stage | null };
}

export interface Spread {
  median: number;
  p90: number;
  worst: number;
  n: number;
}

export interface RealPagesResult {
  runs: number;
  windowMs: number;
  rows: RealPageRow[];
  seconds: number;
}

export function spread(xs: number[]): Spread {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return { median: NaN, p90: NaN, worst: NaN, n: 0 };
  return { median: median(s), p90: s[Math.min(s.length - 1, Math.ceil(0.9 * s.length) - 1)], worst: s[s.length - 1], n: s.length };
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A corpus article as a plain news page: headline, body paragraphs, site furniture around them. */
function articlePage(text: string): string {
  const [title, ...rest] = text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(title ?? '')}</title>
<style>body{font:17px/1.6 Georgia,serif;max-width:46rem;margin:0 auto;padding:1rem}</style></head><body>
<header><nav><a href="/">World</a> <a href="/">Middle East</a> <a href="/">Opinion</a></nav></header>
<main><article><h1>${escape(title ?? '')}</h1>
${rest.map((p) => `<p>${escape(p)}</p>`).join('\n')}
</article></main><footer><p>© The Local Chronicle</p></footer></body></html>`;
}

export function realPages(): Array<{ path: string; name: string; kind: RealPageRow['kind']; page: ExtraPage }> {
  const out: Array<{ path: string; name: string; kind: RealPageRow['kind']; page: ExtraPage }> = [];
  const headers = { 'content-security-policy': CSP };
  if (existsSync(PAGES_REAL))
    for (const file of readdirSync(PAGES_REAL).filter((f) => f.endsWith('.html')).sort())
      out.push({ path: `/real/${file}`, name: file, kind: 'saved page', page: { html: () => readFileSync(join(PAGES_REAL, file)), headers } });
  if (existsSync(CORPUS_REAL))
    for (const file of readdirSync(CORPUS_REAL).filter((f) => f.endsWith('.txt')).sort())
      out.push({ path: `/corpus/${file}`, name: file, kind: 'article', page: { html: () => articlePage(readFileSync(join(CORPUS_REAL, file), 'utf8')), headers } });
  return out;
}

/** Marks and whether the second stage started (it registers its highlights when it does). */
const STATE = `(() => {
  const ours = [...CSS.highlights].filter(([n]) => n.startsWith('backstory-'));
  return { second: ours.length > 0, marks: ours.filter(([n]) => n !== 'backstory-active').reduce((n, [, h]) => n + h.size, 0) };
})()`;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Load {
  scriptMs: number;
  taskMs: number;
  heapMB: number;
  second: boolean;
  marks: number;
  longestExtTaskMs?: number;
  extTasksOver16?: number;
}

async function loadOnce(browser: Browser, server: FixtureServer, path: string, trace = false): Promise<Load> {
  const page: Page = await browser.context.newPage();
  try {
    const cdp = await browser.context.newCDPSession(page);
    await page.goto(`${server.origin}/blank`);
    await cdp.send('Performance.enable', { timeDomain: 'timeTicks' });
    const tracer = trace ? await startTrace(cdp) : null;
    const m0 = await metrics(cdp);
    await page.goto(`${server.origin}${path}`, { waitUntil: 'load', timeout: 60_000 });
    await sleep(WINDOW_MS);
    const m1 = await metrics(cdp);
    const traced = tracer ? await tracer.stop() : null;
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    const m2 = await metrics(cdp);
    const state = await page.evaluate<{ second: boolean; marks: number }>(STATE);
    const load: Load = {
      scriptMs: (m1.ScriptDuration - m0.ScriptDuration) * 1000,
      taskMs: (m1.TaskDuration - m0.TaskDuration) * 1000,
      heapMB: m2.JSHeapUsedSize / (1024 * 1024),
      ...state,
    };
    if (traced) {
      const t = analyseTrace(traced, { appends: [], load: 0 });
      load.longestExtTaskMs = t.extensionTasks[0]?.durationMs ?? 0;
      load.extTasksOver16 = t.extensionTasks.filter((x) => x.durationMs > 16).length;
    }
    return load;
  } finally {
    await page.close();
  }
}

export async function runRealPages(options: { runs?: number; firefox?: boolean; limit?: number; log?: (line: string) => void } = {}): Promise<RealPagesResult> {
  const log = options.log ?? console.log;
  const runs = options.runs ?? 3;
  const started = performance.now();
  const pages = realPages().slice(0, options.limit ?? Infinity);
  const routes: Record<string, ExtraPage> = { '/blank': { html: () => '<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>' } };
  for (const p of pages) routes[p.path] = p.page;
  const server = await startFixtureServer(routes);
  const rows: RealPageRow[] = [];
  try {
    const ext = await launch(true);
    const plain = await launch(false);
    try {
      // Warm-up: the first content script start of a profile, caches.
      await loadOnce(ext, server, pages[0].path);
      await loadOnce(plain, server, pages[0].path);
      for (const p of pages) {
        const withExt: Load[] = [];
        const without: Load[] = [];
        for (let i = 0; i < runs; i++) {
          withExt.push(await loadOnce(ext, server, p.path));
          without.push(await loadOnce(plain, server, p.path));
        }
        const traced = await loadOnce(ext, server, p.path, true);
        const m = (xs: Load[], f: (l: Load) => number) => median(xs.map(f));
        const row: RealPageRow = {
          page: p.name,
          kind: p.kind,
          stage: withExt.some((l) => l.second) ? 'second' : 'first',
          marks: Math.max(...withExt.map((l) => l.marks)),
          addedScriptMs: m(withExt, (l) => l.scriptMs) - m(without, (l) => l.scriptMs),
          addedTaskMs: m(withExt, (l) => l.taskMs) - m(without, (l) => l.taskMs),
          addedHeapMB: m(withExt, (l) => l.heapMB) - m(without, (l) => l.heapMB),
          longestExtTaskMs: traced.longestExtTaskMs ?? 0,
          extTasksOver16: traced.extTasksOver16 ?? 0,
        };
        rows.push(row);
        log(
          `  ${p.name.slice(0, 44).padEnd(44)} stage ${row.stage === 'first' ? '1' : '2'} marks ${String(row.marks).padStart(3)}  ` +
            `script +${row.addedScriptMs.toFixed(1)} ms, tasks +${row.addedTaskMs.toFixed(1)} ms, heap ${row.addedHeapMB >= 0 ? '+' : ''}${row.addedHeapMB.toFixed(2)} MB, longest ext task ${row.longestExtTaskMs.toFixed(1)} ms`,
        );
      }
    } finally {
      await ext.close();
      await plain.close();
    }
    if (options.firefox !== false) {
      log('  Firefox (test build, performance.now() around the extension\'s work):');
      const firefox = await launchFirefox(server.proxyPort, 'test');
      try {
        const page = await firefox.newPage();
        await page.goto(`${server.origin}${pages[0].path}`); // warm-up
        for (const p of pages) {
          const loads: Array<{ workMs: number; longestMs: number; stage: Stage | null }> = [];
          for (let i = 0; i < runs; i++) {
            await page.goto(`${server.origin}${p.path}`);
            await sleep(WINDOW_MS);
            const read = await page.evaluate<{ work: string | null; stage: string | null }>(
              `({ work: document.documentElement.getAttribute('data-backstory-test-work'), stage: document.documentElement.getAttribute('data-backstory-test-stage') })`,
            );
            const [total, longest] = (read.work ?? '0 0').split(' ').map(Number);
            loads.push({ workMs: total, longestMs: longest, stage: read.stage === 'reader' ? 'second' : read.stage === 'sentinel' ? 'first' : null });
          }
          const row = rows.find((r) => r.page === p.name)!;
          row.firefox = {
            workMs: median(loads.map((l) => l.workMs)),
            longestMs: median(loads.map((l) => l.longestMs)),
            stage: loads.some((l) => l.stage === 'second') ? 'second' : (loads[0]?.stage ?? null),
          };
          log(`  ${p.name.slice(0, 44).padEnd(44)} stage ${row.firefox.stage === 'second' ? '2' : '1'}  work ${row.firefox.workMs.toFixed(2)} ms, longest piece ${row.firefox.longestMs.toFixed(2)} ms`);
        }
      } finally {
        await firefox.close();
      }
    }
  } finally {
    await server.close();
  }
  return { runs, windowMs: WINDOW_MS, rows, seconds: (performance.now() - started) / 1000 };
}
