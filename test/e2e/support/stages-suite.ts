// The two stages in a real browser (test build, which labels the stage reached on <html>): a page that names
// nobody from the dataset never gets the second stage, not even when nameless text is added later; the
// same page gets it, and its name marked, once a name is added.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from './server';
import { BROWSER_OWN_TRAFFIC, type BrowserDriver, type PageDriver } from './browsers';
import { waitFor } from './extension-suite';

const NAMELESS = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Gardening</title></head><body>
<header><nav><a href="/">Home</a> <a href="/garden">Garden</a> <a href="/kitchen">Kitchen</a></nav></header>
<main><article><h1>Tomatoes in a cold spring</h1>
<p>Seedlings sown in March need light more than warmth. A south-facing window gives them enough, if the pots are
turned each day so the stems grow straight.</p>
<p>Harden them off over a week before planting out, and keep a fleece at hand for the nights that still freeze.</p>
<div id="more"></div></article></main>
<footer><p>The Garden Chronicle</p></footer>
</body></html>`;

const STAGE = `document.documentElement.getAttribute('data-backstory-test-stage')`;
const OUR_HIGHLIGHTS = `[...CSS.highlights.keys()].filter((n) => n.startsWith('backstory-'))`;
const MARKED = `[...CSS.highlights].filter(([n]) => n !== 'backstory-active').flatMap(([, h]) => [...h].map((r) => r.toString()))`;
const add = (text: string) => `(() => { const p = document.createElement('p'); p.textContent = ${JSON.stringify(text)}; document.getElementById('more').append(p); })()`;
const settle = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function describeStages(name: string, launch: (proxyPort: number) => Promise<BrowserDriver>) {
  describe(`${name}: the first stage decides whether the engine is loaded`, () => {
    let server: FixtureServer;
    let browser: BrowserDriver;
    let page: PageDriver;

    beforeAll(async () => {
      server = await startFixtureServer({ '/s/nameless': { html: () => NAMELESS } });
      browser = await launch(server.proxyPort);
      page = await browser.newPage();
    });

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('never loads the second stage on a page with no names, nor when nameless text is added', async () => {
      await page.goto(`${server.origin}/s/nameless`);
      // The first stage ran (it labels the page in test builds) …
      await waitFor('the first stage', () => page.evaluate<string | null>(STAGE), (s) => s !== null);
      await settle(1500);
      // … and it stayed alone: the second stage labels the page and registers its highlights when it starts.
      expect(await page.evaluate<string | null>(STAGE)).toBe('sentinel');
      expect(await page.evaluate<string[]>(OUR_HIGHLIGHTS)).toEqual([]);
      await page.evaluate(add('Water in the morning, and only at the roots: wet leaves invite blight.'));
      await settle(1000);
      expect(await page.evaluate<string | null>(STAGE)).toBe('sentinel');
      expect(await page.evaluate<string[]>(OUR_HIGHLIGHTS)).toEqual([]);
    });

    it('loads it, and marks the name, when a name is added to that page later', async () => {
      await page.evaluate(add('A neighbour who had known Hisham al-Hashimi brought seeds from Baghdad.'));
      await waitFor('the second stage', () => page.evaluate<string | null>(STAGE), (s) => s === 'reader');
      const marked = await waitFor('the added name marked', () => page.evaluate<string[]>(MARKED), (m) => m.includes('Hisham al-Hashimi'));
      expect(marked).toContain('Baghdad');
    });

    it('threw no uncaught error and sent no request off the machine', () => {
      expect(browser.errors).toEqual([]);
      const own = BROWSER_OWN_TRAFFIC[browser.name];
      expect(server.leaks.filter((leak) => !own.some((re) => re.test(leak)))).toEqual([]);
    });
  });
}
