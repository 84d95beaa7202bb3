// The full record of an entity (record.html#<id>): everything the card has, plus every fact, a timeline of its
// cases and their legal steps, the entities related to it, and all the sources. Pure, like the card model.
import type { RuntimeDataset } from '../data/compile';
import type { CaseStatus, Entity, EntityType, Event, ResponsibilityStatus } from '../data/schema';
import { buildCard, entityName, type CardCase, type CardModel, type CardReport, type Lang } from './card-model';

export interface TimelineEntry {
  date: string;
  kind: 'case' | 'legal';
  /** The case this entry belongs to. */
  caseId: string;
  caseTitle: string;
  /** A case: the entity's own standing and the case's outcome. */
  own?: CardCase['own'];
  status?: CaseStatus;
  role?: CardCase['role'];
  /** A legal step: what happened, and where. */
  action?: string;
  court?: string;
  cites: number[];
}

export interface RelatedEntity {
  id: string;
  name: string;
  type: EntityType;
  /** How it relates: a relation (rel.*), a case role (role.*), or a place's containment. */
  how: { prefix: 'rel' | 'role'; key: string; inverse?: boolean };
  status?: ResponsibilityStatus;
}

export interface RecordModel {
  card: CardModel;
  timeline: TimelineEntry[];
  related: RelatedEntity[];
  /** When the dataset was compiled (its newest record date). */
  datasetDate: string;
}

export function buildRecord(dataset: RuntimeDataset, id: string, lang: Lang): RecordModel | undefined {
  const card = buildCard(dataset, id, lang);
  const entity = dataset.entities[id];
  if (!card || !entity) return undefined;
  // Sources first cited here (legal steps of the entity's cases) join the card's numbering.
  const sources: CardReport[] = [...card.sources];
  const cite = (ids: string[]) =>
    ids
      .map((s) => dataset.sources[s])
      .filter(Boolean)
      .map((s) => {
        const at = sources.findIndex((x) => x.id === s.id);
        if (at >= 0) return at + 1;
        sources.push({ id: s.id, publisher: s.publisher, title: s.title, date: s.date, url: s.url, kind: s.kind });
        return sources.length;
      });
  const pick = (text: { en: string; ar?: string }) => (lang === 'ar' && text.ar ? text.ar : text.en);
  const nameOf = (ref: string) => (dataset.entities[ref] ? entityName(dataset.entities[ref], lang) : ref);

  const timeline: TimelineEntry[] = [];
  const legalOf = (event: Event) =>
    (event.legal ?? []).forEach((l) =>
      timeline.push({
        date: l.date,
        kind: 'legal',
        caseId: event.id,
        caseTitle: entityName(event, lang),
        action: pick(l.action),
        ...(l.court ? { court: pick(l.court) } : {}),
        cites: cite(l.src),
      }),
    );
  if (entity.type === 'event') {
    timeline.push({ date: entity.date.start, kind: 'case', caseId: entity.id, caseTitle: card.name, status: entity.status, cites: cite(entity.date.src) });
    legalOf(entity);
  }
  for (const c of card.cases) {
    const event = dataset.entities[c.id] as Event;
    timeline.push({ date: c.date, kind: 'case', caseId: c.id, caseTitle: c.title, status: c.status, role: c.role, ...(c.own ? { own: c.own } : {}), cites: cite(event.date.src) });
    legalOf(event);
  }
  // Oldest first; on the same date, the case before its legal steps.
  timeline.sort((a, b) => a.date.localeCompare(b.date) || (a.kind === b.kind ? 0 : a.kind === 'case' ? -1 : 1));

  const related: RelatedEntity[] = [];
  const seen = new Set<string>([id]);
  const add = (ref: string, how: RelatedEntity['how'], status?: ResponsibilityStatus) => {
    const other = dataset.entities[ref];
    if (!other || seen.has(ref)) return;
    seen.add(ref);
    related.push({ id: ref, name: nameOf(ref), type: other.type, how, ...(status ? { status } : {}) });
  };
  if (entity.type === 'person' || entity.type === 'group') for (const r of entity.relations ?? []) add(r.o, { prefix: 'rel', key: r.p }, r.status);
  for (const other of Object.values(dataset.entities) as Entity[]) {
    if ((other.type === 'person' || other.type === 'group') && other.relations)
      for (const r of other.relations) if (r.o === id) add(other.id, { prefix: 'rel', key: r.p, inverse: true }, r.status);
    if (other.type === 'place' && other.within === id) add(other.id, { prefix: 'rel', key: 'contains' });
  }
  if (entity.type === 'place' && entity.within) add(entity.within, { prefix: 'rel', key: 'within' });
  if (entity.type === 'event') {
    for (const v of entity.victims ?? []) add(v.person, { prefix: 'role', key: 'victim' });
    for (const p of entity.perpetrators ?? []) add(p.entity, { prefix: 'role', key: 'perpetrator' }, p.status);
    for (const p of entity.places ?? []) add(p.place, { prefix: 'role', key: 'place' });
    for (const e of entity.part_of ?? []) add(e, { prefix: 'role', key: 'part' });
  }
  for (const c of card.cases) add(c.id, { prefix: 'role', key: c.role });

  return { card: { ...card, sources }, timeline, related, datasetDate: dataset.generated };
}
