// Launches real Chromium (playwright-core) and real Firefox ESR (puppeteer-core over WebDriver BiDi) with the
// built extension, behind a browser-wide proxy that records any request for a non-local host.
import { existsSync, mkdtempSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..', '..', '..');
export const ARTIFACTS = join(ROOT, 'test-results');
/** The store build (npm run build): closed shadow root, no test hooks. */
export const CHROME_DIST = join(ROOT, '.output', 'chrome-mv3');
export const FIREFOX_DIST = join(ROOT, '.output', 'firefox-mv3');
/** The test build (BACKSTORY_TEST_HOOKS=1, npm test makes it): the card's shadow root is open for the tests to read. */
export const CHROME_TEST_DIST = join(ROOT, '.output', 'test', 'chrome-mv3');
export const FIREFOX_TEST_DIST = join(ROOT, '.output', 'test', 'firefox-mv3');

/** Which build a browser loads: the test build, the store build, or none (the same page without the extension). */
export type Build = 'test' | 'store' | 'none';
const chromeDist = (build: Build) => (build === 'store' ? CHROME_DIST : CHROME_TEST_DIST);
const firefoxDist = (build: Build) => (build === 'store' ? FIREFOX_DIST : FIREFOX_TEST_DIST);
export const CHROMIUM_BIN = process.env.CHROMIUM_BIN ?? '/usr/bin/chromium';
export const FIREFOX_BIN = process.env.FIREFOX_BIN ?? '/usr/bin/firefox-esr';
export const GECKO_ID = 'backstory@backstory.invalid';
export const FIREFOX_UUID = '5f1c2a4e-3b7d-4e0a-9c61-0b5a7d2e8f10';

export function requireBuild(dist: string): void {
  if (!existsSync(join(dist, 'manifest.json')))
    throw new Error(`No built extension at ${dist}. Run "npm run build" and "npm run build:test" first (npm test does both).`);
}

export function artifactPath(name: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  return join(ARTIFACTS, name);
}

/** What a test needs from a page, whichever library drives the browser. */
export interface PageDriver {
  goto(url: string): Promise<void>;
  evaluate<T>(fn: string): Promise<T>;
  mouseMove(x: number, y: number): Promise<void>;
  /** A real (trusted) click at a point. */
  mouseClick(x: number, y: number): Promise<void>;
  press(key: string): Promise<void>;
  screenshot(name: string): Promise<void>;
  setViewport(width: number, height: number): Promise<void>;
  bringToFront(): Promise<void>;
  /** Light or dark (prefers-color-scheme); false where the driver cannot emulate it. */
  colorScheme(scheme: 'light' | 'dark'): Promise<boolean>;
  close(): Promise<void>;
}

export interface BrowserDriver {
  name: 'chromium' | 'firefox';
  newPage(): Promise<PageDriver>;
  /** A page of the extension (popup.html, options.html …) opened in a tab of its own. */
  extensionPage(path: string): Promise<PageDriver>;
  /** Uncaught errors seen in pages and extension pages. */
  errors: string[];
  /** URLs requested by pages, extension pages and the extension's worker (as the browser reports them). */
  requests: string[];
  close(): Promise<void>;
}

/** Headless Chromium as tests and benchmarks run it: no sandbox (root), no GPU, none of its own traffic. */
export const QUIET_CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Chromium's own traffic (updates, autofill, sign-in) would reach the proxy too: turn it off.
  '--disable-features=Translate,OptimizationHints,MediaRouter,DialMediaRouteProvider,AutofillServerCommunication,SigninInterceptBubble',
  '--disable-client-side-phishing-detection',
  '--disable-default-apps',
  '--disable-domain-reliability',
  '--no-pings',
  '--disable-breakpad',
  '--disable-signin-promo',
  '--allow-pre-commit-input',
];

export async function launchChromium(proxyPort: number, build: Build = 'test'): Promise<BrowserDriver> {
  const dist = chromeDist(build);
  if (build !== 'none') requireBuild(dist);
  // Lets Playwright report the extension service worker's own requests too.
  process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
  const { chromium } = await import('playwright-core');
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'backstory-chromium-')), {
    executablePath: CHROMIUM_BIN,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [
      ...(build === 'none' ? [] : [`--disable-extensions-except=${dist}`, `--load-extension=${dist}`]),
      `--proxy-server=http://127.0.0.1:${proxyPort}`,
      ...QUIET_CHROMIUM_FLAGS,
    ],
  });
  let extensionId = '';
  if (build !== 'none') {
    let [worker] = context.serviceWorkers();
    worker ??= await context.waitForEvent('serviceworker', { timeout: 20_000 });
    extensionId = worker.url().split('/')[2];
  }
  const errors: string[] = [];
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  type PwPage = Awaited<ReturnType<typeof context.newPage>>;
  const wrap = (page: PwPage): PageDriver => {
    page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
    return {
      goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
      evaluate: (fn) => page.evaluate(fn),
      mouseMove: (x, y) => page.mouse.move(x, y),
      mouseClick: (x, y) => page.mouse.click(x, y),
      press: (key) => page.keyboard.press(key),
      screenshot: async (name) => void (await page.screenshot({ path: artifactPath(`chromium-${name}.png`) })),
      setViewport: (width, height) => page.setViewportSize({ width, height }),
      bringToFront: () => page.bringToFront(),
      colorScheme: async (scheme) => {
        await page.emulateMedia({ colorScheme: scheme });
        return true;
      },
      close: () => page.close(),
    };
  };
  return {
    name: 'chromium',
    errors,
    requests,
    newPage: async () => wrap(await context.newPage()),
    extensionPage: async (path) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return wrap(page);
    },
    close: () => context.close(),
  };
}

export async function launchFirefox(proxyPort: number, build: Build = 'test'): Promise<BrowserDriver> {
  const dist = firefoxDist(build);
  if (build !== 'none') requireBuild(dist);
  const puppeteer = (await import('puppeteer-core')).default;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    headless: true,
    executablePath: FIREFOX_BIN,
    args: ['--remote-allow-system-access'],
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxyPort,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxyPort,
      'network.proxy.no_proxies_on': '127.0.0.1, localhost',
    },
  });
  if (build !== 'none') await browser.installExtension(dist);
  const errors: string[] = [];
  const requests: string[] = [];
  type PpPage = Awaited<ReturnType<typeof browser.newPage>>;
  const wrap = (page: PpPage): PageDriver => {
    page.on('pageerror', (error) => errors.push(`${page.url()}: ${(error as Error).message}`));
    page.on('request', (request) => void requests.push(request.url()));
    return {
      goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
      evaluate: <T,>(fn: string) => page.evaluate(fn) as Promise<T>,
      mouseMove: (x, y) => page.mouse.move(x, y),
      mouseClick: (x, y) => page.mouse.click(x, y),
      press: (key) => page.keyboard.press(key as never),
      screenshot: async (name) => void (await page.screenshot({ path: artifactPath(`firefox-${name}.png`) as `${string}.png` })),
      setViewport: (width, height) => page.setViewport({ width, height }),
      bringToFront: () => page.bringToFront(),
      colorScheme: async (scheme) => {
        try {
          await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
          return true;
        } catch {
          return false; // not available over WebDriver BiDi in this Firefox
        }
      },
      close: () => page.close(),
    };
  };
  return {
    name: 'firefox',
    errors,
    requests,
    newPage: async () => wrap(await browser.newPage()),
    extensionPage: async (path) => {
      const page = await browser.newPage();
      // goto() never resolves for moz-extension:// pages although they load: start it and poll instead.
      page.goto(`moz-extension://${FIREFOX_UUID}/${path}`).catch(() => {});
      const deadline = Date.now() + 15_000;
      while (Date.now() < deadline) {
        const ready = await page.evaluate('document.readyState === "complete" && location.protocol === "moz-extension:"').catch(() => false);
        if (ready) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      return wrap(page);
    },
    close: () => browser.close(),
  };
}

/**
 * The browsers' own background traffic that reaches the proxy even with every switch that turns it off
 * (seen on Debian Chromium 156: the update client's clock sync and update check, and the sign-in service;
 * on Firefox ESR 153: Remote Settings).
 * It is the browser's, not the extension's: the extension's own requests are checked separately.
 */
export const BROWSER_OWN_TRAFFIC: Record<BrowserDriver['name'], RegExp[]> = {
  chromium: [
    /^http:\/\/clients2\.google\.com\/time\//,
    /^http:\/\/update\.googleapis\.com\/service\/update2\//,
    /^update\.googleapis\.com:443$/,
    /^accounts\.google\.com:443$/,
  ],
  firefox: [/^firefox\.settings\.services\.mozilla\.com:443$/],
};

/**
 * Sets "mark every mention" in the options page, as a reader would. The default marks the first mention of a
 * name per section; suites that compare or count every mention call this before loading their pages.
 */
export async function markEveryMention(browser: BrowserDriver): Promise<void> {
  const options = await browser.extensionPage('options.html');
  const pause = () => new Promise((r) => setTimeout(r, 100));
  for (let i = 0; i < 100 && !(await options.evaluate<boolean>(`!!document.querySelector('input[name=marks][value=all]')`)); i++) await pause();
  await options.evaluate(`document.querySelector('input[name=marks][value=all]').click()`);
  const stored = `(globalThis.browser ?? globalThis.chrome).storage.local.get('settings').then((r) => (r.settings && r.settings.marks) || null)`;
  for (let i = 0; i < 100 && (await options.evaluate<string | null>(stored)) !== 'all'; i++) await pause();
  await options.close();
}
