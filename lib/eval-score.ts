// Scores the spotter's mentions against a hand-marked gold file. Pure: the caller reads the files.
// precision = system mentions overlapping any gold span / system mentions;
// recall = core gold spans overlapped by a system mention / core gold spans.
import type { EntityType, Mention } from './types';

export type Salience = 'core' | 'coref' | 'minor';

export interface GoldMention {
  surface: string;
  /** Human-readable entity name. */
  entity: string;
  entityId?: string;
  type: EntityType;
  salience: Salience;
  count?: number;
  /** [start, end) string offsets into the article. */
  spans: Array<[number, number]>;
}

export interface GoldFile {
  article: string;
  note?: string;
  mentions: GoldMention[];
}

export interface Miss {
  start: number;
  end: number;
  text: string;
  entity: string;
  entityId?: string;
  type: EntityType;
}

export interface FalseAlarm {
  start: number;
  end: number;
  text: string;
  entityId: string;
  type: EntityType;
}

/** A system mention on a gold span whose gold entityId is another entity. */
export interface WrongEntity {
  start: number;
  end: number;
  text: string;
  entityId: string;
  goldEntityId: string;
}

export interface Counts {
  system: number;
  /** System mentions overlapping a gold span. */
  systemCorrect: number;
  core: number;
  /** Core gold spans overlapped by a system mention. */
  coreFound: number;
}

export interface Rates {
  /** 1 when there is nothing to measure (no system mentions, no core spans). */
  precision: number;
  recall: number;
  f1: number;
}

export interface DocumentScore extends Counts, Rates {
  article: string;
  misses: Miss[];
  falseAlarms: FalseAlarm[];
  wrongEntities: WrongEntity[];
}

export interface AggregateScore extends Counts, Rates {
  documents: number;
}

const overlaps = (a: number, b: number, c: number, d: number) => a < d && c < b;

function rates(c: Counts): Rates {
  const precision = c.system === 0 ? 1 : c.systemCorrect / c.system;
  const recall = c.core === 0 ? 1 : c.coreFound / c.core;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** Scores one document. Pass the article text to get the exact text of the misses (else the gold surface). */
export function scoreDocument(system: Mention[], gold: GoldFile, text?: string): DocumentScore {
  const spans = gold.mentions.flatMap((g) => g.spans.map(([start, end]) => ({ start, end, g })));
  const falseAlarms: FalseAlarm[] = [];
  const wrongEntities: WrongEntity[] = [];
  let systemCorrect = 0;
  for (const m of system) {
    const hits = spans.filter((s) => overlaps(m.start, m.end, s.start, s.end));
    if (hits.length === 0) {
      falseAlarms.push({ start: m.start, end: m.end, text: m.text, entityId: m.entityId, type: m.type });
      continue;
    }
    systemCorrect++;
    const ids = hits.map((s) => s.g.entityId).filter((id): id is string => !!id);
    if (ids.length > 0 && !ids.includes(m.entityId))
      wrongEntities.push({ start: m.start, end: m.end, text: m.text, entityId: m.entityId, goldEntityId: ids[0] });
  }
  const misses: Miss[] = [];
  let core = 0;
  let coreFound = 0;
  for (const s of spans) {
    if (s.g.salience !== 'core') continue;
    core++;
    if (system.some((m) => overlaps(m.start, m.end, s.start, s.end))) coreFound++;
    else
      misses.push({
        start: s.start,
        end: s.end,
        text: text !== undefined ? text.slice(s.start, s.end) : s.g.surface,
        entity: s.g.entity,
        ...(s.g.entityId ? { entityId: s.g.entityId } : {}),
        type: s.g.type,
      });
  }
  misses.sort((a, b) => a.start - b.start);
  const counts = { system: system.length, systemCorrect, core, coreFound };
  return { article: gold.article, ...counts, ...rates(counts), misses, falseAlarms, wrongEntities };
}

/** Micro-averages documents (sums the counts, then divides). */
export function aggregate(scores: Array<Counts>): AggregateScore {
  const counts: Counts = { system: 0, systemCorrect: 0, core: 0, coreFound: 0 };
  for (const s of scores) {
    counts.system += s.system;
    counts.systemCorrect += s.systemCorrect;
    counts.core += s.core;
    counts.coreFound += s.coreFound;
  }
  return { documents: scores.length, ...counts, ...rates(counts) };
}

/** One scored document with what the linking measures need: the system's mentions and the gold. */
export interface LinkedDocument {
  found: Mention[];
  gold: GoldFile;
}

export interface LinkScore {
  /** System mentions that overlap a gold span (the ones whose link can be judged). */
  linked: number;
  /** …of which the system entity maps to a gold entity of an overlapped span. */
  correct: number;
  /** 1 when nothing can be judged. */
  accuracy: number;
  wrong: Array<{ article: string; text: string; entityId: string; goldEntity: string }>;
}

/** The gold entity a gold mention names: its id where the gold has one, else its human-readable name. */
const goldKey = (g: GoldMention) => g.entityId ?? g.entity;

/**
 * Maps each system entity id to the gold entity it overlaps most often across all the documents (the gold of
 * a real corpus names entities, not ids). Ties go to the gold entity met first. Gold that carries ids is
 * compared by id and takes no part in the vote; an id maps to itself.
 */
export function entityMapping(docs: LinkedDocument[]): Map<string, string> {
  const votes = new Map<string, Map<string, number>>();
  for (const { found: system, gold } of docs)
    for (const m of system)
      for (const g of gold.mentions)
        if (!g.entityId && g.spans.some(([s, e]) => overlaps(m.start, m.end, s, e))) {
          const byGold = votes.get(m.entityId) ?? new Map<string, number>();
          votes.set(m.entityId, byGold);
          byGold.set(goldKey(g), (byGold.get(goldKey(g)) ?? 0) + 1);
        }
  const mapping = new Map<string, string>();
  for (const [id, byGold] of votes) {
    let best = '', bestCount = 0;
    for (const [g, n] of byGold) if (n > bestCount) [best, bestCount] = [g, n];
    mapping.set(id, best);
  }
  return mapping;
}

/**
 * Link accuracy: a system mention on a gold span is right when its entity maps (entityMapping over `all`) to the
 * gold entity of one of the spans it overlaps. A lookalike linked to its famous namesake counts as wrong.
 */
export function linkScore(docs: LinkedDocument[], mapping: Map<string, string> = entityMapping(docs)): LinkScore {
  let linked = 0, correct = 0;
  const wrong: LinkScore['wrong'] = [];
  for (const { found: system, gold } of docs)
    for (const m of system) {
      const hits = gold.mentions.filter((g) => g.spans.some(([s, e]) => overlaps(m.start, m.end, s, e)));
      if (!hits.length) continue;
      linked++;
      if (hits.some((g) => (g.entityId ? g.entityId === m.entityId : g.entity === mapping.get(m.entityId)))) correct++;
      else wrong.push({ article: gold.article, text: m.text, entityId: m.entityId, goldEntity: hits[0].entity });
    }
  return { linked, correct, accuracy: linked ? correct / linked : 1, wrong };
}

export interface Coverage {
  /** Distinct gold entities with a core span. */
  coreEntities: number;
  /** …that the system links at least once somewhere in the set (some system id maps to them). */
  held: number;
  /** …found at least once (a core span of theirs overlapped by a system mention). */
  found: number;
}

/** Entity coverage over a set of documents: how many of the gold's core entities the dataset holds and finds. */
export function coverage(docs: LinkedDocument[], mapping: Map<string, string> = entityMapping(docs)): Coverage {
  const core = new Set<string>(), found = new Set<string>();
  const mapped = new Set([...mapping.values(), ...docs.flatMap((d) => d.found.map((m) => m.entityId))]);
  for (const { found: system, gold } of docs)
    for (const g of gold.mentions) {
      if (g.salience !== 'core') continue;
      core.add(goldKey(g));
      if (g.spans.some(([s, e]) => system.some((m) => overlaps(m.start, m.end, s, e)))) found.add(goldKey(g));
    }
  return { coreEntities: core.size, held: [...core].filter((k) => mapped.has(k)).length, found: found.size };
}

export type MissCause = 'entity not in dataset' | 'event phrase' | 'short form' | 'spelling variant or other';

/**
 * Why a core span was missed, roughly: the dataset has no entity that the system ever links to it; an event
 * written as a description; a one-word form of an entity the system knows; otherwise a spelling it does not know.
 */
export function missCause(miss: Miss, mapped: Set<string>): MissCause {
  const key = miss.entityId ?? miss.entity;
  if (!mapped.has(key)) return 'entity not in dataset';
  if (miss.type === 'event') return 'event phrase';
  const words = miss.text.replace(/^(?:al|el|ال)[-\s]?/i, '').split(/[\s\-‐]+/).filter(Boolean);
  return words.length <= 1 ? 'short form' : 'spelling variant or other';
}
