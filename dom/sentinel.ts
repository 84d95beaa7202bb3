// The first stage, on every page: reads the page's text in short slices and asks the name sentinel
// (lib/name-sentinel.ts) whether it could hold a name from the dataset. When it cannot, it stops there and
// leaves nothing in the page; only text added later is read, and decided, again. When it could, the second
// stage (the engine, the marks, the card) is asked for, once, and this stage steps aside.
import { NameSentinel } from '@/lib/name-sentinel';
import type { SentinelKeys } from '@/lib/sentinel-keys';
import { timed } from './work-clock';

/** Work per slice before yielding to the page: a quarter of a frame. */
export const SENTINEL_SLICE_MS = 4;

/** Past this length, a text's parent is checked: inline scripts and style sheets are not read. */
const LONG_TEXT = 256;
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
    this.names = timed(() => new NameSentinel(options.keys));
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
    this.walker = null;
    this.observer.disconnect();
  }

  private drain(): void {
    if (this.reading || this.done) return;
    this.reading = true;
    void this.read().finally(() => {
      this.reading = false;
      // Text queued while the last slice was finishing: read it too.
      if (this.queue.length && !this.done) this.drain();
    });
  }

  private async read(): Promise<void> {
    // One slice at a time, each synchronous, with the page's turn between them.
    while (!this.done && timed(() => this.slice())) await yieldToPage();
  }

  /** Reads until the slice is spent; returns whether there is more to read. */
  private slice(): boolean {
    const sliceStart = performance.now();
    let nodes = 0;
    // The clock is read every 64 nodes or piece of a long text.
    const spent = () => (++nodes & 63) === 0 && performance.now() - sliceStart > SENTINEL_SLICE_MS;
    while (!this.done) {
      if (!this.walker) {
        const root = this.queue.shift();
        if (!root) return false;
        if (!root.isConnected) continue;
        this.names.breakWord();
        this.walker = this.doc.createTreeWalker(root, 0x4 /* SHOW_TEXT */);
        this.node = root.nodeType === 3 ? root : this.walker.nextNode();
        this.single = root.nodeType === 3;
        this.at = 0;
      }
      while (this.node) {
        let text = (this.node as Text).data;
        // Code and style sheets are long texts; a short one costs less to read than to ask about its parent.
        if (text.length > LONG_TEXT && NOT_TEXT.has(this.node.parentNode?.nodeName ?? '')) text = '';
        // A very long text (a 20 MB node) is read in pieces, with the page's turn between them.
        while (this.at < text.length) {
          const piece = this.at === 0 && text.length <= PIECE ? text : text.slice(this.at, this.at + PIECE);
          this.at += PIECE;
          if (this.names.read(piece)) {
            this.found();
            return false;
          }
          if (text.length > PIECE) nodes = 63; // a long piece: look at the clock now
          if (spent()) {
            if (this.at >= text.length) this.advance();
            return true;
          }
        }
        this.advance();
      }
      this.walker = null;
    }
    return false;
  }

  private advance(): void {
    this.node = this.single ? null : this.walker!.nextNode();
    this.at = 0;
  }

  // Where reading stopped when a slice was spent: the walk, its node, and the offset in a long text.
  private walker: TreeWalker | null = null;
  private node: Node | null = null;
  private single = false;
  private at = 0;

  private found(): void {
    this.stop();
    this.options.onCandidate();
  }
}
