// The popup's link to the page: which names the page holds, and the popup's and keyboard commands' requests
// to reveal one (or the next or previous) with its card. Messages are validated: only the extension sends them.
import { browser } from 'wxt/browser';
import { ToContent, parseMessage, type PageEntities } from '@/lib/messages';
import { isSiteEnabled } from '@/lib/settings';
import type { PageMention } from '../mention-registry';
import type { Marks } from './marks';
import type { CardFeature } from './card';
import type { ReaderServices } from './services';

/** The mention after (or before) the open card's, else the first one below the top of the viewport. */
function neighbour(mentions: PageMention[], current: PageMention | null, direction: 'next' | 'previous'): PageMention | undefined {
  if (!mentions.length) return undefined;
  const at = current ? mentions.findIndex((m) => m.key === current.key) : -1;
  if (at >= 0) return mentions[(at + (direction === 'next' ? 1 : mentions.length - 1)) % mentions.length];
  const firstVisible = mentions.findIndex((m) => m.range.getBoundingClientRect().bottom > 0);
  const from = firstVisible < 0 ? 0 : firstVisible;
  return direction === 'next' ? mentions[from] : mentions[(from + mentions.length - 1) % mentions.length];
}

export function startPopupLink(services: ReaderServices, marks: Marks, card: CardFeature, signal: AbortSignal): void {
  const onMessage = (raw: unknown): Promise<PageEntities> | undefined => {
    const message = parseMessage(ToContent, raw);
    if (!message) return undefined;
    const site = services.site;
    if (message.type === 'get-page-entities')
      return Promise.resolve({ enabled: isSiteEnabled(services.settings(), site), site, entities: marks.entities() });
    if (!marks.running) return undefined;
    const entry =
      message.type === 'reveal' ? marks.mentions().find((m) => m.mention.entityId === message.id) : neighbour(marks.mentions(), card.current, message.direction);
    if (entry) card.openWithFocus(entry);
    return Promise.resolve({ enabled: true, site, entities: marks.entities() });
  };
  browser.runtime.onMessage.addListener(onMessage);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage), { once: true });
}
