// The card: when it opens (hover intent), what it shows (the model, fetched once per name and language), and
// its state — closed, open, or pinned — as one small state machine. Pinned is held until the reader unpins it,
// presses Escape or closes it: the pointer leaving the card or passing over other names does not close it.
import { browser } from 'wxt/browser';
import type { CardModel } from '@/lib/card-model';
import { updateSettings } from '@/platform/settings-store';
import { HoverIntent } from '../hover-intent';
import { LazyCardOverlay, LOAD_CARD_UI } from '../lazy-card-overlay';
import type { PageMention } from '../mention-registry';
import type { ReaderServices } from './services';

/** How long the undo notice after "Not this one?" stays. */
const UNDO_MS = 6000;

type CardState = { kind: 'closed' } | { kind: 'open'; entry: PageMention } | { kind: 'pinned'; entry: PageMention };

export class CardFeature {
  private state: CardState = { kind: 'closed' };
  private readonly overlay: LazyCardOverlay;
  private readonly intent: HoverIntent<PageMention>;
  /** Card requests by language and entity; a failed one is forgotten so that it is asked again. */
  private readonly requests = new Map<string, Promise<CardModel | null>>();
  /** Models that have arrived, by entity (for the current language). */
  private readonly models = new Map<string, CardModel | null>();
  private returnFocus: HTMLElement | null = null;

  constructor(
    private readonly services: ReaderServices,
    signal: AbortSignal,
    /** Shows which name the open card belongs to (null: none). */
    private readonly setActive: (range: Range | null) => void,
  ) {
    this.overlay = new LazyCardOverlay(document, signal, (inside) => this.pointerOnCard(inside), () =>
      browser.runtime.sendMessage({ type: LOAD_CARD_UI }).catch(() => services.checkValid()),
    );
    this.intent = new HoverIntent<PageMention>({
      openDelay: () => services.settings().hoverDelayMs,
      same: (a, b) => a.key === b.key,
      onIntent: (entry) => {
        // While the reader rests on a name: fetch its card and mount the (still hidden) overlay.
        void this.modelFor(entry.mention.entityId);
        this.overlay.prepare();
      },
      onOpen: (entry) => this.show(entry),
      onClose: () => this.hide(),
    });
    signal.addEventListener('abort', () => {
      this.close(false);
      this.overlay.destroy();
    }, { once: true });
  }

  get current(): PageMention | null {
    return this.state.kind === 'closed' ? null : this.state.entry;
  }

  get pinned(): boolean {
    return this.state.kind === 'pinned';
  }

  /** Whether a node is the card's (events from its closed shadow root come from its host). */
  contains(node: Node | null): boolean {
    return this.overlay.contains(node);
  }

  /** The pointer is over this name, or over no name. A pinned card is not moved by the pointer. */
  pointerOver(entry: PageMention | null): void {
    if (!this.pinned) this.intent.pointerOver(entry);
  }

  /** Keyboard and popup: scroll the name into view, open its card at once, pinned, with the focus in it. */
  openWithFocus(entry: PageMention): void {
    const active = document.activeElement;
    if (!this.overlay.contains(active)) this.returnFocus = active instanceof HTMLElement ? active : null;
    entry.range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    this.intent.openNow(entry);
    this.state = { kind: 'pinned', entry }; // opened on purpose: the pointer leaving does not close it
    this.render();
    this.overlay.focusCard();
  }

  close(restoreFocus: boolean): void {
    this.intent.close();
    if (restoreFocus && this.returnFocus?.isConnected) this.returnFocus.focus();
    this.returnFocus = null;
  }

  /** Escape: closes an open card; returns whether there was one. */
  escape(): boolean {
    if (this.state.kind === 'closed') return false;
    this.close(true);
    return true;
  }

  /** The open card's name left the page: the card goes too. */
  checkAnchor(): void {
    const entry = this.current;
    if (entry && !entry.range.startContainer.isConnected) this.close(false);
  }

  languageChanged(): void {
    this.models.clear();
  }

  private pointerOnCard(inside: boolean): void {
    if (inside) this.intent.cardEnter();
    else if (!this.pinned) this.intent.cardLeave();
  }

  private togglePin(): void {
    if (this.state.kind === 'closed') return;
    this.state = { kind: this.state.kind === 'pinned' ? 'open' : 'pinned', entry: this.state.entry };
    // Pinned: no close may be pending from the pointer's last move; unpinned: the next leave closes it.
    if (this.pinned) this.intent.hold();
    this.render();
  }

  private show(entry: PageMention): void {
    if (this.state.kind === 'closed' || this.state.entry !== entry) this.state = { kind: 'open', entry };
    this.setActive(entry.range);
    const id = entry.mention.entityId;
    this.overlay.show(entry.range, this.props(id));
    void this.modelFor(id).then((model) => {
      this.models.set(id, model);
      if (this.current === entry) this.render();
    });
  }

  private hide(): void {
    this.state = { kind: 'closed' };
    this.setActive(null);
    this.overlay.hide();
  }

  private render(): void {
    const entry = this.current;
    if (entry) this.overlay.update(this.props(entry.mention.entityId));
  }

  private props(id: string, undo?: { onUndo: () => void }) {
    const site = this.services.site;
    return {
      ...(undo ? { undo } : {}),
      lang: this.services.lang(),
      model: this.models.get(id),
      site,
      pinned: this.pinned,
      accepts: (event: Event) => event.isTrusted,
      onClose: () => this.close(true),
      onPin: () => this.togglePin(),
      onOpenRecord: (record: string) => void browser.runtime.sendMessage({ type: 'open-record', id: record }).catch(() => this.services.checkValid()),
      onIgnore: (ignored: string) => this.ignore(ignored),
    };
  }

  /** "Not this one?": the name stops being marked on this site, and the card gives way to a notice with an undo. */
  private ignore(id: string): void {
    const site = this.services.site;
    const entry = this.current;
    void updateSettings((s) => ({ ignored: { ...s.ignored, [site]: [...new Set([...(s.ignored[site] ?? []), id])] } }));
    if (!entry) return;
    this.state = { kind: 'pinned', entry }; // the notice stays while the pointer moves away
    this.intent.hold();
    const timer = setTimeout(() => {
      if (this.current === entry) this.close(false);
    }, UNDO_MS);
    const onUndo = () => {
      clearTimeout(timer);
      this.close(false);
      void updateSettings((s) => ({ ignored: { ...s.ignored, [site]: (s.ignored[site] ?? []).filter((x) => x !== id) } }));
    };
    this.overlay.update(this.props(entry.mention.entityId, { onUndo }));
  }

  private modelFor(id: string): Promise<CardModel | null> {
    const lang = this.services.lang();
    const key = `${lang}:${id}`;
    let pending = this.requests.get(key);
    if (!pending) {
      pending = browser.runtime
        .sendMessage({ type: 'card', id, lang })
        .then((model) => (model as CardModel | null) ?? null)
        .catch(() => {
          this.services.checkValid(); // the extension was reloaded or removed: this stops the reader
          this.requests.delete(key); // the background may have been restarting: ask again next time
          return null;
        });
      this.requests.set(key, pending);
    }
    return pending;
  }
}
