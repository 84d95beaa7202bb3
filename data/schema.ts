// The single definition of the dataset's source records. Types used by the code are derived from it.
import * as v from 'valibot';

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
/** A date as precise as the sources allow: YYYY, YYYY-MM or YYYY-MM-DD. */
export const PartialDate = v.pipe(
  v.string(),
  v.regex(DATE, 'must be YYYY, YYYY-MM or YYYY-MM-DD'),
  v.check(isCalendarDate, 'must be a real date (month 01–12, a day that month has)'),
);

function isCalendarDate(date: string): boolean {
  const [year, month, day] = date.split('-').map(Number);
  if (month === undefined) return true;
  if (month < 1 || month > 12) return false;
  if (day === undefined) return true;
  return day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const idOf = (prefix: string) =>
  v.pipe(
    v.string(),
    v.regex(new RegExp(`^${prefix}:[a-z0-9]+(-[a-z0-9]+)*$`), `must look like ${prefix}:lower-case-words`),
  );
export const SourceId = idOf('src');
export const PersonId = idOf('per');
export const GroupId = idOf('grp');
export const PlaceId = idOf('plc');
export const EventId = idOf('evt');
export const EntityId = v.pipe(
  v.string(),
  v.regex(/^(per|grp|plc|evt):[a-z0-9]+(-[a-z0-9]+)*$/, 'must be an entity id (per:, grp:, plc:, evt:)'),
);

const NonEmpty = v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'));
const Sources = v.pipe(v.array(SourceId), v.minLength(1, 'must cite at least one source'));
const Arabic = v.pipe(NonEmpty, v.regex(/[\u0600-\u06FF]/, 'must be written in Arabic script'));

/** Text a card shows: always in English and in Arabic, with the same hedging in both. */
export const Text = v.strictObject({ en: NonEmpty, ar: Arabic });

/** Why a text may state violence by a named agent without a status or an attribution (a quotation, say). */
const ReportedSpeech = v.optional(NonEmpty);

/** A sourced piece of text a card shows. */
export const SourcedText = v.strictObject({ en: NonEmpty, ar: Arabic, src: Sources, reported_speech: ReportedSpeech });

/**
 * Names that the engine matches. Strong aliases mark on their own; weak ones only in context
 * (the same document names the entity in full). An alias may use [optional words] and {a|b} choices,
 * expanded at compile time: "Iran[ian]-{backed|aligned} militias".
 * An alias written in capitals (KH, PMF) matches case-sensitively.
 */
export const NameList = v.strictObject({
  en: v.optional(v.array(NonEmpty)),
  ar: v.optional(v.array(Arabic)),
});

export const SOURCE_KINDS = ['news', 'ngo', 'un', 'court', 'gov', 'blog', 'reference', 'academic'] as const;
export const Source = v.strictObject({
  id: SourceId,
  publisher: NonEmpty,
  title: NonEmpty,
  url: v.pipe(
    v.string(),
    v.url('must be a full URL'),
    v.regex(/^https?:\/\//, 'must be http(s)'),
    // "https://trusted.org@evil.example/" reads as trusted.org but goes to evil.example.
    v.check((url) => !/^https?:\/\/[^/?#]*@/.test(url), 'must not carry a user name or password (text before @ hides the real host)'),
  ),
  date: PartialDate,
  lang: v.picklist(['en', 'ar', 'ku', 'fr', 'de', 'other']),
  kind: v.picklist(SOURCE_KINDS),
  /** Short note on what this source supports or how reliable it is (aggregator, mirror …). */
  note: v.optional(NonEmpty),
});

/**
 * How far responsibility is established. "alleged" and "us_sanctions_allegation" are never shown as findings.
 * "annulled": a verdict set aside; "acquitted": cleared by a court.
 */
export const RESPONSIBILITY = [
  'alleged',
  'us_sanctions_allegation',
  'claimed',
  'arrested',
  'charged',
  'convicted',
  'convicted_in_absentia',
  'acquitted',
  'annulled',
  'released_without_charge',
] as const;
export const Responsibility = v.picklist(RESPONSIBILITY);

/** A key fact. Claims about responsibility carry a status. */
export const Fact = v.strictObject({
  en: NonEmpty,
  ar: Arabic,
  date: v.optional(PartialDate),
  status: v.optional(Responsibility),
  /** The sources disagree; the text says how. */
  disputed: v.optional(v.boolean()),
  src: Sources,
  reported_speech: ReportedSpeech,
});

const common = {
  names: v.strictObject({ en: NonEmpty, ar: Arabic }),
  aliases: v.optional(NameList),
  weak_aliases: v.optional(NameList),
  summary: SourcedText,
  facts: v.optional(v.array(Fact)),
  /** Related reports shown in the card, most relevant first. */
  reports: v.optional(v.array(SourceId)),
  /** Core entities must have an Arabic name. */
  core: v.optional(v.boolean()),
  /**
   * A name foreign-news pages use every day (the Pentagon, the Treasury, Iraqi security forces, Amnesty), or a
   * person's name common enough to belong to many others (Ahmed Hassan, Hassan al-Banna): marked only on a page
   * about the dataset's subject (one that names a core, non-generic entity in full).
   */
  generic: v.optional(v.boolean()),
  as_of: PartialDate,
};

export const Relation = v.strictObject({
  p: v.picklist([
    'member_of',
    'leader_of',
    'founder_of',
    'part_of',
    'split_from',
    'affiliated_with',
    'works_for',
    'allied_with',
    'relative_of',
  ]),
  o: EntityId,
  role: v.optional(Text),
  from: v.optional(PartialDate),
  to: v.optional(PartialDate),
  status: v.optional(Responsibility),
  src: Sources,
});

export const Person = v.strictObject({
  id: PersonId,
  type: v.literal('person'),
  roles: v.pipe(v.array(Text), v.minLength(1)),
  born: v.optional(v.strictObject({ date: PartialDate, place: v.optional(PlaceId), src: Sources })),
  died: v.optional(v.strictObject({ date: PartialDate, place: v.optional(PlaceId), src: Sources })),
  relations: v.optional(v.array(Relation)),
  ...common,
});

export const GROUP_KINDS = [
  'armed_faction',
  'umbrella',
  'collective',
  'political',
  'movement',
  'state_body',
  'court',
  'un',
  'ngo',
  'media',
  'academic',
  'foreign_government',
] as const;
export const Group = v.strictObject({
  id: GroupId,
  type: v.literal('group'),
  kind: v.picklist(GROUP_KINDS),
  founded: v.optional(v.strictObject({ date: PartialDate, src: Sources })),
  relations: v.optional(v.array(Relation)),
  ...common,
});

export const PLACE_KINDS = [
  'country',
  'region',
  'governorate',
  'city',
  'district',
  'neighbourhood',
  'square',
  'bridge',
  'street',
  'road',
  'building',
  'cafe',
  'hospital',
  'cemetery',
  'campus',
] as const;
export const Place = v.strictObject({
  id: PlaceId,
  type: v.literal('place'),
  kind: v.picklist(PLACE_KINDS),
  /** The parent place (a square within a city, a city within a governorate). Only countries have none. */
  within: v.optional(PlaceId),
  ...common,
});

export const EVENT_KINDS = [
  'protest',
  'killing',
  'assassination',
  'attempted_assassination',
  'abduction',
  'enforced_disappearance',
  'massacre',
  'attack',
  'arrest',
  'sanctions',
  'report',
  'strike',
] as const;
export const CASE_STATUS = [
  'unresolved',
  'perpetrators_unidentified',
  'charged',
  'convicted',
  'convicted_in_absentia',
  'no_standing_conviction',
  'victim_missing',
  'released',
  'not_applicable',
] as const;
export const Event = v.strictObject({
  id: EventId,
  type: v.literal('event'),
  kind: v.picklist(EVENT_KINDS),
  date: v.strictObject({
    start: PartialDate,
    end: v.optional(PartialDate),
    src: Sources,
    /** Other dates that some sources give, each with its sources. */
    alt: v.optional(v.array(v.strictObject({ start: PartialDate, note: v.optional(Text), src: Sources }))),
  }),
  places: v.optional(
    v.array(
      v.strictObject({
        place: PlaceId,
        role: v.picklist(['scene', 'last_seen', 'found', 'held', 'origin', 'disputed_scene']),
        src: Sources,
      }),
    ),
  ),
  victims: v.optional(
    v.array(
      v.strictObject({
        person: PersonId,
        outcome: v.picklist([
          'killed',
          'injured',
          'survived',
          'abducted',
          'missing',
          'released',
          'released_injured',
          'detained',
          'threatened',
        ]),
        outcome_date: v.optional(PartialDate),
        src: Sources,
      }),
    ),
  ),
  perpetrators: v.optional(
    v.array(
      v.strictObject({
        entity: v.union([PersonId, GroupId]),
        status: Responsibility,
        /** Who says so, on what basis. */
        basis: Text,
        src: Sources,
      }),
    ),
  ),
  legal: v.optional(
    v.array(
      v.strictObject({
        date: PartialDate,
        action: Text,
        court: v.optional(Text),
        subjects: v.optional(v.array(PersonId)),
        src: Sources,
      }),
    ),
  ),
  /** Casualty figures, one entry per source and period; never merged. */
  casualties: v.optional(
    v.array(
      v.strictObject({
        killed: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
        wounded: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
        note: v.optional(Text),
        src: Sources,
      }),
    ),
  ),
  /** Other events this one belongs to (a killing within the protests). */
  part_of: v.optional(v.array(EventId)),
  status: v.picklist(CASE_STATUS),
  ...common,
});

export type Source = v.InferOutput<typeof Source>;
export type Person = v.InferOutput<typeof Person>;
export type Group = v.InferOutput<typeof Group>;
export type Place = v.InferOutput<typeof Place>;
export type Event = v.InferOutput<typeof Event>;
export type Fact = v.InferOutput<typeof Fact>;
export type Relation = v.InferOutput<typeof Relation>;
export type Entity = Person | Group | Place | Event;
export type EntityType = Entity['type'];
export type ResponsibilityStatus = (typeof RESPONSIBILITY)[number];
export type CaseStatus = (typeof CASE_STATUS)[number];

/** The folders under data/records and the schema for the records in each. */
export const RECORD_KINDS = {
  sources: Source,
  people: Person,
  groups: Group,
  places: Place,
  events: Event,
} as const;
export type RecordKind = keyof typeof RECORD_KINDS;
