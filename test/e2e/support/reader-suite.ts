// The reader's experience end to end, in each browser: keyboard and focus, the popup's search, filters and
// jumps, "not this one" and its undo, every option taking effect on an open page, axe on the card, the popup
// and the options page in English and Arabic, and screenshots (light, dark, Arabic, near each viewport edge).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from './server';
import { ROOT, markEveryMention, type BrowserDriver, type PageDriver } from './browsers';
import { CARD_HOST, HIGHLIGHT_OF, findPageTab, READ_CARD, READ_HIGHLIGHTS, rangeCenter } from './page-probes';
import { waitFor } from './extension-suite';

type Highlight = { type: string; text: string };
type CardRead = { entity: string; text: string; box: { left: number; top: number; right: number; bottom: number }; viewport: { width: number; height: number } };

const AXE = readFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

/** Serious and critical axe violations in the page (or in one element of it). */
async function axe(page: PageDriver, include?: string): Promise<string[]> {
  await page.evaluate(`(() => { if (!window.axe) { ${AXE}\n } })()`);
  return page.evaluate<string[]>(`(async () => {
    const context = ${include ? JSON.stringify({ include: [[include]] }) : 'document'};
    const result = await axe.run(context, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => v.id + ': ' + v.help + ' — ' + v.nodes.map((n) => n.target.join(' ')).join(', '));
  })()`);
}

const api = '(globalThis.browser ?? globalThis.chrome)';

export function describeReader(name: string, launch: (proxyPort: number) => Promise<BrowserDriver>) {
  describe(`${name}: the reader's experience`, () => {
    let server: FixtureServer;
    let browser: BrowserDriver;
    let page: PageDriver;
    let popup: PageDriver;
    let options: PageDriver;
    let tabId = 0;

    const highlights = () => page.evaluate<Highlight[]>(READ_HIGHLIGHTS);
    const card = () => page.evaluate<CardRead | null>(READ_CARD);
    const toPage = (message: object) => popup.evaluate(`${api}.tabs.sendMessage(${tabId}, ${JSON.stringify(message)})`);
    const popupText = () => popup.evaluate<string>('document.body.innerText');
    const reloadPopup = async () => {
      // Mark the old document so that the wait cannot be satisfied by it before the navigation starts.
      await popup.evaluate(`window.__stale = true; location.search = '?tab=${tabId}&r=' + Date.now()`);
      await waitFor(
        'the reloaded popup',
        () => popup.evaluate<string>(`window.__stale ? '' : document.body.innerText`),
        (t) => t.includes('Backstory') || t.includes('باكستوري'),
      );
    };
    const hover = async (text: string) => {
      const point = await page.evaluate<{ x: number; y: number } | null>(rangeCenter(text));
      expect(point, `a highlight reading "${text}"`).not.toBeNull();
      await page.mouseMove(1, 1);
      await page.mouseMove(point!.x, point!.y);
      return point!;
    };
    const closeCard = async () => {
      await page.press('Escape');
      await waitFor('the card to close', card, (c) => c === null);
    };
    const setOption = (js: string) => options.evaluate(js);

    beforeAll(async () => {
      server = await startFixtureServer();
      browser = await launch(server.proxyPort);
      await markEveryMention(browser);
      page = await browser.newPage();
      await page.goto(`${server.origin}/article`);
      await waitFor('highlights', highlights, (h) => h.some((x) => x.text === 'Ali al-Mikdam'));
      popup = await browser.extensionPage('popup.html');
      tabId = (await waitFor(
        'the article tab',
        () => popup.evaluate<number | null>(findPageTab('127.0.0.1')),
        (id) => typeof id === 'number',
      ))!;
      await reloadPopup();
      options = await browser.extensionPage('options.html');
      await waitFor('the options page', () => options.evaluate<string>('document.body.innerText'), (t) => t.includes('settings'));
      await page.bringToFront();
    });

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('moves to the next name from the keyboard command, into the card, and Escape returns focus', async () => {
      await page.evaluate(`document.querySelector('nav a').focus()`);
      await toPage({ type: 'navigate', direction: 'next' });
      const first = await waitFor('the card from the keyboard', card, (c) => !!c && !c.text.includes('Loading'));
      const focus = () =>
        page.evaluate<{ host: string; inner: string | null }>(
          `({ host: document.activeElement.tagName, inner: document.activeElement.shadowRoot && document.activeElement.shadowRoot.activeElement ? document.activeElement.shadowRoot.activeElement.tagName + '.' + document.activeElement.shadowRoot.activeElement.className : null })`,
        );
      expect(await waitFor('focus in the card', focus, (f) => f.host === 'DIV' && !!f.inner?.includes('card'))).toBeTruthy();
      await page.press('Tab');
      // The next stop inside the card: a link or button (Firefox also stops on the scrollable body).
      const inner = await waitFor('Tab inside the card', focus, (f) => f.host === 'DIV' && /^(A|BUTTON|SUMMARY|DIV\.card-body)/.test(f.inner ?? ''));
      expect(inner.inner).not.toMatch(/^DIV\.card$/);
      await toPage({ type: 'navigate', direction: 'next' });
      const second = await waitFor('the next name', card, (c) => !!c && c.text !== first!.text && !c.text.includes('Loading'));
      expect(second).not.toBeNull();
      await closeCard();
      expect(await page.evaluate<string>('document.activeElement.textContent')).toBe('Politics');
    });

    it('shows a card that axe finds no serious fault in, in light and dark', async () => {
      await hover('Ali al-Mikdam');
      await waitFor('the card', card, (c) => !!c && c.entity === 'per:ali-al-mikdam' && !c.text.includes('Loading'));
      expect(await axe(page, '[data-backstory-test=card]')).toEqual([]);
      await page.screenshot('reader-card-light');
      if (await page.colorScheme('dark')) {
        await page.screenshot('reader-card-dark');
        expect(await axe(page, '[data-backstory-test=card]')).toEqual([]);
        await page.colorScheme('light');
      }
      await closeCard();
    });

    it('searches the popup in both scripts, filters cases, and opens a case with its sources', async () => {
      await popup.bringToFront();
      await reloadPopup();
      await popup.evaluate(`document.querySelector('#tab-recent').click()`);
      const type = (q: string) =>
        popup.evaluate(`(() => { const i = document.querySelector('input[name=search]'); i.value = ${JSON.stringify(q)}; i.dispatchEvent(new Event('input', { bubbles: true })); })()`);
      const names = () => popup.evaluate<string[]>(`[...document.querySelectorAll('.names [data-entity]')].map((b) => b.dataset.entity)`);
      for (const q of ['kataeb', "Kata'ib Hezbollah", 'كتائب حزب الله', 'وكتائب']) {
        await type(q);
        expect(await waitFor(`results for ${q}`, names, (n) => n.length > 0)).toContain('grp:kataib-hezbollah');
      }
      await type('المكدام');
      await waitFor('cases for المكدام', () => popup.evaluate<string[]>(`[...document.querySelectorAll('.case')].map((c) => c.dataset.case)`), (c) => c.includes('evt:2021-07-09-mikdam-abduction'));
      await type('');
      await popup.evaluate(`(() => { const s = document.querySelector('select[name=kind]'); s.value = 'abduction'; s.dispatchEvent(new Event('change', { bubbles: true })); })()`);
      const kinds = await waitFor('abductions only', () => popup.evaluate<string[]>(`[...document.querySelectorAll('.case .muted')].map((m) => m.textContent)`), (k) => k.length > 0 && k.every((x) => x.startsWith('Abduction')));
      expect(kinds.length).toBeGreaterThan(2);
      await popup.evaluate(`(() => { const s = document.querySelector('select[name=year]'); s.value = '2021'; s.dispatchEvent(new Event('change', { bubbles: true })); })()`);
      const cases = await waitFor('2021 abductions', () => popup.evaluate<string[]>(`[...document.querySelectorAll('.case time')].map((t) => t.getAttribute('datetime'))`), (d) => d.length > 0 && d.every((x) => x.startsWith('2021')));
      expect(cases.length).toBeGreaterThan(0);
      expect(await axe(popup)).toEqual([]);
      await popup.screenshot('popup-filtered');
      await popup.evaluate(`document.querySelector('.case[data-case="evt:2021-07-09-mikdam-abduction"] button').click()`);
      const detail = await waitFor('the case detail', popupText, (t) => t.includes('Abduction of Ali al-Mikdam') && t.includes('sources') && t.includes('Full record'));
      expect(detail).toContain('Perpetrators unidentified');
      expect(detail).toContain('Alleged');
      expect(await axe(popup)).toEqual([]);
      await popup.screenshot('popup-case-detail');
    });

    it('jumps from the popup to a name on the page and opens its card', async () => {
      await reloadPopup();
      await popup.evaluate(`document.querySelector('[data-entity="per:balsam-mustafa"]').click()`);
      await page.bringToFront();
      await waitFor('the card of the chosen name', card, (c) => !!c && c.entity === 'per:balsam-mustafa');
    });

    it('stops marking a name after "not this one", offers an undo on the page, and marks it again from the popup', async () => {
      // The reader's own clicks (trusted): the card ignores clicks a script dispatches.
      const clickInCard = async (selector: string) => {
        const at = await page.evaluate<{ x: number; y: number }>(`(() => {
          const r = ${CARD_HOST}.shadowRoot.querySelector(${JSON.stringify(selector)}).getBoundingClientRect();
          return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
        })()`);
        await page.mouseClick(at.x, at.y);
      };
      await clickInCard('button.not-this');
      await waitFor('Balsam Mustafa unmarked', highlights, (h) => !h.some((x) => x.text === 'Balsam Mustafa'));
      const toast = await waitFor('the undo notice', () => page.evaluate<string>(`(${CARD_HOST}.shadowRoot.querySelector('.toast') || {}).textContent || ''`), (t) => t.includes('Undo'));
      expect(toast).toContain('Balsam Mustafa is no longer marked on 127.0.0.1');
      await page.screenshot('reader-undo-toast');
      await clickInCard('button.undo');
      await waitFor('Balsam Mustafa marked again by the undo', highlights, (h) => h.some((x) => x.text === 'Balsam Mustafa'));
      await hover('Balsam Mustafa');
      await waitFor('the card of Balsam Mustafa again', card, (c) => !!c && c.entity === 'per:balsam-mustafa' && !c.text.includes('Loading'));
      await clickInCard('button.not-this');
      await waitFor('Balsam Mustafa unmarked', highlights, (h) => !h.some((x) => x.text === 'Balsam Mustafa'));
      await closeCard();
      await popup.bringToFront();
      await reloadPopup();
      await popup.evaluate(`document.querySelector('#tab-page').click()`);
      await waitFor('the ignored list', popupText, (t) => t.includes('Ignored on this site') && t.includes('Balsam Mustafa'));
      await popup.screenshot('popup-ignored');
      await popup.evaluate(`document.querySelector('.ignored button').click()`);
      await page.bringToFront();
      await waitFor('Balsam Mustafa marked again', highlights, (h) => h.some((x) => x.text === 'Balsam Mustafa'));
    });

    it('applies every option to the open page at once', async () => {
      expect(await axe(options)).toEqual([]);
      await options.screenshot('options');
      // A style is a set of highlight names (components/highlights.css): switching re-registers the ranges.
      const style = () => page.evaluate<string>(`[...CSS.highlights.keys()].filter((k) => k.endsWith('-person')).join(' ')`);
      await setOption(`document.querySelector('input[name=style][value=background]').click()`);
      await waitFor('background highlights', style, (s) => s === 'backstory-background-person');
      await setOption(`document.querySelector('input[name=style][value=off]').click()`);
      await waitFor('no highlight style', style, (s) => s === '');
      await setOption(`document.querySelector('input[name=style][value=underline]').click()`);
      await waitFor('underline again', style, (s) => s === 'backstory-underline-person');

      await setOption(`document.querySelector('input[name=type-place]').click()`);
      await waitFor('places unmarked', highlights, (h) => h.length > 0 && !h.some((x) => x.type === 'place'));
      await setOption(`document.querySelector('input[name=type-place]').click()`);
      await waitFor('places marked again', highlights, (h) => h.some((x) => x.type === 'place'));

      await setOption(`(() => { const i = document.querySelector('input[name=hoverDelayMs]'); i.value = '900'; i.dispatchEvent(new Event('change', { bubbles: true })); })()`);
      await waitFor('the saved delay', () => options.evaluate<string>('document.body.innerText'), (t) => t.includes('Saved'));
      await page.bringToFront();
      await hover('Karrada');
      await new Promise((r) => setTimeout(r, 400));
      expect(await card()).toBeNull();
      await waitFor('the card after the longer delay', card, (c) => !!c);
      await closeCard();
      await setOption(`(() => { const i = document.querySelector('input[name=hoverDelayMs]'); i.value = '-4'; i.dispatchEvent(new Event('change', { bubbles: true })); })()`);
      const refused = await waitFor('the refusal', () => options.evaluate<string>('document.body.innerText'), (t) => t.includes('Not saved'));
      expect(refused).toContain('settings.hoverDelayMs');
      expect(await options.evaluate<string>(`document.querySelector('input[name=hoverDelayMs]').value`)).toBe('900');
      await setOption(`(() => { const i = document.querySelector('input[name=hoverDelayMs]'); i.value = '150'; i.dispatchEvent(new Event('change', { bubbles: true })); })()`);

      await setOption(`(() => { const i = document.querySelector('input[name=site]'); i.value = '127.0.0.1'; i.dispatchEvent(new Event('input', { bubbles: true })); i.form.requestSubmit(); })()`);
      await page.bringToFront();
      await waitFor('the site turned off', highlights, (h) => h.length === 0);
      await setOption(`document.querySelector('.sites button').click()`);
      await page.bringToFront();
      await waitFor('the site turned on', highlights, (h) => h.some((x) => x.text === 'Ali al-Mikdam'));
    });

    it('speaks Arabic when asked: card, popup and options, right to left', async () => {
      await setOption(`(() => { const s = document.querySelector('select[name=language]'); s.value = 'ar'; s.dispatchEvent(new Event('change', { bubbles: true })); })()`);
      await waitFor('the options in Arabic', () => options.evaluate<string>('document.documentElement.dir'), (d) => d === 'rtl');
      expect(await axe(options)).toEqual([]);
      await options.screenshot('options-ar');
      await page.bringToFront();
      await hover('Ali al-Mikdam');
      const ar = await waitFor('the Arabic card', card, (c) => !!c && c.text.includes('صحافي وناشط عراقي'));
      expect(ar!.text).toContain('علي المكدام');
      expect(await page.evaluate<string>(`${CARD_HOST}.shadowRoot.querySelector('.card').dir`)).toBe('rtl');
      expect(await axe(page, '[data-backstory-test=card]')).toEqual([]);
      await page.screenshot('reader-card-ar');
      await closeCard();
      await popup.bringToFront();
      await reloadPopup();
      await waitFor('the popup in Arabic', popupText, (t) => t.includes('في هذه الصفحة'));
      expect(await axe(popup)).toEqual([]);
      await popup.screenshot('popup-ar');
      await setOption(`(() => { const s = document.querySelector('select[name=language]'); s.value = 'auto'; s.dispatchEvent(new Event('change', { bubbles: true })); })()`);
      await page.bringToFront();
    });

    it('keeps the card inside the viewport near every edge', async () => {
      await page.goto(`${server.origin}/edges.html`);
      for (const [name, shot] of [
        ['Hisham al-Hashimi', 'edge-top-left'],
        ['Ali al-Mikdam', 'edge-top-right'],
        ['Ihab al-Wazni', 'edge-bottom-left'],
        ['Reham Yacoub', 'edge-bottom-right'],
      ]) {
        await waitFor(`${name} marked`, highlights, (h) => h.some((x) => x.text === name));
        await hover(name);
        const c = await waitFor(`the card of ${name}`, card, (x) => !!x && !x.text.includes('Loading'));
        await new Promise((r) => setTimeout(r, 100)); // let floating-ui settle its position
        const placed = (await card())!;
        expect(placed.box.left).toBeGreaterThanOrEqual(0);
        expect(placed.box.top).toBeGreaterThanOrEqual(0);
        expect(placed.box.right).toBeLessThanOrEqual(placed.viewport.width + 0.5);
        expect(placed.box.bottom).toBeLessThanOrEqual(placed.viewport.height + 0.5);
        expect(c).not.toBeNull();
        await page.screenshot(shot);
        await closeCard();
      }
    });

    it('marks an Arabic right-to-left page and mirrors the card', async () => {
      await page.goto(`${server.origin}/ar-article`);
      const found = await waitFor('Arabic highlights', highlights, (h) => h.some((x) => x.text === 'علي المكدام'));
      expect(found.map((x) => x.text)).toEqual(expect.arrayContaining(['علي المكدام', 'الدورة']));
      await hover('علي المكدام');
      const c = await waitFor('the card on the Arabic page', card, (x) => !!x && x.entity === 'per:ali-al-mikdam');
      expect(c!.box.left).toBeGreaterThanOrEqual(0);
      expect(c!.box.right).toBeLessThanOrEqual(c!.viewport.width + 0.5);
      await page.screenshot('reader-ar-page');
      await closeCard();
    });

    it('on a very long page, registers the names near the viewport and the rest as the reader scrolls', async () => {
      await page.goto(`${server.origin}/long`);
      const count = () => page.evaluate<{ total: number; last: boolean }>(`(() => {
        let total = 0, last = false;
        for (const type of ['person', 'group', 'event', 'place']) {
          const h = ${HIGHLIGHT_OF}(type);
          if (!h) continue;
          for (const r of h) { total++; if (r.startContainer.parentElement.id === 'entry-899') last = true; }
        }
        return { total, last };
      })()`);
      const first = await waitFor('the first names', count, (c) => c.total >= 100);
      // Every mention is known (the popup counts them all) but far-away ones are not registered yet.
      const page1 = await toPage({ type: 'get-page-entities' });
      await page.evaluate('new Promise((r) => setTimeout(r, 1500))');
      const settled = await count();
      expect(settled.total).toBeLessThan(3600);
      expect(settled.last).toBe(false);
      expect(page1).toBeTruthy();
      await page.evaluate(`document.getElementById('entry-899').scrollIntoView()`);
      const scrolled = await waitFor('names near the end once scrolled there', count, (c) => c.last);
      expect(scrolled.last).toBe(true);
      expect(first.total).toBeGreaterThan(0);
    });

    it('threw no uncaught error', () => {
      expect(browser.errors).toEqual([]);
    });
  });
}
