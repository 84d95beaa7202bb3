// The shapes shared by the spotting engine, the data compiler and the content script.

export type EntityType = 'person' | 'group' | 'event' | 'place';

export interface MatchEntity {
  id: string;
  type: EntityType;
  name: string;
  nameAr?: string;
  /** A core entity of the dataset's subject: naming it in full makes the page "about the subject". */
  core?: boolean;
}

export interface MatchAlias {
  /** One name, already pattern-expanded (no [ ] or { | }). */
  text: string;
  /** Index into MatchIndex.entities. */
  entity: number;
  /** Marked only where the same document also names the entity with a strong alias. */
  weak?: boolean;
  /** Derived from the entity's full names (lib/short-forms.ts), not written in the data. */
  derived?: boolean;
  /**
   * Marked only on a page about the dataset's subject: every name of a generic entity (the Pentagon), and
   * names written in capitals (AAH, PMF), which also occur as anything else in capitals.
   */
  subject?: boolean;
}

/** The aliases split into words for the matcher (lib/matcher.ts compileAliases). */
export interface CompiledAliases {
  /** Folded words. */
  vocab: string[];
  /** Per alias: entity index, flags, word count, then the word ids. */
  data: number[];
}

/** JSON-serialisable; compiled from data/ at build time. Only the aliases are matched (the compiler includes the names). */
export interface MatchIndex {
  entities: MatchEntity[];
  aliases: MatchAlias[];
  /** The aliases already compiled (the extension ships this instead of the alias texts). */
  compiled?: CompiledAliases;
  /** The same, packed into two strings (lib/packed-aliases.ts): what the extension ships. */
  packed?: { vocab: string; data: string };
}

/** A name found in a text. start/end are string indices into the original text; text === original.slice(start, end). */
export interface Mention {
  start: number;
  end: number;
  text: string;
  entityId: string;
  name: string;
  type: EntityType;
}
