// The reader's experience, second pass, in each browser: the hover card at a glance, citations that show their
// source in place, direction-isolated text and one digit system in Arabic, declared colour schemes, a footer
// that wraps between its parts, the popup's honest off state, search that says what matched, each entity's
// own standing on its cases, and the full record page. Screenshots in both languages, light and dark, at 1280
// and 400 px; axe on the card, the record page, the popup and the options.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from './server';
import { ROOT, markEveryMention, type BrowserDriver, type PageDriver } from './browsers';
import { CARD_HOST, findPageTab, READ_CARD, READ_HIGHLIGHTS, rangeCenter } from './page-probes';
import { waitFor } from './extension-suite';

type CardRead = { entity: string; text: string; box: { left: number; top: number; right: number; bottom: number }; viewport: { width: number; height: number } };
type Box = { left: number; top: number; right: number; bottom: number; width: number; height: number };

const AXE = readFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

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

const ROOT_OF_CARD = `${CARD_HOST}.shadowRoot`;
/** The centre of an element inside the card, for a real (trusted) click. */
const centerInCard = (selector: string) => `(() => {
  const el = ${ROOT_OF_CARD}.querySelector(${JSON.stringify(selector)});
  if (!el) return null;
  const r = el.getBoundingClientRect();
  return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
})()`;
const ARABIC_INDIC = /[\u0660-\u0669\u06F0-\u06F9]/;

export function describeGlance(name: string, launch: (proxyPort: number) => Promise<BrowserDriver>) {
  describe(`${name}: the card at a glance, the popup and the full record`, () => {
    let server: FixtureServer;
    let browser: BrowserDriver;
    let page: PageDriver;
    let popup: PageDriver;
    let options: PageDriver;
    let tabId = 0;

    const card = () => page.evaluate<CardRead | null>(READ_CARD);
    const highlights = () => page.evaluate<Array<{ text: string }>>(READ_HIGHLIGHTS);
    const popupText = () => popup.evaluate<string>('document.body.innerText');
    const shot = async (driver: PageDriver, name: string) => {
      // Each picture twice: light and dark (where the driver can emulate it).
      await driver.screenshot(`${name}-light`);
      if (await driver.colorScheme('dark')) {
        await driver.screenshot(`${name}-dark`);
        await driver.colorScheme('light');
      }
    };
    const openCard = async (text: string, entity: string) => {
      await page.bringToFront();
      const point = await page.evaluate<{ x: number; y: number } | null>(rangeCenter(text));
      expect(point, `a highlight reading "${text}"`).not.toBeNull();
      await page.mouseMove(1, 1);
      await page.mouseMove(point!.x, point!.y);
      await waitFor(`the card of ${entity}`, card, (c) => !!c && c.entity === entity && !c.text.includes('Loading') && !c.text.includes('جارٍ'));
      await new Promise((r) => setTimeout(r, 150)); // floating-ui settles the position
      return point!;
    };
    const closeCard = async () => {
      await page.press('Escape');
      await waitFor('the card to close', card, (c) => c === null);
    };
    const setLanguage = async (lang: string) => {
      await options.evaluate(`(() => { const s = document.querySelector('select[name=language]'); s.value = ${JSON.stringify(lang)}; s.dispatchEvent(new Event('change', { bubbles: true })); })()`);
      await waitFor('the language saved', () => options.evaluate<string>('document.documentElement.lang'), (l) => lang === 'auto' || l === lang);
    };
    const reloadPopup = async () => {
      await popup.evaluate(`window.__stale = true; location.search = '?tab=${tabId}&r=' + Date.now()`);
      await waitFor('the reloaded popup', () => popup.evaluate<string>(`window.__stale ? '' : document.body.innerText`), (t) => t.includes('Backstory') || t.includes('باكستوري'));
    };
    const typeSearch = (q: string) =>
      popup.evaluate(`(() => { const i = document.querySelector('input[name=search]'); i.value = ${JSON.stringify(q)}; i.dispatchEvent(new Event('input', { bubbles: true })); })()`);

    beforeAll(async () => {
      server = await startFixtureServer();
      browser = await launch(server.proxyPort);
      await markEveryMention(browser);
      page = await browser.newPage();
      await page.goto(`${server.origin}/article`);
      await waitFor('highlights', highlights, (h) => h.some((x) => x.text === 'Ali al-Mikdam'));
      popup = await browser.extensionPage('popup.html');
      tabId = (await waitFor('the article tab', () => popup.evaluate<number | null>(findPageTab('127.0.0.1')), (id) => typeof id === 'number'))!;
      await reloadPopup();
      options = await browser.extensionPage('options.html');
      await waitFor('the options page', () => options.evaluate<string>('document.body.innerText'), (t) => t.includes('settings'));
      await page.bringToFront();
    });

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('reads at a glance: at most 360×420 px, why it matters, three facts, two cases with their own standing, a fade and "N more"', async () => {
      await openCard('Ali al-Mikdam', 'per:ali-al-mikdam');
      const read = await page.evaluate<{ box: Box; facts: number; cases: number; why: string; more: string; full: boolean; fade: boolean }>(`(() => {
        const root = ${ROOT_OF_CARD};
        const c = root.querySelector('.card');
        const b = c.getBoundingClientRect();
        return {
          box: { left: b.left, top: b.top, right: b.right, bottom: b.bottom, width: b.width, height: b.height },
          facts: root.querySelectorAll('.facts > li').length,
          cases: root.querySelectorAll('.timeline > li').length,
          why: (root.querySelector('[data-why]') || {}).textContent || '',
          more: (root.querySelector('[data-more]') || {}).textContent || '',
          full: !!root.querySelector('button.full-record'),
          fade: !!root.querySelector('.fade'),
        };
      })()`);
      expect(read.box.width).toBeLessThanOrEqual(360);
      expect(read.box.height).toBeLessThanOrEqual(420);
      expect(read.facts).toBeLessThanOrEqual(3);
      expect(read.facts).toBeGreaterThan(0);
      expect(read.cases).toBeLessThanOrEqual(2);
      expect(read.why).toContain('Abduction, 2021');
      expect(read.more).toMatch(/\d+ more facts/);
      expect(read.full).toBe(true);
      expect(await axe(page, '[data-backstory-test=card]')).toEqual([]);
      await shot(page, 'glance-card-1280');
      await closeCard();
    });

    it('shows a group\'s own standing before the case\'s outcome (Kataib Hezbollah is never "Convicted" for a case that named no group)', async () => {
      await popup.bringToFront();
      await reloadPopup();
      await popup.evaluate(`document.querySelector('#tab-recent').click()`);
      await typeSearch('kataeb');
      const row = await waitFor(
        'the Basra case through Kataib Hezbollah',
        () => popup.evaluate<{ own: string; outcome: string; order: string[] } | null>(`(() => {
          const li = document.querySelector('.case[data-case="evt:2020-01-10-basra-journalists-killing"]');
          if (!li) return null;
          const own = li.querySelector('[data-own]');
          return { own: own ? own.textContent : '', outcome: li.querySelector('.case-outcome').textContent,
            order: [...li.querySelectorAll('.chip')].map((c) => c.dataset.status) };
        })()`),
        (r) => !!r && !!r.own,
      );
      expect(row!.own).toContain('Kataib Hezbollah');
      expect(row!.own).toContain('Alleged');
      expect(row!.own).not.toContain('Convicted');
      expect(row!.order).toEqual(['alleged', 'convicted']);
      // The result says which name matched.
      const matched = await popup.evaluate<string>(`(document.querySelector('.names [data-entity="grp:kataib-hezbollah"] [data-matched]') || {}).textContent || ''`);
      expect(matched).toMatch(/Matched “.*Kataeb/i);
      expect(await axe(popup)).toEqual([]);
      await shot(popup, 'glance-popup-search');
      await typeSearch('');
    });

    it('shows a citation\'s source in place on hover and click, with a 24 px target, and keeps the card open', async () => {
      await openCard('Ali al-Mikdam', 'per:ali-al-mikdam');
      const size = await page.evaluate<{ w: number; h: number }[]>(`[...${ROOT_OF_CARD}.querySelectorAll('.cite')].map((c) => { const r = c.getBoundingClientRect(); return { w: r.width, h: r.height }; })`);
      expect(size.length).toBeGreaterThan(0);
      for (const s of size) {
        expect(s.w).toBeGreaterThanOrEqual(24);
        expect(s.h).toBeGreaterThanOrEqual(24);
      }
      const at = (await page.evaluate<{ x: number; y: number }>(centerInCard('.cite')))!;
      await page.mouseMove(at.x, at.y);
      const tip = () => page.evaluate<string>(`(${ROOT_OF_CARD}.querySelector('.cite-tip') || {}).textContent || ''`);
      expect(await waitFor('the source on hover', tip, (t) => t.length > 10)).toBeTruthy();
      const before = await page.evaluate<string>('location.href');
      await page.mouseClick(at.x, at.y);
      await new Promise((r) => setTimeout(r, 500));
      const after = await card();
      expect(after?.entity).toBe('per:ali-al-mikdam');
      expect(await tip()).not.toBe('');
      expect(await page.evaluate<string>('location.href')).toBe(before);
      expect(await page.evaluate<string | null>(`${ROOT_OF_CARD}.querySelector('.cite-tip a').getAttribute('target')`)).toBe('_blank');
      await page.screenshot('glance-citation');
      await closeCard();
    });

    it('declares its colour schemes, so scrollbars and controls follow dark mode', async () => {
      await openCard('Ali al-Mikdam', 'per:ali-al-mikdam');
      expect(await page.evaluate<string>(`getComputedStyle(${ROOT_OF_CARD}.querySelector('.card')).colorScheme`)).toContain('dark');
      await closeCard();
      expect(await popup.evaluate<string>(`getComputedStyle(document.documentElement).colorScheme`)).toContain('dark');
    });

    it('wraps the footer between its parts at 380 px with wide fonts', async () => {
      await page.setViewport(380, 800);
      await openCard('Ali al-Mikdam', 'per:ali-al-mikdam');
      // A wide font, as stock Debian has: every part of the footer still on one line.
      await page.evaluate(`(() => { const s = document.createElement('style'); s.textContent = '.card { font-family: "DejaVu Sans", Verdana, sans-serif !important; }'; ${ROOT_OF_CARD}.append(s); })()`);
      const lines = await page.evaluate<Array<{ text: string; lines: number }>>(`(() => {
        const root = ${ROOT_OF_CARD};
        // Every run of text in the footer ("Not this one?", "As of …", "11 sources"): how many lines it takes.
        const walker = document.createTreeWalker(root.querySelector('.card-foot'), NodeFilter.SHOW_TEXT);
        const out = [];
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (!node.textContent.trim() || node.textContent.trim() === '·') continue;
          const range = document.createRange();
          range.selectNodeContents(node);
          const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          out.push({ text: node.textContent, lines: tops.size });
        }
        return out;
      })()`);
      expect(lines.length).toBeGreaterThan(3);
      for (const l of lines) expect(l, l.text).toMatchObject({ lines: 1 });
      const c = (await card())!;
      expect(c.box.right).toBeLessThanOrEqual(c.viewport.width + 0.5);
      await shot(page, 'glance-card-400');
      await closeCard();
      await page.setViewport(1280, 900);
    });

    it('isolates each run in the Arabic interface: English items read left to right inside the card, chips and dates outside the sentence, one digit system', async () => {
      await setLanguage('ar');
      try {
      await openCard('Balsam Mustafa', 'per:balsam-mustafa');
      const read = await page.evaluate<{ dir: string; items: Array<{ text: string; itemDir: string; dir: string; inside: boolean; startsLeft: boolean; chipsInside: number }>; text: string }>(`(() => {
        const root = ${ROOT_OF_CARD};
        const c = root.querySelector('.card');
        const box = c.getBoundingClientRect();
        const items = [...root.querySelectorAll('.facts > li, .timeline > li')].map((li) => {
          const text = li.querySelector('.item-text') || li;
          const r = li.getBoundingClientRect();
          const range = document.createRange();
          range.selectNodeContents(text);
          const first = range.getClientRects()[0];
          const t = text.getBoundingClientRect();
          const latin = /^[\\sA-Za-z0-9'"(]/.test(text.textContent);
          return {
            text: text.textContent.slice(0, 40),
            // The item keeps the card's direction, so its bullet stays on the card's side, inside its border.
            itemDir: getComputedStyle(li).direction,
            dir: getComputedStyle(text).direction,
            inside: r.left >= box.left - 0.5 && r.right <= box.right + 0.5,
            // An English sentence starts at the left edge of its block, not the right.
            startsLeft: !latin || Math.abs(first.left - t.left) < 2,
            chipsInside: text.querySelectorAll('.chip, time').length,
          };
        });
        return { dir: c.dir, items, text: c.innerText };
      })()`);
      expect(read.dir).toBe('rtl');
      // One digit system: the data's Arabic text writes 2019, so the interface's dates do too.
      expect(read.text).not.toMatch(ARABIC_INDIC);
      expect(read.items.length).toBeGreaterThan(0);
      for (const item of read.items) {
        expect(item.itemDir, item.text).toBe('rtl');
        expect(item.inside, item.text).toBe(true);
        expect(item.chipsInside, item.text).toBe(0);
        if (/^[A-Za-z]/.test(item.text)) {
          expect(item.dir, item.text).toBe('ltr');
          expect(item.startsLeft, item.text).toBe(true);
        }
      }
      expect(read.text).not.toMatch(ARABIC_INDIC);
      expect(await axe(page, '[data-backstory-test=card]')).toEqual([]);
      await shot(page, 'glance-card-ar-1280');
      await closeCard();
      await page.setViewport(400, 800);
      await openCard('Ali al-Mikdam', 'per:ali-al-mikdam');
      expect((await card())!.text).not.toMatch(ARABIC_INDIC);
      await shot(page, 'glance-card-ar-400');
      await closeCard();
      await page.setViewport(1280, 900);
      await popup.bringToFront();
      await reloadPopup();
      expect(await popupText()).not.toMatch(ARABIC_INDIC);
      expect(await axe(popup)).toEqual([]);
      await shot(popup, 'glance-popup-ar');
      } finally {
        await setLanguage('auto');
        await page.setViewport(1280, 900);
      }
    });

    it('gives an Arabic page Arabic cards when the language is "same as the browser"', async () => {
      // A hidden tab does no work until shown: the page in front first.
      await page.bringToFront();
      await page.goto(`${server.origin}/ar-article`);
      try {
        await waitFor('Arabic highlights', highlights, (h) => h.some((x) => x.text === 'علي المكدام'));
        // The underline would run into the dots under Arabic letters: an Arabic page is tinted.
        expect(await page.evaluate<boolean>(`CSS.highlights.has('backstory-background-person') && !CSS.highlights.has('backstory-underline-person')`)).toBe(true);
        await openCard('علي المكدام', 'per:ali-al-mikdam');
        expect(await page.evaluate<string>(`${ROOT_OF_CARD}.querySelector('.card').lang`)).toBe('ar');
        await shot(page, 'glance-ar-page');
        await closeCard();
      } finally {
        await page.goto(`${server.origin}/article`);
        await waitFor('highlights', highlights, (h) => h.some((x) => x.text === 'Ali al-Mikdam'));
      }
    });

    it('opens the full record from the card', async () => {
      await openCard('Ali al-Mikdam', 'per:ali-al-mikdam');
      const at = (await page.evaluate<{ x: number; y: number }>(centerInCard('button.full-record')))!;
      await page.mouseClick(at.x, at.y);
      const opened = await waitFor(
        'the record tab',
        () => popup.evaluate<string[]>(`(globalThis.browser ?? globalThis.chrome).extension.getViews({ type: 'tab' }).map((w) => w.location.pathname + w.location.hash)`),
        (v) => v.some((x) => x.includes('record.html') && x.includes('ali-al-mikdam')),
      );
      expect(opened.some((x) => x.includes('record.html'))).toBe(true);
      await page.bringToFront();
      if (await card()) await closeCard();
    });

    it('says honestly in the popup that it is off on this site, with a button that turns it on', async () => {
      await popup.bringToFront();
      await reloadPopup();
      await popup.evaluate(`document.querySelector('.site-switch input').click()`);
      await page.bringToFront();
      await waitFor('the site off', highlights, (h) => h.length === 0);
      await popup.bringToFront();
      await reloadPopup();
      const text = await waitFor('the off state', popupText, (t) => t.includes('Backstory is off on'));
      expect(text).not.toContain('No names from the dataset');
      expect(await popup.evaluate<string>(`document.querySelector('.site-switch input').getAttribute('role')`)).toBe('switch');
      expect(await axe(popup)).toEqual([]);
      await shot(popup, 'glance-popup-off');
      await popup.evaluate(`document.querySelector('button.turn-on').click()`);
      await page.bringToFront();
      await waitFor('the site on again', highlights, (h) => h.some((x) => x.text === 'Ali al-Mikdam'));
    });

    it('lists the page\'s names with a one-line who, all cases newest first with the dataset date, and clears filters', async () => {
      await popup.bringToFront();
      await reloadPopup();
      await popup.evaluate(`document.querySelector('#tab-page').click()`);
      const who = await waitFor('who lines', () => popup.evaluate<string>(`(document.querySelector('[data-entity="per:ali-al-mikdam"] [data-who]') || {}).textContent || ''`), (t) => t.length > 0);
      expect(who).toContain('2021');
      await shot(popup, 'glance-popup-page');
      await popup.evaluate(`document.querySelector('#tab-recent').click()`);
      expect(await popupText()).toMatch(/All cases, newest first · Dataset compiled/);
      expect(await popup.evaluate<string[]>(`[...document.querySelectorAll('select option')].map((o) => o.textContent.trim())`)).not.toContain('—');
      await popup.evaluate(`(() => { const s = document.querySelector('select[name=year]'); s.value = s.options[s.options.length - 1].value; s.dispatchEvent(new Event('change', { bubbles: true })); })()`);
      await typeSearch('mikdam');
      await waitFor('no case', popupText, (t) => t.includes('No case matches'));
      await popup.evaluate(`document.querySelector('.no-cases button').click()`);
      const all = await waitFor('every case again', () => popup.evaluate<number>(`document.querySelectorAll('.case').length`), (n) => n > 10);
      expect(all).toBeGreaterThan(10);
      expect(await popup.evaluate<string>(`document.querySelector('input[name=search]').value`)).toBe('');
    });

    it('shows the full record: every fact, a timeline chart and list, related links, sources with citations to copy, the dataset date', async () => {
      const record = await browser.extensionPage('record.html#grp%3Akataib-hezbollah');
      const read = () =>
        record.evaluate<{ h1: string; facts: number; chart: boolean; timeline: string[]; related: number; sources: number; copies: number; dataset: string }>(`(() => ({
          h1: (document.querySelector('h1') || {}).textContent || '',
          facts: document.querySelectorAll('.facts > li').length,
          chart: !!document.querySelector('.chart[role=img] .chart-point'),
          timeline: [...document.querySelectorAll('.timeline-list li')].map((li) => li.textContent),
          related: document.querySelectorAll('.related a').length,
          sources: document.querySelectorAll('.sources-list > li').length,
          copies: document.querySelectorAll('.sources-list button.copy').length,
          dataset: (document.querySelector('.record-foot') || {}).textContent || '',
        }))()`);
      const r = await waitFor('the record', read, (x) => x.h1.includes('Kataib Hezbollah'));
      expect(r.facts).toBeGreaterThan(3);
      expect(r.chart).toBe(true);
      const basra = r.timeline.find((x) => x.includes('Ahmed Abdul Samad'));
      expect(basra, 'the Basra case in the timeline').toBeTruthy();
      expect(basra!.indexOf('Alleged')).toBeLessThan(basra!.indexOf('Convicted'));
      expect(r.related).toBeGreaterThan(2);
      expect(r.copies).toBe(r.sources * 2);
      expect(r.dataset).toMatch(/Dataset compiled/);
      expect(await axe(record)).toEqual([]);
      await shot(record, 'record-1280');
      await record.setViewport(400, 800);
      await shot(record, 'record-400');
      await record.setViewport(1280, 900);
      // Related entities are links within the page.
      await record.evaluate(`document.querySelector('.related a[href^="#per"]').click()`);
      await waitFor('another record', () => record.evaluate<string>(`document.querySelector('h1').textContent`), (h) => !h.includes('Kataib Hezbollah'));
      // The record's citation, as plain text.
      await record.evaluate(`location.hash = '#per%3Aali-al-mikdam'`);
      await waitFor('Mikdam\'s record', () => record.evaluate<string>(`document.querySelector('h1').textContent`), (h) => h.includes('Ali al-Mikdam'));
      expect(await record.evaluate<string>(`document.querySelector('.citation').textContent`)).toMatch(/^Backstory dataset\. “Ali al-Mikdam” \(record per:ali-al-mikdam\)/);
      await record.evaluate(`document.querySelector('[data-copy=record-text]').click()`);
      await waitFor('the copy reported', () => record.evaluate<string>(`document.querySelector('.copy-status').textContent`), (t) => t.length > 0);
      await record.evaluate(`document.querySelector('.chart').scrollIntoView()`);
      await shot(record, 'record-timeline');
      await setLanguage('ar');
      try {
        await waitFor('the Arabic record', () => record.evaluate<string>('document.documentElement.dir'), (d) => d === 'rtl');
        expect(await record.evaluate<string>('document.body.innerText')).not.toMatch(ARABIC_INDIC);
        expect(await axe(record)).toEqual([]);
        await shot(record, 'record-ar-1280');
        await record.evaluate(`document.querySelector('.chart').scrollIntoView()`);
        await shot(record, 'record-ar-timeline');
        await record.setViewport(400, 800);
        await record.evaluate(`scrollTo(0, 0)`);
        await shot(record, 'record-ar-400');
      } finally {
        await setLanguage('auto');
      }
      await record.close();
    });

    it('marks only the first mention of each name per section when asked, and every one again', async () => {
      await page.bringToFront();
      const mikdam = async () => (await highlights()).filter((h) => /mikdam/i.test(h.text)).length;
      const all = await mikdam();
      expect(all).toBeGreaterThan(4);
      await options.evaluate(`document.querySelector('input[name=marks][value=first]').click()`);
      const calmer = await waitFor('fewer marks', mikdam, (n) => n > 0 && n < all);
      expect(calmer).toBeLessThan(all);
      await page.screenshot('glance-first-mentions');
      // A repeat left unmarked opens no card: there is nothing on the page to say a card is there.
      const unmarked = await page.evaluate<{ x: number; y: number } | null>(`(() => {
        const marked = [...CSS.highlights].flatMap(([, h]) => [...h]);
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const at = n.data.indexOf('Mikdam');
          if (at < 0) continue;
          const r = document.createRange();
          r.setStart(n, at);
          r.setEnd(n, at + 6);
          if (marked.some((m) => m.startContainer === n && m.startOffset <= at && m.endOffset >= at + 6)) continue;
          n.parentElement.scrollIntoView({ block: 'center' });
          const rect = r.getClientRects()[0];
          return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
        }
        return null;
      })()`);
      expect(unmarked, 'an unmarked repeat of Mikdam').not.toBeNull();
      await page.mouseMove(1, 1);
      await page.mouseMove(unmarked!.x, unmarked!.y);
      await new Promise((r) => setTimeout(r, 800)); // well past the hover delay
      expect(await card()).toBeNull();
      await options.evaluate(`document.querySelector('input[name=marks][value=all]').click()`);
      expect(await waitFor('every mark again', mikdam, (n) => n === all)).toBe(all);
    });

    it('shows the legend in the options, and axe finds nothing serious there', async () => {
      expect(await options.evaluate<number>(`document.querySelectorAll('.legend .chip').length`)).toBeGreaterThan(5);
      expect(await axe(options)).toEqual([]);
      await options.evaluate(`document.querySelector('.legend-set').scrollIntoView()`);
      await shot(options, 'glance-options-legend');
      await popup.bringToFront();
      await reloadPopup();
      await popup.evaluate(`document.querySelector('.legend-box').open = true`);
      expect(await popup.evaluate<number>(`document.querySelectorAll('.legend-box .chip').length`)).toBeGreaterThan(5);
      expect(await axe(popup)).toEqual([]);
      await shot(popup, 'glance-popup-legend');
    });

    it('draws a focus ring on a card opened from the keyboard', async () => {
      await page.bringToFront();
      await page.press('Tab');
      await popup.evaluate(`(globalThis.browser ?? globalThis.chrome).tabs.sendMessage(${tabId}, { type: 'navigate', direction: 'next' })`);
      await waitFor('the card from the keyboard', card, (c) => !!c && !c.text.includes('Loading'));
      const ring = await waitFor(
        'the ring',
        () => page.evaluate<string>(`(() => { const c = ${ROOT_OF_CARD}.querySelector('.card'); return ${ROOT_OF_CARD}.activeElement === c ? getComputedStyle(c).outlineStyle : 'not focused'; })()`),
        (o) => o !== 'not focused',
      );
      expect(ring).toBe('solid');
      await page.screenshot('glance-focus-ring');
      await closeCard();
    });

    it('threw no uncaught error', () => {
      expect(browser.errors).toEqual([]);
    });
  });
}
