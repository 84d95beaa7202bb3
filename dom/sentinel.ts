// The first stage, on every page: reads the page's text in short slices and asks the name sentinel
// (lib/name-sentinel.ts) whether it could hold a name from the dataset. When it cannot, it stops there and
// leaves nothing in the page; only text added later is read, and decided, again. When it could, the second
// stage (the engine, the marks, the card) is asked for, once, and this stage steps aside.
import { NameSentinel } from '@/lib/name-sentinel';
import type { SentinelKeys } from '@/lib/sentinel-keys';

/** Work per slice before yielding to the page: a quarter of a frame. */
export const SENTINEL_SLICE_MS = 4;

/** Text inside these elements is code or data, never names (a subset of what the engine skips). */
const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

export interface SentinelOptions {
  keys: SentinelKeys;
  /** Called once, when the page may hold a name. */
  onCandidate: () => void;
  signal: AbortSignal;
}

/** Characters read at once from one long text. */
const PIECE = 65_536;

const yieldToPage = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export class PageSentinel {
  private readonly names: NameSentinel;
  private readonly observer: MutationObserver;
  private queue: Node[] = [];
  private reading = false;
  private done = false;

  constructor(
    private readonly doc: Document,
    private readonly options: SentinelOptions,
  ) {
    this.names = new NameSentinel(options.keys);
    this.observer = new MutationObserver((records) => {
      for (const record of records) {
        if (record.type === 'characterData') this.queue.push(record.target);
        else for (const node of record.addedNodes) this.queue.push(node);
      }
      this.drain();
    });
    options.signal.addEventListener('abort', () => this.stop(), { once: true });
  }

  /** Whether the page may hold a name (the second stage was asked for). */
  get candidate(): boolean {
    return this.names.candidate;
  }

  start(): void {
    const body = this.doc.body;
    if (!body || this.done) return;
    this.observer.observe(body, { childList: true, subtree: true, characterData: true });
    this.queue.push(body);
    this.drain();
  }

  stop(): void {
    this.done = true;
    this.queue = [];
    this.observer.disconnect();
  }

  private drain(): void {
    if (this.reading || this.done) return;
    this.reading = true;
    void this.read().finally(() => {
      this.reading = false;
    });
  }

  private async read(): Promise<void> {
    let sliceStart = performance.now();
    let nodes = 0;
    // Yields once the slice is spent; the clock is read every 64 nodes or piece of a long text.
    const spent = () => (++nodes & 63) === 0 && performance.now() - sliceStart > SENTINEL_SLICE_MS;
    const pause = async () => {
      await yieldToPage();
      sliceStart = performance.now();
      return !this.done;
    };
    while (this.queue.length && !this.done) {
      const root = this.queue.shift()!;
      if (!root.isConnected) continue;
      this.names.breakWord();
      const walker = this.doc.createTreeWalker(root, 0x4 /* SHOW_TEXT */);
      for (let node = root.nodeType === 3 ? root : walker.nextNode(); node; node = root.nodeType === 3 ? null : walker.nextNode()) {
        const parent = node.parentElement;
        if (parent && NOT_TEXT.has(parent.tagName.toUpperCase())) continue;
        const text = (node as Text).data;
        // A very long text (a 20 MB node) is read in pieces, with the page's turn between them.
        for (let at = 0; at < text.length; at += PIECE) {
          if (this.names.read(at === 0 && text.length <= PIECE ? text : text.slice(at, at + PIECE))) return this.found();
          if (text.length > PIECE) nodes = 63;
          if (spent() && !(await pause())) return;
        }
      }
    }
  }

  private found(): void {
    this.stop();
    this.options.onCandidate();
  }
}
