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
