// The background answers the content scripts: card contents from the bundled dataset, and the toolbar
// badge (how many distinct entities the page names). It keeps no state and sends nothing anywhere.
import { browser } from 'wxt/browser';
import dataset from 'virtual:backstory/dataset';
import { ToBackground, parseMessage, recordPath } from '@/lib/messages';
import { buildCard } from '@/lib/card-model';
import { LOAD_READER } from '@/dom/first-stage';
import { LOAD_CARD_UI } from '@/dom/lazy-card-overlay';

const BADGE_COLOR = '#5b21b6';
/** The second stage, as WXT builds entrypoints/reader.ts. */
export const READER_FILE = '/reader.js' as const;
/** The card's interface, as WXT builds entrypoints/card-ui.ts. */
export const CARD_UI_FILE = '/card-ui.js' as const;

/**
 * A page's first stage found a possible name: inject the second stage into that frame, in the content scripts'
 * isolated world. Only our own content scripts can send this (a page cannot message the extension), and the
 * target is the sender's own tab and frame, so a message can never aim the reader elsewhere.
 */
async function inject(file: typeof READER_FILE | typeof CARD_UI_FILE, sender: { id?: string; tab?: { id?: number }; frameId?: number }): Promise<boolean> {
  const tabId = sender.tab?.id;
  if (sender.id !== browser.runtime.id || tabId === undefined) return false;
  await browser.scripting.executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [file] });
  return true;
}

export function startBackground(): void {
  // Keyboard commands go to the content script of the active tab.
  browser.commands.onCommand.addListener((command: string) => {
    if (command !== 'next-name' && command !== 'previous-name') return;
    void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => {
      if (tab?.id === undefined) return;
      const direction = command === 'next-name' ? 'next' : 'previous';
      return browser.tabs.sendMessage(tab.id, { type: 'navigate', direction }).catch(() => {});
    });
  });

  browser.runtime.onMessage.addListener((raw: unknown, sender: { id?: string; tab?: { id?: number }; frameId?: number }) => {
    const type = (raw as { type?: unknown } | null)?.type;
    if (type === LOAD_READER) return inject(READER_FILE, sender);
    // The reader asks for the card's interface when a card may soon open (dom/lazy-card-overlay.ts).
    if (type === LOAD_CARD_UI) return inject(CARD_UI_FILE, sender);
    const message = parseMessage(ToBackground, raw);
    if (!message) return undefined;
    if (message.type === 'card') return Promise.resolve(buildCard(dataset, message.id, message.lang) ?? null);
    if (message.type === 'open-record')
      return browser.tabs.create({ url: browser.runtime.getURL(recordPath(message.id) as '/record.html') }).then(() => true);
    const tabId = sender.tab?.id;
    if (tabId === undefined) return undefined;
    return Promise.all([
      browser.action.setBadgeText({ tabId, text: message.count ? String(message.count) : '' }),
      browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR }),
    ]).then(() => true);
  });
}
