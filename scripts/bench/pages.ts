// The local news site of the page benchmarks: generated article pages of about 10 KB, 1 MB and 10 MB of text, a
// page that grows by a paragraph every 50 ms for 10 s, served from 127.0.0.1. Every page carries a small probe
// (inline, first thing in <head>) that records long tasks, the extension's start (its <style> in <head>) and
// the highlight count over time (CSS.highlights polled every 4 ms), all with performance.now() timestamps.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { MatchIndex } from '../../lib/types';
import { articleParagraphs } from './corpus';

/** The highlights that hold marks: one per kind and style (dom/highlighter.ts), never the active one. */
export const HIGHLIGHT_NAMES = ['underline', 'background'].flatMap((style) => ['person', 'group', 'event', 'place'].map((t) => `backstory-${style}-${t}`));

const PROBE = `(() => {
  const b = { longtasks: [], changes: [], styleAt: null, appends: [], stopped: false };
  window.__bench = b;
  try {
    new PerformanceObserver((list) => { for (const e of list.getEntries()) b.longtasks.push([e.startTime, e.duration]); })
      .observe({ type: 'longtask', buffered: true });
  } catch (e) {}
  const names = ${JSON.stringify(HIGHLIGHT_NAMES)};
  let last = -1;
  const count = () => {
    if (!window.CSS || !CSS.highlights) return 0;
    let n = 0;
    for (const name of names) { const h = CSS.highlights.get(name); if (h) n += h.size; }
    return n;
  };
  const poll = () => { const n = count(); if (n !== last) { b.changes.push([performance.now(), n]); last = n; } };
  // A timer every 4 ms, and every animation frame (a scan that keeps the main thread busy starves timers,
  // but frames still come: the rAF poll sees what the reader could see).
  b.timer = setInterval(poll, 4);
  const frame = () => { poll(); if (!b.stopped) requestAnimationFrame(frame); };
  requestAnimationFrame(frame);
  b.stop = () => { clearInterval(b.timer); poll(); b.stopped = true; };
  new MutationObserver(() => {
    if (b.styleAt === null && document.head.querySelector('style[data-backstory-ui]')) b.styleAt = performance.now();
  }).observe(document.head, { childList: true });
  b.read = () => {
    const nav = performance.getEntriesByType('navigation')[0] || {};
    return { longtasks: b.longtasks, changes: b.changes, styleAt: b.styleAt, appends: b.appends, expectedAppends: b.expectedAppends || 0,
      dcl: nav.domContentLoadedEventEnd, load: nav.loadEventEnd, now: performance.now(), textChars: document.body.textContent.length };
  };
})();`;

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function pageHtml(title: string, paragraphs: string[], extraScript = ''): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><script>${PROBE}</script>
<title>${escape(title)}</title>
<style>body{font:17px/1.6 Georgia,serif;max-width:46rem;margin:0 auto;padding:1rem}nav a{margin-right:1rem}</style>
</head><body>
<header><nav><a href="#">World</a><a href="#">Middle East</a><a href="#">Iraq</a><a href="#">Opinion</a></nav></header>
<main><article><h1>${escape(title)}</h1><p class="standfirst">Activists, families and officials on the cases since October 2019.</p>
<div id="body">
${paragraphs.map((p) => `<p>${escape(p)}</p>`).join('\n')}
</div></article></main>
<footer><p>© The Local Chronicle</p></footer>
${extraScript}
</body></html>`;
}

export interface SiteOptions {
  index: MatchIndex;
}

export interface Site {
  origin: string;
  /** Approximate article text size of each static page, in characters. */
  pages: Record<string, number>;
  close(): Promise<void>;
}

export const PAGE_SIZES: Record<string, number> = { '10kb': 10_000, '1mb': 1_000_000, '10mb': 10_000_000 };
export const GROW = { everyMs: 50, forMs: 10_000 };

export async function startSite(index: MatchIndex): Promise<Site> {
  const latin = index.aliases.filter((a) => !/[\u0600-\u06ff]/.test(a.text) && !a.weak);
  const html = new Map<string, string>();
  for (const [name, chars] of Object.entries(PAGE_SIZES))
    html.set(`/${name}`, pageHtml(`The cases since Tishreen (${name})`, articleParagraphs(latin, chars, 7)));
  // The growing page: a 10 KB article, then a paragraph every 50 ms for 10 s (a live blog).
  const count = GROW.forMs / GROW.everyMs;
  let more: string[] = [];
  for (let bytes = count * 400; more.length < count; bytes *= 2) more = articleParagraphs(latin, bytes, 11);
  more = more.slice(0, count);
  const grow = `<script>(() => {
  const more = ${JSON.stringify(more)};
  const body = document.getElementById('body');
  window.__bench.expectedAppends = more.length;
  const start = () => {
    let i = 0;
    const timer = setInterval(() => {
      const p = document.createElement('p');
      p.textContent = more[i++];
      body.append(p);
      window.__bench.appends.push(performance.now());
      if (i >= more.length) clearInterval(timer);
    }, ${GROW.everyMs});
  };
  addEventListener('load', () => setTimeout(start, 500));
})();</script>`;
  html.set('/grow', pageHtml('Live: the cases since Tishreen', articleParagraphs(latin, 10_000, 7), grow));
  html.set('/blank', `<!doctype html><html><head><meta charset="utf-8"><title>blank</title></head><body></body></html>`);

  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const body = html.get(path);
    if (!body) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    pages: { ...PAGE_SIZES, grow: 10_000 },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
