// When a card opens and closes. The reader must rest on a name for a moment before its card opens, and the
// card stays while the pointer travels from the name onto it. Timings are named with their reasons.

/** Grace before closing once the pointer has left both the name and the card: long enough to cross the
 * gap between them, short enough that the card does not linger (Wikipedia Page Previews uses ~300 ms). */
export const CLOSE_GRACE_MS = 300;

export interface HoverIntentOptions<T> {
  /** Read on each hover so that a settings change applies at once. */
  openDelay: () => number;
  closeGrace?: number;
  same: (a: T, b: T) => boolean;
  onOpen: (target: T) => void;
  onClose: () => void;
  /** Called as soon as the pointer rests on a target, before the delay (to prefetch). */
  onIntent?: (target: T) => void;
}

export class HoverIntent<T> {
  private pending: T | null = null;
  private open: T | null = null;
  private openTimer: ReturnType<typeof setTimeout> | undefined;
  private closeTimer: ReturnType<typeof setTimeout> | undefined;
  private overCard = false;

  constructor(private readonly options: HoverIntentOptions<T>) {}

  /** The pointer is now over this target (or over nothing that is a name). */
  pointerOver(target: T | null): void {
    if (target && this.open && this.options.same(target, this.open)) {
      this.cancelClose();
      this.cancelOpen();
      return;
    }
    if (target && this.pending && this.options.same(target, this.pending)) return;
    this.cancelOpen();
    if (target) {
      this.pending = target;
      this.options.onIntent?.(target);
      this.openTimer = setTimeout(() => {
        this.pending = null;
        this.cancelClose();
        this.open = target;
        this.options.onOpen(target);
      }, this.options.openDelay());
    }
    if (this.open && !this.overCard) this.scheduleClose();
  }

  cardEnter(): void {
    this.overCard = true;
    this.cancelClose();
  }

  cardLeave(): void {
    this.overCard = false;
    if (this.open) this.scheduleClose();
  }

  /** Opened by keyboard or from the popup: no delay. */
  openNow(target: T): void {
    this.cancelOpen();
    this.cancelClose();
    this.open = target;
    this.options.onOpen(target);
  }

  close(): void {
    this.cancelOpen();
    this.cancelClose();
    if (this.open) {
      this.open = null;
      this.options.onClose();
    }
  }

  /** A pinned card ignores the pointer leaving. */
  hold(): void {
    this.cancelClose();
  }

  get current(): T | null {
    return this.open;
  }

  private scheduleClose(): void {
    if (this.closeTimer !== undefined) return;
    this.closeTimer = setTimeout(() => {
      this.closeTimer = undefined;
      this.close();
    }, this.options.closeGrace ?? CLOSE_GRACE_MS);
  }

  private cancelOpen(): void {
    clearTimeout(this.openTimer);
    this.openTimer = undefined;
    this.pending = null;
  }

  private cancelClose(): void {
    clearTimeout(this.closeTimer);
    this.closeTimer = undefined;
  }
}
