// The popup's "Recent cases": events that are cases (not the protests as a whole, not reports), newest first.
import type { RuntimeDataset } from '../data/compile';
import type { CaseStatus, Event } from '../data/schema';
import { entityName, type Lang } from './card-model';

export interface CaseSummary {
  id: string;
  date: string;
  title: string;
  kind: Event['kind'];
  place?: string;
  status: CaseStatus;
  victims: string[];
}

const NOT_CASES: ReadonlySet<Event['kind']> = new Set(['protest', 'report', 'sanctions']);

export function recentCases(dataset: RuntimeDataset, lang: Lang): CaseSummary[] {
  return Object.values(dataset.entities)
    .filter((e): e is Event => e.type === 'event' && !NOT_CASES.has(e.kind))
    .map((e) => {
      const scene = (e.places ?? []).find((p) => p.role === 'scene' || p.role === 'last_seen') ?? e.places?.[0];
      const place = scene ? dataset.entities[scene.place] : undefined;
      return {
        id: e.id,
        date: e.date.start,
        title: entityName(e, lang),
        kind: e.kind,
        ...(place ? { place: entityName(place, lang) } : {}),
        status: e.status,
        victims: (e.victims ?? []).map((v) => (dataset.entities[v.person] ? entityName(dataset.entities[v.person], lang) : v.person)),
      };
    })
    .sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title));
}
