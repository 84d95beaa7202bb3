// Compiles validated records into the two forms the extension ships:
// - the match index (every name, pattern-expanded) that the content script and the CLIs spot with;
// - the runtime dataset (records by id, plus the links between them) that cards and the popup read.
import type { Entity, EntityType, Event, ResponsibilityStatus, Source } from './schema';
import type { ValidDataset } from './validate';
import type { MatchIndex } from '../lib/types';
import { expandAlias } from '../lib/alias-expand';
import { compileAliases } from '../lib/matcher';
import { aliasKey } from '../lib/tokenize';
import { packAliases } from '../lib/packed-aliases';
import { deriveShortForms, typedHeadWords } from '../lib/short-forms';
import { deriveEventPhrases } from '../lib/event-phrases';
import { placeNameVariants } from '../lib/place-variants';

/** How an entity takes part in a case, derived from the events' own fields. */
export type CaseRole = 'victim' | 'perpetrator' | 'place' | 'subject' | 'part';
type VictimOutcome = NonNullable<Event['victims']>[number]['outcome'];
export interface CaseLink {
  event: string;
  role: CaseRole;
  /** The entity's own standing in the case (a perpetrator's status), which may differ from the case's outcome. */
  status?: ResponsibilityStatus;
  /** What happened to a victim. */
  outcome?: VictimOutcome;
}
export interface RuntimeDataset {
  generated: string;
  sources: Record<string, Source>;
  entities: Record<string, Entity>;
  /** For each entity, the cases it takes part in. */
  cases: Record<string, CaseLink[]>;
}

const IRAQ = 'plc:iraq';

/**
 * A name of several words that holds a two- or three-letter acronym (UN, US) also in its dotted spelling,
 * which many newsrooms use: "UN Assistance Mission for Iraq" → "U.N. Assistance Mission for Iraq".
 */
export function withDottedAcronyms(name: string): string[] {
  const words = name.split(' ');
  if (words.length < 2 || !words.some((w) => /^[A-Z]{2,3}$/.test(w))) return [name];
  return [name, words.map((w) => (/^[A-Z]{2,3}$/.test(w) ? `${w.split('').join('.')}.` : w)).join(' ')];
}

export function compileMatchIndex(dataset: ValidDataset): MatchIndex {
  const index: MatchIndex = { entities: [], aliases: [] };
  // A faction's head word with "militia" (ميليشيا العصائب) marks on its own, unless two factions share the word.
  const typed = new Map<string, number[]>();
  dataset.entities.forEach((entity, i) => {
    if (entity.type !== 'group') return;
    const t = typedHeadWords({ type: 'group', kind: entity.kind, names: entity.names, strong: { en: [], ar: [] } });
    for (const text of [...t.en, ...t.ar].flatMap(expandAlias)) typed.set(text, [...(typed.get(text) ?? []), i]);
  });
  const places = new Map(dataset.entities.filter((e) => e.type === 'place').map((e) => [e.id, e]));
  /** A place outside Iraq (Istanbul, where an activist fled) has a card but is never marked: it is not ours. */
  const inIraq = (id: string): boolean => {
    for (let at = places.get(id), guard = 0; at && guard < 12; at = at.within ? places.get(at.within) : undefined, guard++)
      if (at.id === IRAQ) return true;
    return false;
  };
  /** A place's names in both scripts, patterns expanded; with its weak names too if asked. */
  const spellingsOf = (p: Entity, weak = false) =>
    [p.names.en, p.names.ar, ...(p.aliases?.en ?? []), ...(p.aliases?.ar ?? []), ...(weak ? [...(p.weak_aliases?.en ?? []), ...(p.weak_aliases?.ar ?? [])] : [])].flatMap(
      (n) => (n ? expandAlias(n) : []),
    );
  // Each place in Iraq's own names, for the names of courts, commands and events that hold one.
  const placeSpellings = [...places.values()].filter((p) => p.kind !== 'country' && inIraq(p.id)).map((p) => spellingsOf(p));
  // One-word place names, at home and abroad: a person's name that holds one is an epithet, not a name to shorten.
  const placeNames = new Set(
    [...places.values()]
      .flatMap((p) => spellingsOf(p, true))
      .filter((n) => !/\s/.test(n.trim()))
      .map(aliasKey),
  );
  dataset.entities.forEach((entity, i) => {
    index.entities.push({
      id: entity.id,
      type: entity.type as EntityType,
      name: entity.names.en,
      ...(entity.names.ar ? { nameAr: entity.names.ar } : {}),
      // Naming a generic entity says nothing about what the page is about, nor does a place: Baghdad, Erbil or
      // Sadr City come up on any page about the region, its history or its wars.
      ...(entity.core && !entity.generic && entity.type !== 'place' ? { core: true } : {}),
    });
    const subject = entity.generic ? { subject: true } : {};
    // Countries are the backdrop of every article, not names a reader needs explained: never marked.
    if (entity.type === 'place' && (entity.kind === 'country' || !inIraq(entity.id))) return;
    const named = [entity.names.en, entity.names.ar, ...(entity.aliases?.en ?? []), ...(entity.aliases?.ar ?? [])];
    const strong = entity.type === 'place' ? named : [...named, ...placeNameVariants(named.flatMap((n) => (n ? expandAlias(n) : [])), placeSpellings)];
    const weak = [...(entity.weak_aliases?.en ?? []), ...(entity.weak_aliases?.ar ?? [])];
    const seen = new Set<string>();
    for (const pattern of strong)
      if (pattern)
        for (const text of expandAlias(pattern).flatMap(withDottedAcronyms))
          if (!seen.has(text)) {
            seen.add(text);
            index.aliases.push({ text, entity: i, ...subject });
          }
    for (const pattern of weak)
      for (const text of expandAlias(pattern).flatMap(withDottedAcronyms))
        if (!seen.has(text)) {
          seen.add(text);
          index.aliases.push({ text, entity: i, weak: true, ...subject });
        }
    // Short forms derived from the full names (lib/short-forms.ts): weak, like the hand-written ones.
    const expand = (list: Array<string | undefined>) => list.flatMap((p) => (p ? expandAlias(p) : []));
    const derived = deriveShortForms({
      type: entity.type,
      kind: 'kind' in entity ? entity.kind : undefined,
      names: entity.names,
      strong: { en: expand([entity.names.en, ...(entity.aliases?.en ?? [])]), ar: expand([entity.names.ar, ...(entity.aliases?.ar ?? [])]) },
      placeNames,
    });
    for (const [text, owners] of typed)
      if (owners.length === 1 && owners[0] === i && !seen.has(text)) {
        seen.add(text);
        index.aliases.push({ text, entity: i, derived: true, ...subject });
      }
    // Event descriptions anchored by the event's date (lib/event-phrases.ts), weak too.
    const phrases = entity.type === 'event' ? deriveEventPhrases({ kind: entity.kind, start: entity.date.start }) : { en: [], ar: [] };
    for (const text of [...derived.en, ...derived.ar, ...expand([...phrases.en, ...phrases.ar])])
      if (!seen.has(text)) {
        seen.add(text);
        index.aliases.push({ text, entity: i, weak: true, derived: true, ...subject });
      }
  });
  return index;
}

/** The match index as the content script gets it: aliases already split into words and packed, their texts left out. */
export function shippedMatchIndex(index: MatchIndex): MatchIndex {
  return { entities: index.entities, aliases: [], packed: packAliases(compileAliases(index)) };
}

function eventLinks(event: Event): Array<[string, CaseLink]> {
  const link = (role: CaseRole, own: Partial<CaseLink> = {}): CaseLink => ({ event: event.id, role, ...own });
  return [
    ...(event.victims ?? []).map((v) => [v.person, link('victim', { outcome: v.outcome })] as [string, CaseLink]),
    ...(event.perpetrators ?? []).map((p) => [p.entity, link('perpetrator', { status: p.status })] as [string, CaseLink]),
    ...(event.places ?? []).map((p) => [p.place, link('place')] as [string, CaseLink]),
    ...(event.legal ?? []).flatMap((l) => (l.subjects ?? []).map((s) => [s, link('subject')] as [string, CaseLink])),
    ...(event.part_of ?? []).map((e) => [e, link('part')] as [string, CaseLink]),
  ];
}

export function compileRuntimeDataset(dataset: ValidDataset, generated: string): RuntimeDataset {
  const entities = Object.fromEntries(dataset.entities.map((e) => [e.id, e]));
  const cases: Record<string, CaseLink[]> = {};
  for (const entity of dataset.entities) {
    if (entity.type !== 'event') continue;
    for (const [id, link] of eventLinks(entity)) {
      const list = (cases[id] ??= []);
      if (!list.some((l) => l.event === entity.id && l.role === link.role)) list.push(link);
    }
  }
  // A place's cases include those at the places within it (a café's case is also Karrada's and Baghdad's).
  const parentOf = (id: string) => {
    const e = entities[id];
    return e?.type === 'place' ? e.within : undefined;
  };
  for (const entity of dataset.entities) {
    if (entity.type !== 'place') continue;
    for (const link of cases[entity.id] ?? []) {
      for (let up = parentOf(entity.id), guard = 0; up && guard < 10; up = parentOf(up), guard++) {
        const list = (cases[up] ??= []);
        if (!list.some((l) => l.event === link.event)) list.push({ event: link.event, role: 'place' });
      }
    }
  }
  return { generated, sources: Object.fromEntries(dataset.sources.map((s) => [s.id, s])), entities, cases };
}
