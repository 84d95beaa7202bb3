// The mentions found on the page: their ranges, which text nodes they touch (for hit-testing) and which
// entities they name (for the badge, the popup and keyboard navigation).
import type { Mention } from '@/lib/types';

export interface PageMention {
  key: number;
  mention: Mention;
  range: Range;
}

export class MentionRegistry {
  private nextKey = 1;
  private readonly byNode = new WeakMap<Node, PageMention[]>();
  private readonly all = new Map<number, PageMention>();

  add(mention: Mention, range: Range): PageMention {
    const entry: PageMention = { key: this.nextKey++, mention, range };
    this.all.set(entry.key, entry);
    for (const node of new Set([range.startContainer, range.endContainer])) {
      const list = this.byNode.get(node);
      if (list) list.push(entry);
      else this.byNode.set(node, [entry]);
    }
    return entry;
  }

  /** Forgets every mention that touches one of these text nodes (their text changed). */
  removeNodes(nodes: Iterable<Node>): PageMention[] {
    const removed: PageMention[] = [];
    for (const node of nodes) {
      for (const entry of this.byNode.get(node) ?? []) {
        if (!this.all.delete(entry.key)) continue;
        removed.push(entry);
        for (const other of [entry.range.startContainer, entry.range.endContainer]) {
          const list = this.byNode.get(other);
          if (list) this.byNode.set(other, list.filter((e) => e.key !== entry.key));
        }
      }
    }
    return removed;
  }

  has(key: number): boolean {
    return this.all.has(key);
  }

  atNode(node: Node): PageMention[] {
    return (this.byNode.get(node) ?? []).filter((entry) => this.all.has(entry.key));
  }

  values(): IterableIterator<PageMention> {
    return this.all.values();
  }

  get size(): number {
    return this.all.size;
  }

  clear(): void {
    this.all.clear();
  }
}
