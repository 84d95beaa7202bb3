// 55 real saved web pages (../shared/pages-real, third-party: read from there, never copied), each loaded
// from 127.0.0.1 with the store build and without any extension, in the same browser: the extension causes
// no page error, leaves the body's markup exactly as it was, and makes no mark that test/e2e/real-pages.expected.json
// does not list (each listed mark was reviewed; a new false alarm fails the test).
// Page scripts are off (CSP script-src 'none') so that every load of a page builds the same DOM, and every
// other host is blocked by the same CSP: the hostile-page tests cover pages that run scripts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startFixtureServer, type ExtraPage, type FixtureServer } from './server';
import { ROOT, type Build, type BrowserDriver, type PageDriver } from './browsers';
import { waitFor } from './extension-suite';

type Launch = (proxyPort: number, build: Build) => Promise<BrowserDriver>;

export const REAL_PAGES = join(ROOT, '..', 'shared', 'pages-real');
const EXPECTED_FILE = join(ROOT, 'test', 'e2e', 'real-pages.expected.json');
const CSP =
  "default-src 'self' data:; script-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'none'; frame-src 'none'; media-src 'none'; object-src 'none'";

const MARKS = `[...CSS.highlights].filter(([n]) => n !== 'backstory-active').flatMap(([n, h]) => [...h].map((r) => n.replace(/^backstory-(underline|background)-/, '') + ':' + r.toString()))`;

export function describeRealPages(name: string, launch: Launch) {
  const files = existsSync(REAL_PAGES) ? readdirSync(REAL_PAGES).filter((f) => f.endsWith('.html')).sort() : [];
  // { "_note": why each listed mark is tolerated, "<file>": ["type:text", …] }
  const expected: Record<string, string[]> & { _note?: string } = existsSync(EXPECTED_FILE) ? JSON.parse(readFileSync(EXPECTED_FILE, 'utf8')) : {};
  const update = process.env.UPDATE_REAL_PAGES === '1';

  describe.runIf(files.length > 0)(`${name}: ${files.length} real pages, with and without the extension`, () => {
    let server: FixtureServer;
    let ext: BrowserDriver;
    let plain: BrowserDriver;
    let withPage: PageDriver;
    let withoutPage: PageDriver;
    const seen: Record<string, string[]> = {};
    const problems: string[] = [];

    beforeAll(async () => {
      const routes: Record<string, ExtraPage> = {};
      for (const file of files)
        routes[`/real/${file}`] = { html: () => readFileSync(join(REAL_PAGES, file)), headers: { 'content-security-policy': CSP, 'content-type': 'text/html' } };
      server = await startFixtureServer(routes);
      ext = await launch(server.proxyPort, 'store');
      plain = await launch(server.proxyPort, 'none');
      withPage = await ext.newPage();
      withoutPage = await plain.newPage();
    });

    afterAll(async () => {
      if (update) writeFileSync(EXPECTED_FILE, JSON.stringify({ _note: expected._note, ...seen }, null, 2) + '\n');
      await ext?.close();
      await plain?.close();
      await server?.close();
    });

    it('leaves every page as it was and marks nothing that was not reviewed', async () => {
      for (const file of files) {
        const url = `${server.origin}/real/${file}`;
        const errorsBefore = [ext.errors.length, plain.errors.length];
        await withoutPage.goto(url);
        const bodyWithout = await withoutPage.evaluate<string>('document.body ? document.body.innerHTML : ""');
        await withPage.goto(url);
        await withPage.bringToFront();
        // Done when the marks have not changed for half a second (the content script reads in slices).
        let last = '';
        let stableSince = Date.now();
        await waitFor(`${file} read`, async () => {
          const now = JSON.stringify(await withPage.evaluate<string[]>(MARKS));
          if (now !== last) [last, stableSince] = [now, Date.now()];
          return Date.now() - stableSince;
        }, (quiet) => quiet > 500, 20_000);
        const marks = (JSON.parse(last) as string[]).sort();
        const bodyWith = await withPage.evaluate<string>('document.body ? document.body.innerHTML : ""');
        const ours = await withPage.evaluate<number>(`[...document.documentElement.children].filter((e) => e !== document.head && e !== document.body).length`);
        // Firefox reports the CSP's blocking of the page's own images, frames and scripts as page errors, and
        // sometimes late, under the next page: those are the test's doing. A style violation would be ours.
        const pagesOwn = /Content-Security-Policy: .*\((img-src|frame-src|script-src-elem|script-src|font-src|media-src|connect-src|object-src)\)/;
        const strip = (errors: string[]) => errors.filter((e) => !pagesOwn.test(e)).map((e) => e.replace(/^\S+: /, '').replace(/:\d+/g, ':N'));
        const newErrors = strip(ext.errors.slice(errorsBefore[0])).filter((e) => !strip(plain.errors.slice(errorsBefore[1])).includes(e));

        if (bodyWith !== bodyWithout) problems.push(`${file}: the body's markup changed`);
        if (ours) problems.push(`${file}: ${ours} node(s) of ours left in the page`);
        if (newErrors.length) problems.push(`${file}: errors only with the extension: ${newErrors.join(' | ')}`);
        if (marks.length) seen[file] = marks;
        const allowed = new Set(expected[file] ?? []);
        const unreviewed = marks.filter((m) => !allowed.has(m));
        if (unreviewed.length && !update) problems.push(`${file}: marks not in real-pages.expected.json: ${[...new Set(unreviewed)].join(', ')}`);
      }
      expect(problems).toEqual([]);
    }, 15 * 60_000);
  });
}
