// Spots names in the page's text and keeps the highlights in step with it: scans in short slices that
// yield to the page, rescans only what changed, forgets what was removed, and filters by the reader's
// settings. Every path is linear in the size of the page.
import { Spotter, type SpotSession } from '@/lib/spotter';
import type { EntityType, Mention } from '@/lib/types';
import { nextCut } from '@/lib/split-text';
import { collectChunks, iterateChunks, locate, sliceChunk, type TextChunk } from './text-chunks';
import { Highlighter } from './highlighter';
import { MentionRegistry, type PageMention } from './mention-registry';
import { ViewportWatch } from './viewport-watch';
import { timed } from './work-clock';
import { SLICE_MS, yieldToPage } from './sliced-work';
import { FirstMentions, sectionOf } from '@/lib/first-mention';

/** Text spotted per engine call: small enough to stay well inside a slice (the engine reads tens of MB/s). */
const BATCH_CHARS = 16_000;
/**
 * Ranges registered at once before the rest wait until they come near the viewport. Chromium re-examines
 * every registered range when painting, so tens of thousands of them make each frame slow; an ordinary
 * article stays far below this and has every name registered at once.
 */
export const EAGER_RANGES = 2_000;
/** Past this many mentions in one element, only those within a few screens of the viewport are registered. */
export const DENSE_ELEMENT = 400;
/** How far around the viewport a dense element's mentions are registered, in viewport heights. */
const BAND_SCREENS = 2;

export interface ScanFilter {
  types: Record<EntityType, boolean>;
  ignored: ReadonlySet<string>;
  /** Mark only the first mention of each name per section (the repeats stay known, unmarked). */
  firstOnly?: boolean;
}

export interface EntityCount {
  id: string;
  name: string;
  type: EntityType;
  count: number;
}

/** Text nodes under a node, attached or not (a removed subtree). */
function textNodesOf(node: Node): Text[] {
  if (node.nodeType === 3) return [node as Text];
  const doc = node.ownerDocument;
  if (!doc || node.nodeType !== 1) return [];
  const out: Text[] = [];
  const walker = doc.createTreeWalker(node, 0x4 /* SHOW_TEXT */);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) out.push(t as Text);
  return out;
}

/**
 * Chunks no longer than BATCH_CHARS: a long one (a 20 MB text node) is cut into pieces, one at a time. The
 * walk's pauses (null) pass through.
 */
function* pieces(chunks: Iterable<TextChunk | null>): Generator<TextChunk | null> {
  for (const chunk of chunks) {
    if (!chunk || chunk.text.length <= BATCH_CHARS) {
      yield chunk;
      continue;
    }
    for (let start = 0; start < chunk.text.length; ) {
      const end = nextCut(chunk.text, start, BATCH_CHARS);
      yield sliceChunk(chunk, start, end);
      start = end;
    }
  }
}

export class PageScanner {
  readonly registry = new MentionRegistry();
  private readonly highlighter = new Highlighter();
  private session: SpotSession;
  /** Chunks by the number the session gave them, kept while their text is in the page (late weak names). */
  private readonly chunks = new Map<number, TextChunk>();
  private readonly chunkOfNode = new WeakMap<Text, number[]>();
  private chunkCount = 0;
  /** Where each chunk starts in the text read so far, and the repeats that "first mention only" leaves unmarked. */
  private readonly chunkAt = new Map<number, number>();
  private readChars = 0;
  private readonly firstMentions = new FirstMentions();
  private readonly repeats = new Set<number>();
  private queue: Node[] = [];
  private queueHead = 0;
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
  /** Dense elements near the viewport, with the slice of their mentions now registered. */
  private readonly bands = new Map<Element, [number, number]>();
  private bandFrame = 0;
  private readonly viewport = new ViewportWatch(
    (element) => this.showDeferred(element, true),
    (element) => this.showDeferred(element, false),
  );

  constructor(
    private readonly spotter: Spotter,
    private readonly doc: Document,
    filter: ScanFilter,
    private readonly onChange: () => void,
    signal: AbortSignal,
  ) {
    this.session = spotter.session();
    this.filter = filter;
    const view = doc.defaultView;
    view?.addEventListener('scroll', () => this.scheduleBands(), { passive: true, capture: true, signal });
    view?.addEventListener('resize', () => this.scheduleBands(), { passive: true, signal });
  }

  get highlights(): Highlighter {
    return this.highlighter;
  }

  /** Queues a subtree (or text node) for scanning; resolves when everything queued so far is done. */
  scan(root: Node): Promise<void> {
    this.queue.push(root);
    return this.kick();
  }

  /** Text of these elements changed: forget their mentions and read them again. */
  rescan(blocks: Node[]): Promise<void> {
    this.forget(blocks.flatMap((block) => collectChunks(block).flatMap((c) => c.nodes)));
    for (const block of blocks) this.queue.push(block);
    return this.kick();
  }

  /** These subtrees left the page (or became editable): their mentions go, and so do their ranges and counts. */
  remove(nodes: Node[]): void {
    this.forget(nodes.flatMap(textNodesOf));
  }

  /** Starts over (the page's content was replaced). */
  reset(): void {
    this.highlighter.clear();
    this.registry.clear();
    this.counts.clear();
    this.registered.clear();
    for (const element of this.deferred.keys()) this.viewport.unwatch(element);
    this.deferred.clear();
    this.bands.clear();
    this.session = this.spotter.session();
    this.chunks.clear();
    this.chunkCount = 0;
    this.chunkAt.clear();
    this.readChars = 0;
    this.firstMentions.clear();
    this.repeats.clear();
    this.queue = [];
    this.queueHead = 0;
    this.onChange();
  }

  setFilter(filter: ScanFilter): void {
    this.filter = filter;
    this.highlighter.clear();
    this.registered.clear();
    this.counts.clear();
    this.bands.clear();
    for (const entry of this.registry.values())
      if (this.visible(entry.mention)) {
        const element = this.deferredIn.get(entry);
        if (!element) this.register(entry);
        this.count(entry.mention, 1);
      }
    for (const element of this.deferred.keys()) if (this.viewport.isNear(element)) this.showDeferred(element, true);
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

  /** Whether this mention's range is registered with the highlighter now: marked on the page. */
  isMarked(key: number): boolean {
    return this.registered.has(key);
  }

  /** How many ranges are registered with the highlighter now. */
  get registeredRanges(): number {
    return this.registered.size;
  }

  /** The entities shown, most mentioned first (the popup). */
  entities(): EntityCount[] {
    return [...this.counts.values()]
      .map((e) => ({ ...e }))
      .sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }

  stop(): void {
    this.stopped = true;
    this.queue = [];
    this.queueHead = 0;
    cancelAnimationFrame(this.bandFrame);
    this.viewport.stop();
    this.highlighter.destroy();
  }

  private kick(): Promise<void> {
    // The drain starts in a task of its own, after every scan() of the current task has queued its root (and
    // never inside the task that set the scanner up); if more arrived while it was finishing, it starts again.
    this.running ??= yieldToPage()
      .then(() => this.drain())
      .finally(() => {
        this.running = null;
        if (this.queueHead < this.queue.length && !this.stopped) void this.kick();
      });
    return this.running;
  }

  private forget(nodes: Text[]): void {
    if (!nodes.length) return;
    for (const node of nodes) {
      for (const chunk of this.chunkOfNode.get(node) ?? []) {
        this.chunks.delete(chunk);
        this.chunkAt.delete(chunk);
      }
      this.chunkOfNode.delete(node);
    }
    const removed = this.registry.removeNodes(nodes);
    const emptied = new Set<Element>();
    for (const entry of removed) {
      this.unshow(entry);
      this.repeats.delete(entry.key);
      if (this.visible(entry.mention)) this.count(entry.mention, -1);
      const element = this.deferredIn.get(entry);
      if (element && !element.isConnected) emptied.add(element);
    }
    for (const element of emptied) {
      this.deferred.delete(element);
      this.bands.delete(element);
      this.viewport.unwatch(element);
    }
    if (removed.length) this.onChange();
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

  /** Registers a visible mention's range now, or defers it until its element is near the viewport. */
  private show(entry: PageMention): void {
    if (this.registered.size < EAGER_RANGES && !this.deferred.size) return this.register(entry);
    const element = entry.range.startContainer.parentElement;
    if (!element) return;
    this.deferredIn.set(entry, element);
    const list = this.deferred.get(element);
    if (list) list.push(entry);
    else {
      this.deferred.set(element, [entry]);
      this.viewport.watch(element);
    }
    if (!this.viewport.isNear(element)) return;
    if (list && list.length > DENSE_ELEMENT) {
      // Just became dense: the first DENSE_ELEMENT were registered one by one; the band takes over from here.
      if (!this.bands.has(element)) this.bands.set(element, [0, DENSE_ELEMENT]);
      this.scheduleBands();
    } else this.register(entry);
  }

  private register(entry: PageMention): void {
    if (this.registered.has(entry.key) || (this.filter.firstOnly && this.repeats.has(entry.key))) return;
    this.highlighter.add(entry.mention.type, entry.range);
    this.registered.add(entry.key);
  }

  private unshow(entry: PageMention): void {
    if (!this.registered.delete(entry.key)) return;
    this.highlighter.remove(entry.mention.type, entry.range);
  }

  private showDeferred(element: Element, near: boolean): void {
    const list = this.deferred.get(element) ?? [];
    if (near && list.length > DENSE_ELEMENT) {
      this.bands.set(element, [0, 0]);
      return this.scheduleBands();
    }
    if (!near) this.bands.delete(element);
    for (const entry of list) {
      if (!this.visible(entry.mention) || !this.registry.has(entry.key)) continue;
      if (near) this.register(entry);
      else this.unshow(entry);
    }
  }

  private scheduleBands(): void {
    if (this.bandFrame || !this.bands.size || this.stopped) return;
    this.bandFrame = requestAnimationFrame(() => {
      this.bandFrame = 0;
      for (const element of this.bands.keys()) this.updateBand(element);
    });
  }

  /**
   * A dense element (thousands of names in one text): only the mentions within a few screens of the viewport
   * are registered. Its mentions are in reading order, so two binary searches over their positions find them.
   */
  private updateBand(element: Element): void {
    const list = this.deferred.get(element);
    if (!list) return;
    const height = this.doc.defaultView?.innerHeight ?? 800;
    const top = -BAND_SCREENS * height;
    const bottom = (BAND_SCREENS + 1) * height;
    const firstBelow = (y: number) => {
      let lo = 0;
      let hi = list.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (list[mid].range.getBoundingClientRect().bottom < y) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    };
    const from = firstBelow(top);
    const to = Math.min(list.length, Math.max(from, firstBelow(bottom)), from + EAGER_RANGES);
    const [oldFrom, oldTo] = this.bands.get(element) ?? [0, 0];
    for (let i = oldFrom; i < oldTo; i++) if (i < from || i >= to) this.unshow(list[i]);
    for (let i = from; i < to; i++) {
      const entry = list[i];
      if (this.visible(entry.mention) && this.registry.has(entry.key)) this.register(entry);
    }
    this.bands.set(element, [from, to]);
  }

  private async drain(): Promise<void> {
    while (this.queueHead < this.queue.length && !this.stopped) {
      const root = this.queue[this.queueHead++];
      if (this.queueHead === this.queue.length) {
        this.queue = [];
        this.queueHead = 0;
      }
      if (!root.isConnected) continue;
      const chunks = pieces(iterateChunks(root));
      let sliceStart = performance.now();
      for (let done = false; !done && !this.stopped; ) {
        done = timed(() => {
          // Read chunks until about BATCH_CHARS of text, then spot them in one call.
          const batch: TextChunk[] = [];
          let end = false;
          // Walking the DOM costs too: stop a batch when the slice is spent, not only when it is full. The walk
          // pauses (null) every few hundred nodes, so the clock is read often even where text is sparse.
          for (let size = 0; size < BATCH_CHARS && performance.now() - sliceStart < SLICE_MS; ) {
            const next = chunks.next();
            if (next.done) {
              end = true;
              break;
            }
            if (!next.value) continue;
            batch.push(next.value);
            size += next.value.text.length;
          }
          if (batch.length) this.apply(this.session.add(batch.map((c) => this.keep(c))));
          return end;
        });
        // Yield once the slice is used up: the page stays responsive however long it is.
        if (!done && performance.now() - sliceStart > SLICE_MS) {
          await yieldToPage();
          if (!root.isConnected) break;
          sliceStart = performance.now();
        }
      }
    }
  }

  /** Numbers a chunk as the session will, and remembers it by its nodes so that it can be forgotten. */
  private keep(chunk: TextChunk): string {
    const number = this.chunkCount++;
    this.chunks.set(number, chunk);
    this.chunkAt.set(number, this.readChars);
    this.readChars += chunk.text.length;
    for (const node of chunk.nodes) {
      const list = this.chunkOfNode.get(node);
      if (list) list.push(number);
      else this.chunkOfNode.set(node, [number]);
    }
    return chunk.text;
  }

  private apply(found: Array<{ chunk: number; mentions: Mention[] }>): void {
    let changed = false;
    for (const { chunk, mentions } of found) {
      const source = this.chunks.get(chunk);
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
        const section = sectionOf(start.node.parentElement);
        if (!this.firstMentions.mark(mention.entityId, section, (this.chunkAt.get(chunk) ?? 0) + mention.start)) this.repeats.add(entry.key);
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
