// Wires the content script together: settings, scanning, the observer, hover and keyboard, the card, and
// the messages from the popup. Everything it starts is owned by the WXT context and stops with it.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from '@/platform/content-script-context';
import matchIndex from 'virtual:backstory/match-index';
import { Spotter } from '@/lib/spotter';
import { ToContent, parseMessage, type PageEntities } from '@/lib/messages';
import { isSiteEnabled, siteOf, type Settings } from '@/lib/settings';
import { cardLang } from '@/lib/i18n';
import { markStyleFor } from '@/lib/mark-style';
import type { CardModel, Lang } from '@/lib/card-model';
import { loadSettings, updateSettings, watchSettings } from '@/platform/settings-store';
import { PageScanner, type ScanFilter } from './page-scanner';
import { PageObserver } from './page-observer';
import { highlightsSupported } from './highlighter';
import { mentionAt } from './hit-test';
import { HoverIntent } from './hover-intent';
import { CardOverlay } from './card-overlay';
import type { PageMention } from './mention-registry';

/** How often the badge may be updated while a page is being read or keeps growing. */
const BADGE_MS = 250;
/** How long the undo notice after "Not this one?" stays. */
const UNDO_MS = 6000;

export async function runContentScript(ctx: ContentScriptContext): Promise<void> {
  if (!highlightsSupported() || !document.body) return;
  const site = siteOf(location.href);
  let settings = await loadSettings();
  let lang: Lang = cardLang(settings.language, document.documentElement.lang, navigator.language);
  const spotter = new Spotter(matchIndex);
  const cards = new Map<string, Promise<CardModel | null>>();
  let scanner: PageScanner | null = null;
  let observer: PageObserver | null = null;
  let pinned = false;
  let badgeTimer: ReturnType<typeof setTimeout> | undefined;

  const filterOf = (s: Settings): ScanFilter => ({ types: s.types, ignored: new Set(s.ignored[site] ?? []), firstOnly: s.marks === 'first' });

  let badgeShown = -1;
  const reportBadge = () => {
    if (badgeTimer !== undefined) return;
    // At most one badge message per BADGE_MS, and only when the number changed.
    badgeTimer = setTimeout(() => {
      badgeTimer = undefined;
      const count = scanner ? scanner.entityCount : 0;
      if (count === badgeShown) return;
      badgeShown = count;
      browser.runtime.sendMessage({ type: 'page-entities', count }).catch(() => void ctx.isInvalid);
    }, BADGE_MS);
  };

  const cardFor = (id: string): Promise<CardModel | null> => {
    const key = `${lang}:${id}`;
    let pending = cards.get(key);
    if (!pending) {
      pending = browser.runtime
        .sendMessage({ type: 'card', id, lang })
        .then((model) => (model as CardModel | null) ?? null)
        .catch(() => {
          void ctx.isInvalid; // the extension was reloaded or removed: this stops the script
          cards.delete(key); // the background may have been restarting: ask again next time
          return null;
        });
      cards.set(key, pending);
    }
    return pending;
  };

  // A pinned card stays when the pointer leaves it.
  const overlay = new CardOverlay(document, ctx.signal, (inside) => (inside ? intent.cardEnter() : pinned ? undefined : intent.cardLeave()));

  const propsFor = (entry: PageMention, model: CardModel | null | undefined) => ({
    lang,
    model,
    site,
    pinned,
    accepts: (event: Event) => event.isTrusted,
    onClose: () => close(true),
    onOpenRecord: (id: string) => void browser.runtime.sendMessage({ type: 'open-record', id }).catch(() => {}),
    onPin: () => {
      pinned = !pinned;
      const current = intent.current;
      if (current) overlay.update(propsFor(current, modelOf.get(current.mention.entityId)));
    },
    onIgnore: (id: string) => {
      void updateSettings((s) => ({ ignored: { ...s.ignored, [site]: [...new Set([...(s.ignored[site] ?? []), id])] } }));
      // The card gives way to a notice with an undo for a few seconds (components/Card.tsx).
      pinned = true;
      const undoTimer = setTimeout(() => close(false), UNDO_MS);
      const undo = () => {
        clearTimeout(undoTimer);
        close(false);
        void updateSettings((s) => ({ ignored: { ...s.ignored, [site]: (s.ignored[site] ?? []).filter((x) => x !== id) } }));
      };
      overlay.update({ ...propsFor(entry, model), undo: { onUndo: undo } });
    },
  });
  const modelOf = new Map<string, CardModel | null>();

  let returnFocus: HTMLElement | null = null;
  const intent = new HoverIntent<PageMention>({
    openDelay: () => settings.hoverDelayMs,
    same: (a, b) => a.key === b.key,
    onIntent: (entry) => {
      // While the reader rests on a name: fetch its card and mount the (still hidden) overlay.
      void cardFor(entry.mention.entityId);
      overlay.prepare();
    },
    onOpen: (entry) => {
      scanner?.highlights.setActive(entry.range);
      const id = entry.mention.entityId;
      overlay.show(entry.range, propsFor(entry, modelOf.get(id)));
      void cardFor(id).then((model) => {
        modelOf.set(id, model);
        if (intent.current === entry) overlay.update(propsFor(entry, model));
      });
    },
    onClose: () => {
      pinned = false;
      scanner?.highlights.setActive(null);
      overlay.hide();
    },
  });

  /** The mention after (or before) the open card's, else the first one below the top of the viewport. */
  function neighbour(mentions: PageMention[], direction: 'next' | 'previous'): PageMention | undefined {
    if (!mentions.length) return undefined;
    const current = intent.current ? mentions.findIndex((m) => m.key === intent.current!.key) : -1;
    if (current >= 0) return mentions[(current + (direction === 'next' ? 1 : mentions.length - 1)) % mentions.length];
    const firstVisible = mentions.findIndex((m) => m.range.getBoundingClientRect().bottom > 0);
    const at = firstVisible < 0 ? 0 : firstVisible;
    return direction === 'next' ? mentions[at] : mentions[(at + mentions.length - 1) % mentions.length];
  }

  /** Keyboard and popup: scroll the name into view, open its card at once and move focus into it. */
  async function openWithFocus(entry: PageMention) {
    const active = document.activeElement;
    if (!overlay.contains(active)) returnFocus = active instanceof HTMLElement ? active : null;
    entry.range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    pinned = true; // opened on purpose: the pointer leaving does not close it
    intent.openNow(entry);
    overlay.cardElement?.focus();
  }

  function close(restoreFocus: boolean) {
    intent.close();
    if (restoreFocus && returnFocus?.isConnected) returnFocus.focus();
    returnFocus = null;
  }

  // Pointer: hit-test at most once a frame.
  let frame = 0;
  let lastPointer: PointerEvent | null = null;
  // Only the reader's own input counts: a page can dispatch any event, but never a trusted one.
  const onPointerMove = (event: PointerEvent) => {
    if (!event.isTrusted) return;
    lastPointer = event;
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      if (!scanner || !lastPointer || pinned) return;
      if (overlay.contains(lastPointer.target as Node)) return;
      intent.pointerOver(mentionAt(document, scanner.registry, lastPointer.clientX, lastPointer.clientY));
    });
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.isTrusted && event.key === 'Escape' && intent.current) {
      event.stopPropagation();
      close(true);
    }
  };

  function start() {
    if (scanner) return;
    scanner = new PageScanner(spotter, document, filterOf(settings), reportBadge, ctx.signal);
    scanner.highlights.setStyle(markStyleFor(settings.style, document.documentElement));
    const s = scanner;
    observer = new PageObserver(document.body, ({ removed, added, changed }) => {
      if (removed.length) s.remove(removed);
      for (const node of added) void s.scan(node);
      if (changed.length) void s.rescan(changed);
      // The open card's name left the page: its card goes too.
      if (intent.current && !intent.current.range.startContainer.isConnected) close(false);
    });
    observer.start();
    void s.scan(document.body);
  }

  function stop() {
    close(false);
    observer?.stop();
    observer = null;
    scanner?.stop();
    scanner = null;
    reportBadge();
  }

  const whenVisible = (run: () => void) => {
    if (!document.hidden) return run();
    // Hidden tabs do no work until shown.
    const onVisible = () => {
      if (document.hidden) return;
      document.removeEventListener('visibilitychange', onVisible);
      run();
    };
    ctx.addEventListener(document, 'visibilitychange', onVisible);
  };

  ctx.addEventListener(document, 'pointermove', onPointerMove as EventListener, { passive: true, capture: true });
  ctx.addEventListener(document, 'keydown', onKeyDown as EventListener, { capture: true });
  // About to type somewhere: text there is the reader's own and is not read (nor kept marked).
  ctx.addEventListener(document, 'focusin', ((event: FocusEvent) => {
    if (event.isTrusted && event.target instanceof Element) observer?.editing(event.target);
  }) as EventListener, { capture: true });

  const unwatch = watchSettings((next) => {
    const wasEnabled = isSiteEnabled(settings, site);
    settings = next;
    const nextLang = cardLang(settings.language, document.documentElement.lang, navigator.language);
    if (nextLang !== lang) {
      lang = nextLang;
      modelOf.clear();
    }
    const enabled = isSiteEnabled(settings, site);
    if (enabled && !wasEnabled) whenVisible(start);
    else if (!enabled && wasEnabled) stop();
    else if (scanner) {
      scanner.highlights.setStyle(markStyleFor(settings.style, document.documentElement));
      scanner.setFilter(filterOf(settings));
    }
  });

  const onMessage = (raw: unknown): Promise<PageEntities> | undefined => {
    const message = parseMessage(ToContent, raw);
    if (!message) return undefined;
    if (message.type === 'get-page-entities')
      return Promise.resolve({ enabled: isSiteEnabled(settings, site), site, entities: scanner?.entities() ?? [] });
    if (message.type === 'reveal' && scanner) {
      const entry = scanner.mentions().find((m) => m.mention.entityId === message.id);
      if (entry) void openWithFocus(entry);
      return Promise.resolve({ enabled: true, site, entities: scanner.entities() });
    }
    if (message.type === 'navigate' && scanner) {
      const entry = neighbour(scanner.mentions(), message.direction);
      if (entry) void openWithFocus(entry);
      return Promise.resolve({ enabled: true, site, entities: scanner.entities() });
    }
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);

  ctx.onInvalidated(() => {
    browser.runtime.onMessage.removeListener(onMessage);
    unwatch();
    stop();
    overlay.destroy();
  });

  if (isSiteEnabled(settings, site)) whenVisible(start);
}
