// Decides weak candidates against everything the document (session) has named so far. A weak candidate
// becomes a mention once one of its entities has a strong mention; with several, the entity whose strong
// mention is nearest before it wins, else the nearest after. Decisions are final: nothing is returned twice.

export interface Placed {
  chunk: number;
  start: number;
  end: number;
}

export interface StrongFound extends Placed {
  entity: number;
}

export interface WeakFound extends Placed {
  entities: number[];
  /**
   * A name of several words made weak only because it exists elsewhere too ("Tahrir Square", "Supreme
   * Judicial Council"): it also resolves, to its one entity, once the document is plainly about the dataset's
   * subject (it names CONTEXT_ENTITIES distinct entities in full).
   */
  contextual?: boolean;
}

/** How many distinct entities named in full make a document "about" the dataset's subject. */
export const CONTEXT_ENTITIES = 2;

export interface Resolved<T extends Placed> {
  found: T;
  entity: number;
}

// Chunks arrive in document order, so (chunk, start) orders the whole document.
const CHUNK = 2 ** 32;
const positionOf = (p: Placed) => p.chunk * CHUNK + p.start;

export class Resolver<W extends WeakFound = WeakFound> {
  /** Positions of each entity's strong mentions, ascending. */
  private readonly strong = new Map<number, number[]>();
  /** Weak candidates still waiting, under each of their entities. */
  private readonly pending = new Map<number, W[]>();
  private readonly done = new WeakSet<W>();
  /** Contextual candidates waiting for the document to name enough entities. */
  private waitingForContext: W[] = [];

  /**
   * Takes one batch of candidates (in document order, after everything fed before) and returns the weak
   * candidates that resolve now, new or older, with their entity. Strong candidates are always mentions.
   */
  add(strongs: StrongFound[], weaks: W[]): Array<Resolved<W>> {
    const firstNamed: number[] = [];
    for (const s of strongs) {
      const list = this.strong.get(s.entity);
      if (list) list.push(positionOf(s));
      else {
        this.strong.set(s.entity, [positionOf(s)]);
        firstNamed.push(s.entity);
      }
    }
    const out: Array<Resolved<W>> = [];
    const inContext = this.strong.size >= CONTEXT_ENTITIES;
    // Older candidates that waited for one of the entities named for the first time just now.
    for (const e of firstNamed) {
      for (const w of this.pending.get(e) ?? []) {
        if (this.done.has(w)) continue;
        this.done.add(w);
        out.push({ found: w, entity: this.choose(w) });
      }
      this.pending.delete(e);
    }
    if (inContext && this.waitingForContext.length) {
      for (const w of this.waitingForContext) {
        if (this.done.has(w)) continue;
        this.done.add(w);
        out.push({ found: w, entity: this.choose(w) >= 0 ? this.choose(w) : w.entities[0] });
      }
      this.waitingForContext = [];
    }
    for (const w of weaks) {
      let entity = this.choose(w);
      if (entity < 0 && inContext && w.contextual && w.entities.length === 1) entity = w.entities[0];
      if (entity >= 0) {
        this.done.add(w);
        out.push({ found: w, entity });
        continue;
      }
      for (const e of w.entities) {
        const list = this.pending.get(e);
        if (list) list.push(w);
        else this.pending.set(e, [w]);
      }
      if (w.contextual && w.entities.length === 1) this.waitingForContext.push(w);
    }
    return out;
  }

  /** The entity a weak candidate stands for, or -1 if none of its entities is named strongly yet. */
  private choose(w: WeakFound): number {
    const pos = positionOf(w);
    let before = -1, beforeAt = -Infinity;
    let after = -1, afterAt = Infinity;
    for (const e of w.entities) {
      const list = this.strong.get(e);
      if (!list) continue;
      // Last strong position before pos (binary search; lists are ascending).
      let lo = 0, hi = list.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (list[mid] < pos) lo = mid + 1;
        else hi = mid;
      }
      if (lo > 0 && list[lo - 1] > beforeAt) {
        beforeAt = list[lo - 1];
        before = e;
      }
      if (lo < list.length && list[lo] < afterAt) {
        afterAt = list[lo];
        after = e;
      }
    }
    return before >= 0 ? before : after;
  }
}
