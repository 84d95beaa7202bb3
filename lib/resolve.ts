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

/** Whether an entity, named in full, makes the page about the dataset's subject (a core, non-generic entity). */
export type IsCore = (entity: number) => boolean;

export interface WeakFound extends Placed {
  entities: number[];
  /**
   * The short form's key (the same word gives the same key): a lookalike full name with the same key nearer
   * than any full name of the entities makes the candidate someone else's.
   */
  key?: number;
  /**
   * A name of several words made weak only because it exists elsewhere too ("Tahrir Square", "Supreme
   * Judicial Council"): it also resolves, to its one entity, once the document is plainly about the dataset's
   * subject (it names CONTEXT_ENTITIES distinct entities in full).
   */
  contextual?: boolean;
}

/**
 * How many distinct entities named in full, one of them core (IsCore), make a document "about" the dataset's
 * subject enough for contextual names.
 */
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
  /** Positions of lookalike full names (someone else's name sharing a short form), by short-form key. */
  private readonly lookalikes = new Map<number, number[]>();
  /** Strong names that wait for the page to be about the subject (generic entities, names in capitals). */
  private waitingForSubject: W[] = [];
  /** The page has named a core entity in full. */
  private aboutSubject = false;

  /** Without `isCore` (an index that marks nothing as core) every page counts as about the subject. */
  constructor(private readonly isCore?: IsCore) {
    this.aboutSubject = !isCore;
  }

  /**
   * Takes one batch of candidates (in document order, after everything fed before) and returns the weak and
   * guarded candidates that resolve now, new or older, with their entity. Strong candidates are always
   * mentions. `guarded` are one-word names that mark on their own unless a lookalike full name (`blockers`,
   * someone else's name sharing the word) is nearer than the entity's own full name: then they are that
   * other person's, and dropped.
   */
  add(strongs: StrongFound[], weaks: W[], guarded: W[] = [], blockers: WeakFound[] = [], subject: W[] = []): Array<Resolved<W>> {
    const firstNamed: number[] = [];
    // Positions are appended, and the lists they went into sorted once at the end: inserting each guarded or
    // subject name in place would cost a splice each, quadratic on a long page.
    const unsorted = new Set<number[]>();
    const named = (entity: number, at: Placed) => {
      if (!this.aboutSubject && this.isCore!(entity)) this.aboutSubject = true;
      const list = this.strong.get(entity);
      const pos = positionOf(at);
      if (!list) {
        this.strong.set(entity, [pos]);
        firstNamed.push(entity);
      } else {
        if (list[list.length - 1] > pos) unsorted.add(list);
        list.push(pos);
      }
    };
    for (const s of strongs) named(s.entity, s);
    for (const b of blockers) if (b.key !== undefined) insertSorted(this.lookalikes.get(b.key) ?? this.lookalikes.set(b.key, []).get(b.key)!, positionOf(b));
    const out: Array<Resolved<W>> = [];
    // Each guarded name is decided against the full names and lookalikes of the page, then all count as named.
    const accepted: Array<Resolved<W>> = [];
    for (const g of guarded) {
      const entity = this.choose(g);
      if (entity !== BLOCKED) accepted.push({ found: g, entity: entity >= 0 ? entity : g.entities[0] });
    }
    for (const a of accepted) {
      named(a.entity, a.found);
      out.push(a);
    }
    // Generic names and names in capitals, once the page is about the subject: then they count as named.
    this.waitingForSubject.push(...subject);
    if (this.aboutSubject && this.waitingForSubject.length) {
      for (const w of this.waitingForSubject) {
        named(w.entities[0], w);
        out.push({ found: w, entity: w.entities[0] });
      }
      this.waitingForSubject = [];
    }
    for (const list of unsorted) list.sort((a, b) => a - b);
    const inContext = this.aboutSubject && this.strong.size >= CONTEXT_ENTITIES;
    // Older candidates that waited for one of the entities named for the first time just now.
    for (const e of firstNamed) {
      for (const w of this.pending.get(e) ?? []) {
        if (this.done.has(w)) continue;
        this.done.add(w);
        const entity = this.choose(w);
        if (entity >= 0) out.push({ found: w, entity });
      }
      this.pending.delete(e);
    }
    if (inContext && this.waitingForContext.length) {
      for (const w of this.waitingForContext) {
        if (this.done.has(w)) continue;
        this.done.add(w);
        const entity = this.choose(w);
        if (entity !== BLOCKED) out.push({ found: w, entity: entity >= 0 ? entity : w.entities[0] });
      }
      this.waitingForContext = [];
    }
    for (const w of weaks) {
      let entity = this.choose(w);
      if (entity === BLOCKED) {
        this.done.add(w);
        continue;
      }
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

  /**
   * The entity a weak candidate stands for: the one named nearest before it, else nearest after; -1 if none of
   * its entities is named yet; BLOCKED if a lookalike full name with the same short form is nearer.
   */
  private choose(w: WeakFound): number {
    const pos = positionOf(w);
    let before = -1, beforeAt = -Infinity;
    let after = -1, afterAt = Infinity;
    for (const e of w.entities) {
      const list = this.strong.get(e);
      if (!list) continue;
      const lo = firstAtOrAfter(list, pos);
      if (lo > 0 && list[lo - 1] > beforeAt) {
        beforeAt = list[lo - 1];
        before = e;
      }
      if (lo < list.length && list[lo] < afterAt) {
        afterAt = list[lo];
        after = e;
      }
    }
    const others = w.key === undefined ? undefined : this.lookalikes.get(w.key);
    if (others) {
      const lo = firstAtOrAfter(others, pos);
      const otherBefore = lo > 0 ? others[lo - 1] : -Infinity;
      if (otherBefore > beforeAt) return BLOCKED;
      if (before < 0 && lo < others.length && others[lo] < afterAt) return BLOCKED;
    }
    return before >= 0 ? before : after;
  }
}

/** choose(): a lookalike full name is nearer than any of the candidate's entities. */
const BLOCKED = -2;

/** Index of the first element ≥ pos in an ascending list (binary search). */
function firstAtOrAfter(list: number[], pos: number): number {
  let lo = 0, hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid] < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Adds pos to an ascending list; positions mostly arrive in order, so this is usually a push. */
function insertSorted(list: number[], pos: number): void {
  if (!list.length || list[list.length - 1] <= pos) list.push(pos);
  else list.splice(firstAtOrAfter(list, pos), 0, pos);
}
