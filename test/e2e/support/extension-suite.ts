// The end-to-end scenario, run once in Chromium and once in Firefox: a reader opens a news page, sees the
// names marked, hovers one, reads the card, uses the popup, switches the site off and on.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { articleHtml, foundingArticle, startFixtureServer, withoutScripts, type FixtureServer } from './server';
import { spotFile } from '../../../scripts/spot-file';
import { BROWSER_OWN_TRAFFIC, markEveryMention, type BrowserDriver, type PageDriver } from './browsers';
import { BODY_HTML, CARD_HOST, findPageTab, READ_CARD, READ_HIGHLIGHTS, rangeCenter } from './page-probes';

type Highlight = { type: string; text: string; inSkipped: boolean };
type CardRead = {
  entity: string;
  text: string;
  role: string;
  reports: Array<{ href: string; rel: string; target: string }>;
  box: { left: number; top: number; right: number; bottom: number };
  viewport: { width: number; height: number };
  fontFamily: string;
  letterSpacing: string;
};

export async function waitFor<T>(what: string, read: () => Promise<T>, ok: (value: T) => boolean, timeout = 15_000): Promise<T> {
  const deadline = Date.now() + timeout;
  let last: T | undefined;
  while (Date.now() < deadline) {
    try {
      last = await read();
      if (ok(last)) return last;
    } catch {
      // a page that is still loading; try again
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}; last value: ${JSON.stringify(last)?.slice(0, 600)}`);
}

/** Names of the founding article that must be marked (each a core gold mention with a dataset entity). */
const EXPECTED = ['Ali al-Mikdam', 'Mikdam', 'Baghdad', 'Karrada', 'Ridha Alwan cafe'];

export function describeExtension(name: string, launch: (proxyPort: number) => Promise<BrowserDriver>) {
  describe(`${name}: a reader on a news page`, () => {
    let server: FixtureServer;
    let browser: BrowserDriver;
    let page: PageDriver;
    let bodyBefore = '';

    const highlights = () => page.evaluate<Highlight[]>(READ_HIGHLIGHTS);

    beforeAll(async () => {
      server = await startFixtureServer();
      browser = await launch(server.proxyPort);
      await markEveryMention(browser);
      page = await browser.newPage();
      await page.goto(`${server.origin}/article`);
      // The page adds a paragraph of its own after 600 ms: read the body once it is there.
      await waitFor('the page\'s own late paragraph', () => page.evaluate<number>('document.querySelectorAll(".late").length'), (n) => n > 0);
      bodyBefore = await page.evaluate<string>(BODY_HTML);
    });

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('marks the names of the article with CSS highlights, outside form fields and scripts', async () => {
      const found = await waitFor('the expected highlights', highlights, (h) => EXPECTED.every((t) => h.some((x) => x.text === t)));
      const texts = new Set(found.map((h) => h.text));
      for (const text of EXPECTED) expect(texts).toContain(text);
      expect(found.filter((h) => h.inSkipped)).toEqual([]);
      expect(found.find((h) => h.text === 'Ali al-Mikdam')?.type).toBe('person');
      expect(found.find((h) => h.text === 'Baghdad')?.type).toBe('place');
      await page.screenshot('highlights');
    });

    it('picks up content added after load', async () => {
      await waitFor('the late paragraph marked', highlights, (h) => h.some((x) => x.text === 'Mustafa al-Kadhimi'));
      await page.evaluate('window.__addLate("Later, activists recalled Hisham al-Hashimi, the analyst shot outside his home in 2020.")');
      await waitFor('the added paragraph marked', highlights, (h) => h.some((x) => x.text === 'Hisham al-Hashimi'));
      bodyBefore = await page.evaluate<string>(BODY_HTML);
    });

    it('opens a card on hover with the summary and related reports; Escape closes it', async () => {
      const point = await page.evaluate<{ x: number; y: number } | null>(rangeCenter('Ali al-Mikdam'));
      expect(point).not.toBeNull();
      await page.mouseMove(point!.x - 20, point!.y - 40);
      await page.mouseMove(point!.x, point!.y);
      const card = await waitFor('the card', () => page.evaluate<CardRead | null>(READ_CARD), (c) => !!c && c.text.includes('journalist'));
      expect(card!.entity).toBe('per:ali-al-mikdam');
      expect(card!.role).toBe('dialog');
      expect(card!.text).toContain('Ali al-Mikdam');
      expect(card!.text).toContain('علي المكدام');
      expect(card!.reports.length).toBeGreaterThan(0);
      for (const r of card!.reports) {
        expect(r.rel).toContain('noopener');
        expect(r.target).toBe('_blank');
      }
      // Inside the viewport, and untouched by the page's hostile CSS.
      expect(card!.box.left).toBeGreaterThanOrEqual(0);
      expect(card!.box.right).toBeLessThanOrEqual(card!.viewport.width);
      expect(card!.fontFamily).not.toContain('Georgia');
      await page.screenshot('card');
      await page.press('Escape');
      await waitFor('the card to close', () => page.evaluate<CardRead | null>(READ_CARD), (c) => c === null);
    });

    it('handles a citation inside the card: no navigation, no history entry, the source shown in place', async () => {
      const point = await page.evaluate<{ x: number; y: number } | null>(rangeCenter('Ali al-Mikdam'));
      await page.mouseMove(point!.x - 20, point!.y - 40);
      await page.mouseMove(point!.x, point!.y);
      await waitFor('the card', () => page.evaluate<CardRead | null>(READ_CARD), (c) => !!c && c.text.includes('journalist'));
      const before = await page.evaluate<{ href: string; history: number }>('({ href: location.href, history: history.length })');
      const cite = await page.evaluate<{ x: number; y: number }>(`(() => {
        const r = ${CARD_HOST}.shadowRoot.querySelector('.cite').getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      })()`);
      await page.mouseMove(cite.x, cite.y);
      await page.mouseClick(cite.x, cite.y);
      const after = await page.evaluate<{ href: string; history: number; shown: string | null; card: boolean }>(`(() => {
        const root = ${CARD_HOST}.shadowRoot;
        const tip = root.querySelector('.cite-tip');
        return { href: location.href, history: history.length, shown: tip && tip.getAttribute('data-source-tip'), card: !!root.querySelector('.card') };
      })()`);
      expect(after).toEqual({ href: before.href, history: before.history, shown: '1', card: true });
      await page.screenshot('card-citation');
      await page.press('Escape');
      await waitFor('the card to close', () => page.evaluate<CardRead | null>(READ_CARD), (c) => c === null);
    });

    it('keeps a pinned card when the pointer leaves it, until it is unpinned or Escape is pressed', async () => {
      const card = () => page.evaluate<CardRead | null>(READ_CARD);
      const pinButton = `(() => {
        const b = ${CARD_HOST}.shadowRoot.querySelector('button[aria-pressed]');
        const r = b.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2, pressed: b.getAttribute('aria-pressed') };
      })()`;
      const openCard = async () => {
        const point = await page.evaluate<{ x: number; y: number } | null>(rangeCenter('Ali al-Mikdam'));
        await page.mouseMove(point!.x - 20, point!.y - 40);
        await page.mouseMove(point!.x, point!.y);
        await waitFor('the card', card, (c) => !!c && c.text.includes('journalist'));
      };
      const clickPin = async (pressed: string) => {
        const pin = await page.evaluate<{ x: number; y: number }>(pinButton);
        // Onto the card by way of its edge, as a hand does, then the button.
        await page.mouseMove(pin.x, pin.y);
        await page.mouseClick(pin.x, pin.y);
        await waitFor(`the pin button pressed=${pressed}`, () => page.evaluate<{ pressed: string }>(pinButton), (b) => b.pressed === pressed);
      };
      const leave = async () => {
        const far = await page.evaluate<{ x: number; y: number }>('({ x: 4, y: innerHeight - 4 })');
        await page.mouseMove(far.x, far.y);
        await page.mouseMove(far.x + 3, far.y - 3);
        // Well past the close grace (300 ms).
        await new Promise((r) => setTimeout(r, 900));
      };

      await openCard();
      await clickPin('true');
      await leave();
      expect((await card())?.entity).toBe('per:ali-al-mikdam');
      // Passing over another name does not replace a pinned card either.
      const other = await page.evaluate<{ x: number; y: number } | null>(rangeCenter('Baghdad'));
      await page.mouseMove(other!.x, other!.y);
      await new Promise((r) => setTimeout(r, 700));
      expect((await card())?.entity).toBe('per:ali-al-mikdam');
      await page.press('Escape');
      await waitFor('the pinned card to close on Escape', card, (c) => c === null);

      // Pinned, then unpinned: leaving closes it again.
      await openCard();
      await clickPin('true');
      await clickPin('false');
      await leave();
      await waitFor('the unpinned card to close', card, (c) => c === null);
    });

    it('left the page body byte-identical through highlighting, hovering and the card', async () => {
      expect(bodyBefore.length).toBeGreaterThan(1000);
      expect(await page.evaluate<string>(BODY_HTML)).toBe(bodyBefore);
    });

    it('lists recent cases and this page\'s entities in the popup, and the site switch turns marking off and on', async () => {
      const popup = await browser.extensionPage('popup.html');
      const tabId = await waitFor(
        'the article tab',
        () => popup.evaluate<number | null>(findPageTab('127.0.0.1')),
        (id) => typeof id === 'number',
      );
      await popup.evaluate(`location.search = '?tab=${tabId}'`);
      const text = await waitFor('the popup', () => popup.evaluate<string>('document.body.innerText'), (t) => t.includes('Ali al-Mikdam') && t.includes('mention'));
      expect(text).toContain('On this page');
      await popup.screenshot('popup-page');
      await popup.evaluate(`document.querySelector('#tab-recent').click()`);
      const recent = await waitFor('recent cases', () => popup.evaluate<string>('document.body.innerText'), (t) => t.includes('Abduction of Ali al-Mikdam'));
      expect(recent).toContain('Perpetrators unidentified');
      await popup.screenshot('popup-recent');

      await popup.evaluate(`document.querySelector('.site-switch input').click()`);
      await page.bringToFront();
      await waitFor('highlights to go', highlights, (h) => h.length === 0);
      await popup.bringToFront();
      await popup.evaluate(`document.querySelector('.site-switch input').click()`);
      await page.bringToFront();
      await waitFor('highlights to come back', highlights, (h) => h.some((x) => x.text === 'Ali al-Mikdam'));
      await popup.close();
    });

    it('highlights exactly the names the command-line spotter finds in the same page', async () => {
      const file = join(mkdtempSync(join(tmpdir(), 'backstory-cli-')), 'article.html');
      writeFileSync(file, withoutScripts(articleHtml(foundingArticle().text)));
      const cli = spotFile(file).mentions.map((m) => `${m.type}:${m.text}`).sort();
      const fresh = await browser.newPage();
      await fresh.goto(`${server.origin}/article?static=1`);
      const read = () => fresh.evaluate<Highlight[]>(READ_HIGHLIGHTS);
      const seen = await waitFor('all highlights on the static page', read, (h) => h.length >= cli.length);
      expect(seen.map((h) => `${h.type}:${h.text}`).sort()).toEqual(cli);
      expect(cli.length).toBeGreaterThan(20);
      await fresh.close();
    });

    it('sent no request to any host but the local fixture server, and threw no uncaught error', () => {
      const local = (url: string) => url.startsWith(server.origin) || /^(chrome-extension|moz-extension|data|blob|about):/.test(url);
      expect(browser.requests.filter((url) => !local(url))).toEqual([]);
      expect(browser.requests.some((url) => url.startsWith(server.origin))).toBe(true);
      // Anything else that tried to leave the machine went through the proxy; only the browser's own may.
      const own = BROWSER_OWN_TRAFFIC[browser.name];
      expect(server.leaks.filter((leak) => !own.some((re) => re.test(leak)))).toEqual([]);
      expect(browser.errors).toEqual([]);
    });
  });
}
