// The claims of the dataset as an auditor reads them: one sentence each, with the sources it cites, and a
// weight that favours what matters most when it is wrong (who is responsible, what a court did, a status).
import type { Entity, Event, Source } from './schema';

export type ClaimKind = 'perpetrator' | 'legal' | 'status' | 'casualties' | 'victim' | 'relation' | 'date' | 'fact' | 'summary';

export interface Claim {
  /** Where the claim lives: the entity id and the path inside it. */
  where: string;
  kind: ClaimKind;
  text: string;
  src: string[];
}

/** How much more often a claim of each kind is drawn than a plain fact. */
export const CLAIM_WEIGHT: Record<ClaimKind, number> = {
  perpetrator: 4,
  legal: 3,
  status: 3,
  casualties: 2,
  relation: 2,
  victim: 1,
  date: 1,
  fact: 1,
  summary: 1,
};

/** Every sourced claim of every entity, as plain English sentences. */
export function collectClaims(entities: Entity[]): Claim[] {
  const nameOf = new Map(entities.map((e) => [e.id, e.names.en]));
  const name = (id: string) => nameOf.get(id) ?? id;
  const claims: Claim[] = [];
  for (const e of entities) {
    const at = (path: string) => `${e.id} ${path}`;
    claims.push({ where: at('summary'), kind: 'summary', text: e.summary.en, src: e.summary.src });
    (e.facts ?? []).forEach((f, i) =>
      claims.push({ where: at(`facts[${i}]`), kind: f.status ? 'status' : 'fact', text: f.status ? `[${f.status}] ${f.en}` : f.en, src: f.src }),
    );
    if (e.type === 'person' || e.type === 'group')
      (e.relations ?? []).forEach((r, i) =>
        claims.push({
          where: at(`relations[${i}]`),
          kind: 'relation',
          text: `${e.names.en} ${r.p.replace(/_/g, ' ')} ${name(r.o)}${r.role ? ` (${r.role.en})` : ''}${r.status ? ` [${r.status}]` : ''}`,
          src: r.src,
        }),
      );
    if (e.type === 'event') claims.push(...eventClaims(e, name, at));
  }
  return claims;
}

function eventClaims(e: Event, name: (id: string) => string, at: (path: string) => string): Claim[] {
  const claims: Claim[] = [{ where: at('date'), kind: 'date', text: `${e.names.en}: ${e.date.start}${e.date.end ? ` to ${e.date.end}` : ''}`, src: e.date.src }];
  (e.perpetrators ?? []).forEach((p, i) =>
    claims.push({ where: at(`perpetrators[${i}]`), kind: 'perpetrator', text: `${name(p.entity)} [${p.status}] in ${e.names.en}: ${p.basis.en}`, src: p.src }),
  );
  (e.legal ?? []).forEach((l, i) =>
    claims.push({
      where: at(`legal[${i}]`),
      kind: 'legal',
      text: `${l.date}${l.court ? `, ${l.court.en}` : ''}: ${l.action.en}${l.subjects?.length ? ` (${l.subjects.map(name).join(', ')})` : ''}`,
      src: l.src,
    }),
  );
  (e.victims ?? []).forEach((v, i) =>
    claims.push({ where: at(`victims[${i}]`), kind: 'victim', text: `${name(v.person)}: ${v.outcome}${v.outcome_date ? ` (${v.outcome_date})` : ''} in ${e.names.en}`, src: v.src }),
  );
  (e.casualties ?? []).forEach((c, i) =>
    claims.push({
      where: at(`casualties[${i}]`),
      kind: 'casualties',
      text: `${e.names.en}: ${c.killed ?? '?'} killed, ${c.wounded ?? '?'} wounded${c.note ? ` (${c.note.en})` : ''}`,
      src: c.src,
    }),
  );
  return claims;
}

/**
 * Draws `count` distinct claims, each with a chance proportional to its weight (Efraimidis–Spirakis keys:
 * u^(1/w), the largest win), from a seeded source of uniform numbers in [0, 1), so a seed always gives the
 * same sample.
 */
export function sampleClaims(claims: Claim[], count: number, random: () => number): Claim[] {
  return claims
    .map((claim) => ({ claim, key: Math.pow(random(), 1 / CLAIM_WEIGHT[claim.kind]) }))
    .sort((a, b) => b.key - a.key)
    .slice(0, count)
    .map((x) => x.claim);
}

/** One claim and its sources as the auditor prints them. */
export function formatClaim(n: number, claim: Claim, sources: Map<string, Source>): string {
  const lines = [`${n}. [${claim.kind}] ${claim.where}`, `   ${claim.text}`];
  for (const id of claim.src) {
    const s = sources.get(id);
    lines.push(s ? `   - ${s.publisher}, "${s.title}", ${s.date}, ${s.url}` : `   - ${id} (unknown source)`);
  }
  return lines.join('\n');
}
