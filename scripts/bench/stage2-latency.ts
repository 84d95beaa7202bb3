// The two ways to bring in the second stage, measured in both browsers: injection by the background
// (scripting.executeScript, the shipped build) and a dynamic import() of a web-accessible module (a build made
// for this measurement only: BACKSTORY_STAGE2=import). Test builds label the page with the page-time at which
// the first stage asked for the second and at which the second began; the latency is the difference.
//   npx tsx scripts/bench/stage2-latency.ts   (after npm run build:test and the BACKSTORY_STAGE2=import builds)
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startFixtureServer } from '../../test/e2e/support/server';
import { CHROMIUM_BIN, FIREFOX_BIN, GECKO_ID, QUIET_CHROMIUM_FLAGS } from '../../test/e2e/support/browsers';
import { median } from './engine';

const ROOT = resolve(import.meta.dirname, '..', '..');
const BUILDS = { executeScript: join(ROOT, '.output', 'test'), import: join(ROOT, '.output', 'stage2-import') };
const LOADS = Number(process.env.LOADS ?? 12);
const ARTICLE = join(ROOT, '..', 'shared', 'corpus-real', '04-memo-hashimi-shot-20-times.txt');
const READ = `(() => { const a = (n) => Number(document.documentElement.getAttribute('data-backstory-test-' + n)); const marks = [...CSS.highlights].filter(([n]) => n.startsWith('backstory-') && n !== 'backstory-active').reduce((n, [, h]) => n + h.size, 0); return { requested: a('requested-at'), started: a('reader-at'), marks }; })()`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

type Probe = { requested: number; started: number; marks: number };

async function chromium(dist: string, url: string): Promise<Probe[]> {
  const { chromium } = await import('playwright-core');
  const dir = mkdtempSync(join(tmpdir(), 'backstory-latency-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM_BIN,
    headless: true,
    args: [`--disable-extensions-except=${dist}`, `--load-extension=${dist}`, ...QUIET_CHROMIUM_FLAGS],
  });
  try {
    if (!context.serviceWorkers().length) await context.waitForEvent('serviceworker');
    const out: Probe[] = [];
    for (let i = 0; i < LOADS + 1; i++) {
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      await sleep(800);
      const probe = await page.evaluate<Probe>(READ);
      if (i > 0) out.push(probe); // the first load warms the worker and the caches
      await page.close();
    }
    return out;
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function firefox(dist: string, url: string): Promise<Probe[]> {
  const puppeteer = (await import('puppeteer-core')).default;
  const browser = await puppeteer.launch({ browser: 'firefox', protocol: 'webDriverBiDi', headless: true, executablePath: FIREFOX_BIN, args: ['--remote-allow-system-access'] });
  try {
    await browser.installExtension(dist);
    const out: Probe[] = [];
    for (let i = 0; i < LOADS + 1; i++) {
      const page = await browser.newPage();
      await page.goto(url, { waitUntil: 'load' });
      await sleep(800);
      const probe = (await page.evaluate(READ)) as Probe;
      if (i > 0) out.push(probe);
      await page.close();
    }
    return out;
  } finally {
    await browser.close();
  }
}

const text = readFileSync(ARTICLE, 'utf8');
const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title></head><body><main><article>${text
  .split(/\n\s*\n/)
  .map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`)
  .join('')}</article></main></body></html>`;
const server = await startFixtureServer({ '/latency': { html: () => html } });
try {
  for (const [way, root] of Object.entries(BUILDS))
    for (const [name, run] of [['Chromium', (d: string) => chromium(join(d, 'chrome-mv3'), `${server.origin}/latency`)], ['Firefox', (d: string) => firefox(join(d, 'firefox-mv3'), `${server.origin}/latency`)]] as const) {
      const probes = await run(root);
      const latency = probes.filter((p) => p.started > 0).map((p) => p.started - p.requested);
      console.log(
        `${way.padEnd(13)} ${name.padEnd(8)} request → second stage running: median ${median(latency).toFixed(1)} ms, min ${Math.min(...latency).toFixed(1)}, max ${Math.max(...latency).toFixed(1)} ` +
          `(${latency.length}/${probes.length} loads reached it; marks ${probes.map((p) => p.marks).join(',')})`,
      );
    }
} finally {
  await server.close();
}
void GECKO_ID;
