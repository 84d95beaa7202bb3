// The engine's entry point: finds the names of a MatchIndex in a text (spot) or in a page that arrives in
// chunks (session). Matching is matcher.ts; deciding weak names against the document is resolve.ts.
import type { MatchIndex, MatchEntity, Mention } from './types';
import { Matcher, type Candidate } from './matcher';
import { Resolver, type StrongFound, type WeakFound } from './resolve';

export interface SpotSession {
  /**
   * Spots new chunks (numbered 0, 1, 2 … in order of arrival across calls). Returns the new mentions by chunk,
   * including mentions in earlier chunks that only now resolve; only chunks with new mentions are listed,
   * in chunk order, each with its mentions in text order. A mention is never returned twice.
   */
  add(chunks: string[]): Array<{ chunk: number; mentions: Mention[] }>;
}

interface Weak extends WeakFound {
  text: string;
}

class Session implements SpotSession {
  private next = 0;
  private readonly resolver: Resolver<Weak>;

  constructor(
    private readonly matcher: Matcher,
    private readonly entities: MatchEntity[],
  ) {
    // An index that marks no entity as core (tests, hand-made indexes) has no notion of the subject.
    this.resolver = new Resolver<Weak>(entities.some((e) => e.core) ? (e) => entities[e]?.core === true : undefined);
  }

  add(chunks: string[]): Array<{ chunk: number; mentions: Mention[] }> {
    const byChunk = new Map<number, Mention[]>();
    const emit = (chunk: number, start: number, end: number, text: string, entity: number) => {
      const e = this.entities[entity];
      const list = byChunk.get(chunk) ?? [];
      if (list.length === 0) byChunk.set(chunk, list);
      list.push({ start, end, text, entityId: e.id, name: e.name, type: e.type });
    };
    const strongs: StrongFound[] = [];
    const weaks: Weak[] = [];
    const guarded: Weak[] = [];
    const blockers: WeakFound[] = [];
    const subject: Weak[] = [];
    for (const text of chunks) {
      const chunk = this.next++;
      const candidates = this.matcher.scan(text);
      const datelines = datelineRanges(text, candidates, this.entities);
      // Candidates and datelines both come in text order: one pointer over the datelines keeps this linear.
      let d = 0;
      for (const c of candidates) {
        while (d < datelines.length && datelines[d][1] <= c.start) d++;
        if (d < datelines.length && c.start >= datelines[d][0] && c.end <= datelines[d][1]) continue;
        if (this.entities[c.entity]?.type === 'place' && namesAVenue(text, c.start)) continue;
        if (c.blocker) blockers.push({ chunk, start: c.start, end: c.end, entities: c.weak!, key: c.key });
        else if (c.subject) subject.push({ chunk, start: c.start, end: c.end, entities: [c.entity], key: c.key, text: text.slice(c.start, c.end) });
        else if (c.guarded)
          guarded.push({ chunk, start: c.start, end: c.end, entities: [c.entity], key: c.key, text: text.slice(c.start, c.end) });
        else if (c.weak)
          weaks.push({
            chunk, start: c.start, end: c.end, entities: c.weak, key: c.key, text: text.slice(c.start, c.end),
            // A name of several words, or a place's one-word name (Sinak, Khilani), is plain enough on a page
            // about the subject.
            contextual: c.words > 1 || (c.weak.length === 1 && this.entities[c.weak[0]]?.type === 'place'),
          });
        else {
          strongs.push({ chunk, start: c.start, end: c.end, entity: c.entity });
          emit(chunk, c.start, c.end, text.slice(c.start, c.end), c.entity);
        }
      }
    }
    for (const { found, entity } of this.resolver.add(strongs, weaks, guarded, blockers, subject))
      emit(found.chunk, found.start, found.end, found.text, entity);
    return [...byChunk.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([chunk, mentions]) => ({ chunk, mentions: mentions.sort((a, b) => a.start - b.start) }));
  }
}

// Sticky: tried only at the line starts that can open a dateline (see datelineRanges).
const DATELINE = /^[ \t]*[^\s.!?؟][^.!?؟\n]{1,58}?[ \t][-–—][ \t]/my;

/** Whether `c` ends a line for the multiline `^` of DATELINE. */
const endsLine = (c: number) => c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029;

/**
 * Datelines ("BAGHDAD (Reuters) – ", "NASIRIYAH, Iraq — ", "بغداد - "): where a story was filed from, not a name
 * in it. A dateline starts a line with a place and runs, without sentence punctuation, to a spaced dash.
 */
export function datelineRanges(text: string, candidates: Candidate[], entities: MatchEntity[]): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  // A dateline never spans a \n, so each \n-line can be scanned on its own: only those where a place
  // candidate starts a line are, as one global multiline scan would (running the RegExp over every line of
  // a long page cost more than the rest of the spotting after the matcher).
  let done = 0; // text before this index is scanned
  let next = 0; // the first candidate at or after the line start being tried
  for (const c of candidates) {
    if (c.start < done || entities[c.entity]?.type !== 'place') continue;
    let p = c.start;
    while (p > 0 && (text.charCodeAt(p - 1) === 0x20 || text.charCodeAt(p - 1) === 0x09)) p--;
    if (p > 0 && !endsLine(text.charCodeAt(p - 1))) continue;
    let end = text.indexOf('\n', c.start);
    if (end < 0) end = text.length;
    // Every position of the \n-line where `^` holds, left to right, past each match.
    for (let at = text.lastIndexOf('\n', p - 1) + 1; at <= end; ) {
      DATELINE.lastIndex = at;
      const m = DATELINE.exec(text);
      if (m) {
        const lineStart = m.index + (m[0].length - m[0].trimStart().length);
        while (next < candidates.length && candidates[next].start < lineStart) next++;
        const first = candidates[next];
        if (first && first.start === lineStart && entities[first.entity]?.type === 'place') ranges.push([m.index, m.index + m[0].length]);
        at = m.index + m[0].length;
      }
      while (at < end && !endsLine(text.charCodeAt(at))) at++;
      at++;
    }
    done = end + 1;
  }
  return ranges;
}

/** A street, road or venue named after a place (شارع كربلاء, طريق بغداد): the name is not the place. */
const VENUE_BEFORE = /(?:^|\s)(?:شارع|طريق|مطعم|فندق|مخبز)\s+$/;
function namesAVenue(text: string, start: number): boolean {
  return VENUE_BEFORE.test(text.slice(Math.max(0, start - 8), start));
}

export class Spotter {
  private readonly matcher: Matcher;

  /** With `deferBuild`, only for building(): the matcher's tables are not built yet. */
  constructor(
    private readonly index: MatchIndex,
    deferBuild = false,
  ) {
    this.matcher = new Matcher(index, deferBuild);
  }

  /**
   * A Spotter built in steps: the generator yields between pieces of work of a fraction of a millisecond and
   * returns the Spotter, ready, at its end. A page's reader runs it across short tasks (dom/sliced-work.ts).
   */
  static *building(index: MatchIndex): Generator<void, Spotter> {
    const spotter = new Spotter(index, true);
    yield* spotter.matcher.build();
    return spotter;
  }

  /** The mentions in one whole document: the same as one session fed the text as one chunk. */
  spot(text: string): Mention[] {
    return this.session().add([text])[0]?.mentions ?? [];
  }

  session(): SpotSession {
    return new Session(this.matcher, this.index.entities);
  }
}
