// The card's interface (Preact, floating-ui, the components and their texts) is a script of its own,
// entrypoints/card-ui.ts, injected by the background the first time a card may be needed: it is about half of
// the second stage's code, and compiling it with the rest made the reader's start one long task. This stands
// in for the overlay until it arrives, and hands every call on once it has.
import type { CardProps } from '@/components/Card';

/** What the card feature asks of an overlay (dom/card-overlay.tsx). */
export interface Overlay {
  readonly isOpen: boolean;
  contains(node: Node | null): boolean;
  prepare(): void;
  show(anchor: Range, props: CardProps): void;
  update(props: CardProps): void;
  /** Moves the focus to the card itself (keyboard and popup opening). */
  focusCard(): void;
  hide(): void;
  destroy(): void;
}

export type OverlayClass = new (doc: Document, signal: AbortSignal, onPointer: (inside: boolean) => void) => Overlay;

/** Where entrypoints/card-ui.ts leaves the overlay class: the content scripts' isolated world, not the page's. */
export interface CardUiWorld {
  backstoryCardOverlay?: OverlayClass;
}

/** The message that asks the background for the card's interface (platform/background.ts). */
export const LOAD_CARD_UI = 'load-card-ui';

export class LazyCardOverlay implements Overlay {
  private inner: Overlay | null = null;
  private loading: Promise<void> | null = null;
  /** A card asked for before the interface arrived: shown when it does, unless hidden first. */
  private wanted: { anchor: Range; props: CardProps; focus: boolean } | null = null;

  constructor(
    private readonly doc: Document,
    private readonly signal: AbortSignal,
    private readonly onPointer: (inside: boolean) => void,
    /** Asks the background to inject the interface; resolves once it ran. */
    private readonly requestUi: () => Promise<unknown>,
  ) {}

  /** Loads the interface (once; a failed load is tried again next time). */
  load(): Promise<void> {
    this.loading ??= (async () => {
      const world = globalThis as CardUiWorld;
      if (!world.backstoryCardOverlay) await this.requestUi();
      const OverlayImpl = world.backstoryCardOverlay;
      if (!OverlayImpl) throw new Error('the card interface did not load');
      if (this.signal.aborted) return;
      this.inner = new OverlayImpl(this.doc, this.signal, this.onPointer);
      const wanted = this.wanted;
      this.wanted = null;
      if (wanted) {
        this.inner.show(wanted.anchor, wanted.props);
        if (wanted.focus) this.inner.focusCard();
      }
    })().catch(() => {
      this.loading = null;
    });
    return this.loading;
  }

  get isOpen(): boolean {
    return this.inner ? this.inner.isOpen : this.wanted !== null;
  }

  contains(node: Node | null): boolean {
    return this.inner?.contains(node) ?? false;
  }

  prepare(): void {
    if (this.inner) this.inner.prepare();
    else void this.load();
  }

  show(anchor: Range, props: CardProps): void {
    if (this.inner) return this.inner.show(anchor, props);
    this.wanted = { anchor, props, focus: false };
    void this.load();
  }

  update(props: CardProps): void {
    if (this.inner) this.inner.update(props);
    else if (this.wanted) this.wanted.props = props;
  }

  focusCard(): void {
    if (this.inner) this.inner.focusCard();
    else if (this.wanted) this.wanted.focus = true;
  }

  hide(): void {
    this.wanted = null;
    this.inner?.hide();
  }

  destroy(): void {
    this.wanted = null;
    this.inner?.destroy();
  }
}
