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

  /** Forgets every mention that touches one of these text nodes (their text changed or left the page). */
  removeNodes(nodes: Iterable<Node>): PageMention[] {
    const removed: PageMention[] = [];
    const touched = new Set<Node>();
    for (const node of nodes) {
      const list = this.byNode.get(node);
      if (!list) continue;
      this.byNode.delete(node);
      for (const entry of list) {
        if (!this.all.delete(entry.key)) continue;
        removed.push(entry);
        if (entry.range.startContainer !== node) touched.add(entry.range.startContainer);
        if (entry.range.endContainer !== node) touched.add(entry.range.endContainer);
      }
    }
    // A mention spanning two nodes is listed under both: drop it from the other one, once per node.
    for (const node of touched) {
      const list = this.byNode.get(node);
      if (list) this.byNode.set(node, list.filter((e) => this.all.has(e.key)));
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
