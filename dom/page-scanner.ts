// Spots names in the page's text and keeps the highlights in step with it: scans in short slices that
// yield to the page, rescans only what changed, and filters by the reader's settings.
import { Spotter, type SpotSession } from '@/lib/spotter';
import type { EntityType, Mention } from '@/lib/types';
import { collectChunks, iterateChunks, locate, type TextChunk } from './text-chunks';
import { Highlighter } from './highlighter';
import { MentionRegistry, type PageMention } from './mention-registry';
import { ViewportWatch } from './viewport-watch';

/** Work per slice before yielding to the page: well under one 16 ms frame, so no long task. */
export const SLICE_MS = 8;
/** Text spotted per engine call: small enough to stay well inside a slice (the engine reads tens of MB/s). */
const BATCH_CHARS = 16_000;
/**
 * Ranges registered at once before the rest wait until they come near the viewport. Chromium re-examines
 * every registered range when painting, so tens of thousands of them make each frame slow; an ordinary
 * article stays far below this and has every name registered at once.
 */
export const EAGER_RANGES = 2_000;

export interface ScanFilter {
  types: Record<EntityType, boolean>;
  ignored: ReadonlySet<string>;
}

export interface EntityCount {
  id: string;
  name: string;
  type: EntityType;
  count: number;
}

const yieldToPage = (): Promise<void> => {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
};

export class PageScanner {
  readonly registry = new MentionRegistry();
  private readonly highlighter: Highlighter;
  private session: SpotSession;
  private chunks: TextChunk[] = [];
  private queue: Node[] = [];
  private running: Promise<void> | null = null;
  private filter: ScanFilter;
  private stopped = false;
  /** Visible mentions per entity, kept up to date as mentions come and go (the badge reads it often). */
  private readonly counts = new Map<string, EntityCount>();
  /** Keys of the mentions whose ranges are registered with the highlighter. */
  private readonly registered = new Set<number>();
  /** Past EAGER_RANGES: mentions waiting, by the element they sit in, until it is near the viewport. */
  private readonly deferred = new Map<Element, PageMention[]>();
  private readonly deferredIn = new WeakMap<PageMention, Element>();
  private readonly viewport = new ViewportWatch(
    (element) => this.showDeferred(element, true),
    (element) => this.showDeferred(element, false),
  );

  constructor(
    private readonly spotter: Spotter,
    private readonly doc: Document,
    filter: ScanFilter,
    private readonly onChange: () => void,
  ) {
    this.highlighter = new Highlighter(doc);
    this.session = spotter.session();
    this.filter = filter;
  }

  get highlights(): Highlighter {
    return this.highlighter;
  }

  /** Queues a subtree (or text node) for scanning; returns when everything queued so far is done. */
  scan(root: Node): Promise<void> {
    this.queue.push(root);
    this.running ??= this.drain().finally(() => (this.running = null));
    return this.running;
  }

  /** Text of these nodes changed: forget their mentions and read their blocks again. */
  rescan(blocks: Node[]): Promise<void> {
    const nodes = blocks.flatMap((block) => collectChunks(block).flatMap((c) => c.nodes));
    const removed = this.registry.removeNodes(nodes);
    for (const entry of removed) {
      this.unshow(entry);
      if (this.visible(entry.mention)) this.count(entry.mention, -1);
    }
    if (removed.length) this.onChange();
    for (const block of blocks) this.queue.push(block);
    this.running ??= this.drain().finally(() => (this.running = null));
    return this.running;
  }

  /** Starts over (single-page navigation replaced the content). */
  reset(): void {
    this.highlighter.clear();
    this.registry.clear();
    this.counts.clear();
    this.registered.clear();
    this.deferred.clear();
    this.session = this.spotter.session();
    this.chunks = [];
    this.queue = [];
    this.onChange();
  }

  setFilter(filter: ScanFilter): void {
    this.filter = filter;
    this.highlighter.clear();
    this.registered.clear();
    this.counts.clear();
    for (const entry of this.registry.values())
      if (this.visible(entry.mention)) {
        const element = this.deferredIn.get(entry);
        if (!element || this.viewport.isNear(element)) this.register(entry);
        this.count(entry.mention, 1);
      }
    this.onChange();
  }

  visible(mention: Mention): boolean {
    return this.filter.types[mention.type] && !this.filter.ignored.has(mention.entityId);
  }

  /** Visible mentions in document order. */
  mentions(): PageMention[] {
    const list = [...this.registry.values()].filter((e) => this.visible(e.mention) && e.range.startContainer.isConnected);
    return list.sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
  }

  /** How many distinct entities the page shows (the badge). */
  get entityCount(): number {
    return this.counts.size;
  }

  /** The entities shown, most mentioned first (the popup). */
  entities(): EntityCount[] {
    return [...this.counts.values()]
      .map((e) => ({ ...e }))
      .sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }

  private count(mention: Mention, delta: 1 | -1): void {
    const entry = this.counts.get(mention.entityId);
    if (!entry) {
      if (delta > 0) this.counts.set(mention.entityId, { id: mention.entityId, name: mention.name, type: mention.type, count: 1 });
      return;
    }
    entry.count += delta;
    if (entry.count <= 0) this.counts.delete(mention.entityId);
  }

  stop(): void {
    this.stopped = true;
    this.queue = [];
    this.viewport.stop();
    this.highlighter.destroy();
  }

  /** Registers a visible mention's range now, or defers it until its element is near the viewport. */
  private show(entry: PageMention): void {
    if (this.registered.size < EAGER_RANGES && !this.deferred.size) return this.register(entry);
    const element = entry.range.startContainer.parentElement;
    if (!element) return;
    this.deferredIn.set(entry, element);
    if (this.viewport.isNear(element)) return this.register(entry);
    const list = this.deferred.get(element);
    if (list) list.push(entry);
    else {
      this.deferred.set(element, [entry]);
      this.viewport.watch(element);
    }
  }

  private register(entry: PageMention): void {
    if (this.registered.has(entry.key)) return;
    this.highlighter.add(entry.mention.type, entry.range);
    this.registered.add(entry.key);
  }

  private unshow(entry: PageMention): void {
    if (!this.registered.delete(entry.key)) return;
    this.highlighter.remove(entry.mention.type, entry.range);
  }

  private showDeferred(element: Element, near: boolean): void {
    for (const entry of this.deferred.get(element) ?? []) {
      if (!this.visible(entry.mention) || !this.registry.has(entry.key)) continue;
      if (near) this.register(entry);
      else this.unshow(entry);
    }
  }

  private async drain(): Promise<void> {
    while (this.queue.length && !this.stopped) {
      const root = this.queue.shift()!;
      if (!root.isConnected) continue;
      const chunks = iterateChunks(root);
      let sliceStart = performance.now();
      for (let done = false; !done && !this.stopped; ) {
        // Read chunks until about BATCH_CHARS of text, then spot them in one call.
        const batch: TextChunk[] = [];
        // Walking the DOM costs too: stop a batch when the slice is spent, not only when it is full.
        for (let size = 0; size < BATCH_CHARS && (batch.length & 63 || performance.now() - sliceStart < SLICE_MS); ) {
          const next = chunks.next();
          if (next.done) {
            done = true;
            break;
          }
          batch.push(next.value);
          size += next.value.text.length;
        }
        if (batch.length) {
          this.chunks.push(...batch);
          this.apply(this.session.add(batch.map((c) => c.text)));
        }
        // Yield once the slice is used up: the page stays responsive however long it is.
        if (!done && performance.now() - sliceStart > SLICE_MS) {
          await yieldToPage();
          if (!root.isConnected) break;
          sliceStart = performance.now();
        }
      }
    }
  }

  private apply(found: Array<{ chunk: number; mentions: Mention[] }>): void {
    let changed = false;
    for (const { chunk, mentions } of found) {
      const source = this.chunks[chunk];
      if (!source) continue;
      for (const mention of mentions) {
        const start = locate(source, mention.start);
        const end = locate(source, mention.end, true);
        if (!start.node.isConnected || !end.node.isConnected) continue;
        const range = this.doc.createRange();
        try {
          range.setStart(start.node, start.offset);
          range.setEnd(end.node, end.offset);
        } catch {
          continue; // the text changed since it was read; the observer will bring it back
        }
        const entry = this.registry.add(mention, range);
        if (this.visible(mention)) {
          this.show(entry);
          this.count(mention, 1);
        }
        changed = true;
      }
    }
    if (changed) this.onChange();
  }
}
