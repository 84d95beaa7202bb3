// Mounts the card in a shadow root (isolated from the page's CSS) and keeps it next to the mention's range
// with floating-ui: flipped and shifted at the viewport edges, mirrored on right-to-left pages, and moved
// into the fullscreen element when there is one.
import { render } from 'preact';
import { computePosition, flip, inline, offset, shift, size, autoUpdate } from '@floating-ui/dom';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { Card, type CardProps } from '@/components/Card';

export const CARD_HOST = 'backstory-card';
const EDGE_PX = 8;

export class CardOverlay {
  private ui: ShadowRootContentScriptUi<HTMLElement> | null = null;
  private layer: HTMLElement | null = null;
  private stopAutoUpdate: (() => void) | null = null;
  private anchor: Range | null = null;
  private props: CardProps | null = null;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly onPointer: (inside: boolean) => void,
  ) {}

  get isOpen(): boolean {
    return this.anchor !== null;
  }

  get host(): HTMLElement | null {
    return this.ui?.shadowHost ?? null;
  }

  /** The element holding the card (inside the shadow root), for focus management. */
  get cardElement(): HTMLElement | null {
    return (this.layer?.querySelector('.card') as HTMLElement | null) ?? null;
  }

  contains(node: Node | null): boolean {
    return !!node && !!this.ui && (node === this.ui.shadowHost || this.ui.shadowHost.contains(node));
  }

  /** Mounts the shadow root ahead of the first card, so that opening it costs only the render. */
  async prepare(): Promise<void> {
    await this.mount();
  }

  /** Resolves when the card last shown is on screen (for moving focus into it). */
  ready: Promise<void> = Promise.resolve();

  show(anchor: Range, props: CardProps): Promise<void> {
    this.ready = this.showNow(anchor, props);
    return this.ready;
  }

  private async showNow(anchor: Range, props: CardProps): Promise<void> {
    // The card's data may arrive while the shadow root is still being mounted: keep the latest props.
    this.anchor = anchor;
    this.props = props;
    const ui = await this.mount();
    if (this.anchor !== anchor) return; // closed or moved on while mounting
    const container = document.fullscreenElement ?? document.documentElement;
    if (ui.shadowHost.parentNode !== container) container.append(ui.shadowHost);
    this.layer!.hidden = false;
    render(<Card {...this.props!} />, this.layer!);
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
    this.props = props;
    if (this.layer && !this.layer.hidden) render(<Card {...props} />, this.layer);
  }

  hide(): void {
    this.stopAutoUpdate?.();
    this.stopAutoUpdate = null;
    this.anchor = null;
    this.props = null;
    if (this.layer) {
      render(null, this.layer);
      this.layer.hidden = true;
    }
  }

  destroy(): void {
    this.hide();
    this.ui?.remove();
    this.ui = null;
  }

  private async place(reference: { getBoundingClientRect(): DOMRect; getClientRects(): DOMRectList; contextElement?: Element }) {
    if (!this.layer || !this.anchor) return;
    const rtl = getComputedStyle(this.anchor.startContainer.parentElement ?? document.documentElement).direction === 'rtl';
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

  private async mount(): Promise<ShadowRootContentScriptUi<HTMLElement>> {
    if (this.ui) return this.ui;
    this.ui = await createShadowRootUi(this.ctx, {
      name: CARD_HOST,
      position: 'inline',
      anchor: () => document.documentElement,
      append: 'last',
      mode: 'open',
      onMount: (container) => {
        const layer = document.createElement('div');
        layer.className = 'card-layer';
        layer.hidden = true;
        layer.addEventListener('pointerenter', () => this.onPointer(true));
        layer.addEventListener('pointerleave', () => this.onPointer(false));
        container.append(layer);
        this.layer = layer;
        return layer;
      },
      onRemove: (layer) => {
        if (layer) render(null, layer);
      },
    });
    this.ui.shadowHost.setAttribute('data-backstory-ui', '');
    this.ui.mount();
    return this.ui;
  }
}
