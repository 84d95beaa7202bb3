// Shows the card beside the mention's range, in a closed shadow root (dom/card-host.ts), with floating-ui:
// flipped and shifted at the viewport edges, mirrored on right-to-left pages, and moved into the fullscreen
// element when there is one. The host joins the page when a card opens and leaves it when the card closes.
import { render } from 'preact';
import { computePosition, flip, inline, offset, shift, size, autoUpdate } from '@floating-ui/dom';
import { Card, type CardProps } from '@/components/Card';
import { createCardHost, type CardHost } from './card-host';
import type { Overlay } from './lazy-card-overlay';

const EDGE_PX = 8;

export class CardOverlay implements Overlay {
  private parts: CardHost | null = null;
  private layer: HTMLElement | null = null;
  private stopAutoUpdate: (() => void) | null = null;
  private anchor: Range | null = null;
  private readonly listeners: AbortSignal;

  constructor(
    private readonly doc: Document,
    signal: AbortSignal,
    private readonly onPointer: (inside: boolean) => void,
  ) {
    this.listeners = signal;
  }

  get isOpen(): boolean {
    return this.anchor !== null;
  }

  /** The element holding the card (inside the shadow root), for focus management. */
  get cardElement(): HTMLElement | null {
    return (this.layer?.querySelector('.card') as HTMLElement | null) ?? null;
  }

  /** Whether a node is the card's host (events from inside a closed shadow root are retargeted to it). */
  contains(node: Node | null): boolean {
    return !!node && !!this.parts && (node === this.parts.host || this.parts.host.contains(node));
  }

  focusCard(): void {
    this.cardElement?.focus();
  }

  /** Builds the host ahead of the first card (still outside the page), so opening costs only the render. */
  prepare(): void {
    this.build();
  }

  show(anchor: Range, props: CardProps): void {
    this.anchor = anchor;
    const { host } = this.build();
    this.attach(host);
    this.layer!.hidden = false;
    render(<Card {...props} />, this.layer!);
    this.stopAutoUpdate?.();
    const reference = {
      getBoundingClientRect: () => anchor.getBoundingClientRect(),
      getClientRects: () => anchor.getClientRects(),
      contextElement: anchor.startContainer.parentElement ?? undefined,
    };
    this.stopAutoUpdate = autoUpdate(reference, this.layer!, () => void this.place(reference));
  }

  update(props: CardProps): void {
    if (!this.anchor) return;
    if (this.layer && !this.layer.hidden) {
      // The page may have removed our host (or a fullscreen change moved the document): put it back.
      this.attach(this.parts!.host);
      render(<Card {...props} />, this.layer);
    }
  }

  hide(): void {
    this.stopAutoUpdate?.();
    this.stopAutoUpdate = null;
    this.anchor = null;
    if (this.layer) {
      render(null, this.layer);
      this.layer.hidden = true;
    }
    this.parts?.host.remove();
  }

  destroy(): void {
    this.hide();
    this.parts = null;
    this.layer = null;
  }

  private attach(host: HTMLElement): void {
    const container = this.doc.fullscreenElement ?? this.doc.documentElement;
    if (host.parentNode !== container || host !== container.lastElementChild) container.append(host);
  }

  private async place(reference: { getBoundingClientRect(): DOMRect; getClientRects(): DOMRectList; contextElement?: Element }) {
    if (!this.layer || !this.anchor) return;
    const rtl = getComputedStyle(this.anchor.startContainer.parentElement ?? this.doc.documentElement).direction === 'rtl';
    const { x, y } = await computePosition(reference, this.layer, {
      strategy: 'fixed',
      placement: rtl ? 'bottom-end' : 'bottom-start',
      middleware: [
        inline(),
        offset(6),
        flip({ padding: EDGE_PX }),
        shift({ padding: EDGE_PX }),
        size({
          padding: EDGE_PX,
          apply: ({ availableHeight }) => {
            this.layer!.style.setProperty('--available-height', `${Math.max(160, availableHeight)}px`);
          },
        }),
      ],
    });
    this.layer.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
  }

  private build(): CardHost {
    if (this.parts) return this.parts;
    const parts = createCardHost(this.doc);
    const layer = this.doc.createElement('div');
    layer.className = 'card-layer';
    layer.hidden = true;
    const signal = this.listeners;
    layer.addEventListener('pointerenter', (e) => e.isTrusted && this.onPointer(true), { signal });
    layer.addEventListener('pointerleave', (e) => e.isTrusted && this.onPointer(false), { signal });
    parts.container.append(layer);
    this.layer = layer;
    this.parts = parts;
    return parts;
  }
}
