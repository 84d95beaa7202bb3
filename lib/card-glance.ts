// What a hover card shows at a glance (about one screen), and the one line that says why a name matters.
// Pure: it reads a card model, so the card, the popup's rows and the tests share it.
import type { CardCase, CardFact, CardModel, CardReport, Lang } from './card-model';
import { label, t } from './i18n';
import type { ResponsibilityStatus } from '../data/schema';

export const GLANCE_FACTS = 3;
export const GLANCE_CASES = 2;

export interface Glance {
  /** The facts the data lists first (its authors order them by weight). */
  facts: CardFact[];
  /** The most recent cases. */
  cases: CardCase[];
  /** The first related report (the data lists the most relevant first). */
  report?: CardReport;
  /** What the card leaves for the full record. */
  more: { facts: number; cases: number; reports: number };
}

export function glance(model: CardModel): Glance {
  return {
    facts: model.facts.slice(0, GLANCE_FACTS),
    cases: model.cases.slice(0, GLANCE_CASES),
    ...(model.reports[0] ? { report: model.reports[0] } : {}),
    more: {
      facts: Math.max(0, model.facts.length - GLANCE_FACTS),
      cases: Math.max(0, model.cases.length - GLANCE_CASES),
      reports: Math.max(0, model.reports.length - 1),
    },
  };
}

/** Weightier standings first: a conviction says more than an allegation. */
const STATUS_ORDER: ResponsibilityStatus[] = [
  'convicted',
  'convicted_in_absentia',
  'claimed',
  'charged',
  'arrested',
  'annulled',
  'acquitted',
  'released_without_charge',
  'us_sanctions_allegation',
  'alleged',
];

const year = (date: string) => date.slice(0, 4);

/**
 * One line on why the name matters, from the cases it is part of: "Abduction, 2021: released, injured ·
 * Perpetrators unidentified" for a victim; "Alleged in 6 cases · Convicted in 1 case" for a suspect. Each
 * part states the entity's own standing, never the case's outcome as if it were theirs.
 */
export function whyLine(model: CardModel, lang: Lang): string {
  return whyParts(model, lang).join(' · ');
}

/** The parts of the line, each a run of its own (a name in the other script stays isolated). */
export function whyParts(model: CardModel, lang: Lang): string[] {
  const parts: string[] = [];
  if (model.event) {
    for (const v of model.event.victims.slice(0, 2)) parts.push(`${v.name}: ${label(lang, 'outcome', v.outcome)}`);
    parts.push(label(lang, 'case', model.event.status));
    return parts;
  }
  if (model.type === 'place') {
    const n = model.cases.length;
    return n ? [t(lang, 'why.casesHere', { n })] : [];
  }
  const victim = model.cases.find((c) => c.role === 'victim');
  if (victim) {
    const outcome = victim.own && 'outcome' in victim.own ? label(lang, 'outcome', victim.own.outcome) : label(lang, 'role', 'victim');
    parts.push(t(lang, 'why.victim', { kind: label(lang, 'kind', victim.kind), year: year(victim.date), outcome }));
    parts.push(label(lang, 'case', victim.status));
  }
  const byStatus = new Map<ResponsibilityStatus, number>();
  for (const c of model.cases)
    if (c.role === 'perpetrator' && c.own && 'status' in c.own) byStatus.set(c.own.status, (byStatus.get(c.own.status) ?? 0) + 1);
  for (const status of STATUS_ORDER) {
    const n = byStatus.get(status);
    if (n) parts.push(t(lang, 'why.status', { status: label(lang, 'status', status), cases: t(lang, 'count.inCases', { n }) }));
  }
  const inCourt = model.cases.filter((c) => c.role === 'subject').length;
  if (inCourt && !byStatus.size) parts.push(t(lang, 'why.subject', { cases: t(lang, 'count.inCases', { n: inCourt }) }));
  return parts.slice(0, 3);
}
