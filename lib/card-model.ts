// Turns a record of the runtime dataset into what a card shows. Pure: the background calls it for the
// content script, and tests call it directly.
import type { CaseLink, RuntimeDataset } from '../data/compile';
import type { CaseStatus, Entity, Event, ResponsibilityStatus, Source } from '../data/schema';

export type Lang = 'en' | 'ar';

export interface CardReport {
  id: string;
  publisher: string;
  title: string;
  date: string;
  url: string;
  kind: Source['kind'];
}
export interface CardFact {
  text: string;
  date?: string;
  status?: ResponsibilityStatus;
  disputed?: boolean;
  /** Numbers (1-based) into the card's source list. */
  cites: number[];
}
export interface CardCase {
  id: string;
  date: string;
  title: string;
  kind: Event['kind'];
  /** The case's outcome. */
  status: CaseStatus;
  role: CaseLink['role'];
  /** This entity's own standing in the case, shown before the case's outcome. */
  own?: { status: ResponsibilityStatus } | { outcome: NonNullable<CaseLink['outcome']> };
}
export interface CardPerpetrator {
  id: string;
  name: string;
  status: ResponsibilityStatus;
  basis: string;
  cites: number[];
}
export interface CardEventDetail {
  kind: Event['kind'];
  date: { start: string; end?: string; alt: Array<{ start: string; note?: string; cites: number[] }> };
  places: Array<{ id: string; name: string; role: string }>;
  victims: Array<{ id: string; name: string; outcome: string }>;
  perpetrators: CardPerpetrator[];
  casualties: Array<{ killed?: number; wounded?: number; note?: string; by: string; cites: number[] }>;
  legal: Array<{ date: string; action: string; court?: string; cites: number[] }>;
  status: CaseStatus;
}
export interface CardModel {
  id: string;
  type: Entity['type'];
  lang: Lang;
  name: string;
  /** The name in the other script, when there is one. */
  otherName?: string;
  /** A person's roles (already in the card's language), or the group, place or event kind as a label key. */
  subtitle: string[];
  summary: string;
  summaryCites: number[];
  facts: CardFact[];
  cases: CardCase[];
  event?: CardEventDetail;
  within?: { id: string; name: string };
  reports: CardReport[];
  /** Every source the card cites, numbered from 1. */
  sources: CardReport[];
  asOf: string;
}

const pick = (text: { en: string; ar?: string }, lang: Lang) => (lang === 'ar' && text.ar ? text.ar : text.en);
const pickOptional = (text: { en: string; ar?: string } | undefined, lang: Lang) => (text ? pick(text, lang) : undefined);

export function entityName(entity: Entity, lang: Lang): string {
  return lang === 'ar' && entity.names.ar ? entity.names.ar : entity.names.en;
}

function toReport(source: Source): CardReport {
  return { id: source.id, publisher: source.publisher, title: source.title, date: source.date, url: source.url, kind: source.kind };
}

export function buildCard(dataset: RuntimeDataset, id: string, lang: Lang): CardModel | undefined {
  const entity = dataset.entities[id];
  if (!entity) return undefined;
  const cited: string[] = [];
  const cite = (ids: string[]) =>
    ids
      .filter((s) => dataset.sources[s])
      .map((s) => {
        const at = cited.indexOf(s);
        if (at >= 0) return at + 1;
        cited.push(s);
        return cited.length;
      });
  const nameOf = (ref: string) => {
    const e = dataset.entities[ref];
    return e ? entityName(e, lang) : ref;
  };

  const summaryCites = cite(entity.summary.src);
  const facts: CardFact[] = (entity.facts ?? []).map((f) => ({
    text: pick(f, lang),
    ...(f.date ? { date: f.date } : {}),
    ...(f.status ? { status: f.status } : {}),
    ...(f.disputed ? { disputed: true } : {}),
    cites: cite(f.src),
  }));

  let event: CardEventDetail | undefined;
  if (entity.type === 'event') {
    event = {
      kind: entity.kind,
      date: {
        start: entity.date.start,
        ...(entity.date.end ? { end: entity.date.end } : {}),
        alt: (entity.date.alt ?? []).map((a) => ({ start: a.start, ...(a.note ? { note: pick(a.note, lang) } : {}), cites: cite(a.src) })),
      },
      places: (entity.places ?? []).map((p) => ({ id: p.place, name: nameOf(p.place), role: p.role })),
      victims: (entity.victims ?? []).map((v) => ({ id: v.person, name: nameOf(v.person), outcome: v.outcome })),
      perpetrators: (entity.perpetrators ?? []).map((p) => ({
        id: p.entity,
        name: nameOf(p.entity),
        status: p.status,
        basis: pick(p.basis, lang),
        cites: cite(p.src),
      })),
      casualties: (entity.casualties ?? []).map((c) => ({
        ...(c.killed !== undefined ? { killed: c.killed } : {}),
        ...(c.wounded !== undefined ? { wounded: c.wounded } : {}),
        ...(c.note ? { note: pickOptional(c.note, lang) } : {}),
        by: c.src.map((s) => dataset.sources[s]?.publisher ?? s).join(', '),
        cites: cite(c.src),
      })),
      legal: (entity.legal ?? []).map((l) => ({
        date: l.date,
        action: pick(l.action, lang),
        ...(l.court ? { court: pickOptional(l.court, lang) } : {}),
        cites: cite(l.src),
      })),
      status: entity.status,
    };
  }

  const cases: CardCase[] = (dataset.cases[id] ?? [])
    .filter((link) => link.event !== id)
    .map((link) => {
      const e = dataset.entities[link.event] as Event;
      const own = link.status ? { status: link.status } : link.outcome ? { outcome: link.outcome } : undefined;
      return { id: e.id, date: e.date.start, title: entityName(e, lang), kind: e.kind, status: e.status, role: link.role, ...(own ? { own } : {}) };
    })
    .sort((a, b) => b.date.localeCompare(a.date));

  const reportIds = entity.reports ?? [];
  const reports = reportIds.map((r) => dataset.sources[r]).filter(Boolean).map(toReport);
  cite(reportIds);

  const subtitle =
    entity.type === 'person' ? entity.roles.map((r) => pick(r, lang)) : entity.type === 'group' || entity.type === 'place' || entity.type === 'event' ? [entity.kind] : [];
  const otherName = lang === 'ar' ? entity.names.en : entity.names.ar;
  const within = entity.type === 'place' && entity.within ? { id: entity.within, name: nameOf(entity.within) } : undefined;

  return {
    id,
    type: entity.type,
    lang,
    name: entityName(entity, lang),
    ...(otherName && otherName !== entityName(entity, lang) ? { otherName } : {}),
    subtitle,
    summary: pick(entity.summary, lang),
    summaryCites,
    facts,
    cases,
    ...(event ? { event } : {}),
    ...(within ? { within } : {}),
    reports,
    sources: cited.map((s) => toReport(dataset.sources[s])),
    asOf: entity.as_of,
  };
}
