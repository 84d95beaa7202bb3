// Spots names in the page's text and keeps the highlights in step with it: scans in short slices that
// yield to the page, rescans only what changed, and filters by the reader's settings.
import { Spotter, type SpotSession } from '@/lib/spotter';
import type { EntityType, Mention } from '@/lib/types';
import { collectChunks, iterateChunks, locate, type TextChunk } from './text-chunks';
import { Highlighter } from './highlighter';
import { MentionRegistry, type PageMention } from './mention-registry';

/** Work per slice before yielding to the page: well under one 16 ms frame, so no long task. */
export const SLICE_MS = 8;
/** Text spotted per engine call: small enough to stay well inside a slice (the engine reads tens of MB/s). */
const BATCH_CHARS = 16_000;

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
    for (const entry of removed) this.highlighter.remove(entry.mention.type, entry.range);
    if (removed.length) this.onChange();
    for (const block of blocks) this.queue.push(block);
    this.running ??= this.drain().finally(() => (this.running = null));
    return this.running;
  }

  /** Starts over (single-page navigation replaced the content). */
  reset(): void {
    this.highlighter.clear();
    this.registry.clear();
    this.session = this.spotter.session();
    this.chunks = [];
    this.queue = [];
    this.onChange();
  }

  setFilter(filter: ScanFilter): void {
    this.filter = filter;
    this.highlighter.clear();
    for (const entry of this.registry.values()) if (this.visible(entry.mention)) this.highlighter.add(entry.mention.type, entry.range);
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

  entities(): EntityCount[] {
    const counts = new Map<string, EntityCount>();
    for (const { mention } of this.registry.values()) {
      if (!this.visible(mention)) continue;
      const entry = counts.get(mention.entityId);
      if (entry) entry.count++;
      else counts.set(mention.entityId, { id: mention.entityId, name: mention.name, type: mention.type, count: 1 });
    }
    return [...counts.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  }

  stop(): void {
    this.stopped = true;
    this.queue = [];
    this.highlighter.destroy();
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
        for (let size = 0; size < BATCH_CHARS; ) {
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
        this.registry.add(mention, range);
        if (this.visible(mention)) this.highlighter.add(mention.type, range);
        changed = true;
      }
    }
    if (changed) this.onChange();
  }
}
