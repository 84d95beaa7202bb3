// The reader's settings: their shape, defaults, and how a stored value is read back. A corrupt field falls
// back to its default without losing the others, and every problem is reported with its path.
import * as v from 'valibot';

export const SETTINGS_VERSION = 1;

/** Hover intent: long enough that a pointer passing over a name does not open a card (Wikipedia Page
 * Previews uses about 150 ms), short enough to feel immediate. */
export const DEFAULT_HOVER_DELAY_MS = 150;

/** Caps that keep a corrupt or hostile stored value from freezing a page (200,000 sites took 21 s to draw). */
export const MAX_SITES = 1_000;
export const MAX_IGNORED_PER_SITE = 500;
const MAX_PROBLEMS = 100;

const Site = v.pipe(v.string(), v.nonEmpty(), v.maxLength(253), v.regex(/^[a-z0-9.-]+$|^\[[0-9a-f:.]+\]$/i, 'must be a host name'));
const EntityRef = v.pipe(v.string(), v.regex(/^(per|grp|plc|evt):[a-z0-9-]+$/, 'must be an entity id'));
const TYPES = ['person', 'group', 'event', 'place'] as const;
export const SettingsFields = {
  disabledSites: v.pipe(v.array(Site), v.maxLength(MAX_SITES, `at most ${MAX_SITES} sites`)),
  /** Per site, entity ids the reader said are "not this person". */
  ignored: v.pipe(
    v.record(Site, v.pipe(v.array(EntityRef), v.maxLength(MAX_IGNORED_PER_SITE, `at most ${MAX_IGNORED_PER_SITE} names per site`))),
    v.check((r) => Object.keys(r).length <= MAX_SITES, `at most ${MAX_SITES} sites`),
  ),
  types: v.strictObject({ person: v.boolean(), group: v.boolean(), event: v.boolean(), place: v.boolean() }),
  style: v.picklist(['underline', 'background', 'off']),
  hoverDelayMs: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(2000)),
  language: v.picklist(['auto', 'en', 'ar']),
  /** Which mentions are marked: every one, or the first of each name per section (lib/first-mention.ts). */
  marks: v.picklist(['all', 'first']),
} as const;
export type Settings = { [K in keyof typeof SettingsFields]: v.InferOutput<(typeof SettingsFields)[K]> };

export const DEFAULT_SETTINGS: Settings = {
  disabledSites: [],
  ignored: {},
  types: { person: true, group: true, event: true, place: true },
  style: 'underline',
  hoverDelayMs: DEFAULT_HOVER_DELAY_MS,
  language: 'auto',
  marks: 'first',
};

export interface SettingsProblem {
  path: string;
  message: string;
}

const isRecord = (x: unknown): x is Record<string, unknown> => !!x && typeof x === 'object' && !Array.isArray(x);
const valid = <T>(schema: v.GenericSchema<unknown, T>, value: unknown): value is T => v.safeParse(schema, value).success;
const show = (x: unknown) => {
  const text = typeof x === 'string' ? JSON.stringify(x) : String(JSON.stringify(x) ?? x);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
};

/**
 * Reads a stored value entry by entry: every valid entry is kept (one bad site does not drop the others), each
 * entry set aside is reported with its path, and lists past their cap are cut with a word. Never throws.
 */
export function readSettings(stored: unknown): { settings: Settings; problems: SettingsProblem[] } {
  const problems: SettingsProblem[] = [];
  const settings: { -readonly [K in keyof Settings]: Settings[K] } = structuredClone(DEFAULT_SETTINGS);
  let untold = 0;
  // A list of a million bad entries is reported by its first hundred.
  const problem = (path: string, message: string) => (problems.length < MAX_PROBLEMS ? problems.push({ path, message }) : untold++);
  if (stored === undefined || stored === null) return { settings, problems };
  if (!isRecord(stored)) {
    problem('settings', 'is not an object; using the defaults');
    return { settings, problems };
  }
  const version = stored.version;
  if (version !== undefined && version !== SETTINGS_VERSION)
    problem('settings.version', `is ${show(version)}, not ${SETTINGS_VERSION}: read what this version understands; the stored value is kept as a backup`);
  for (const key of Object.keys(stored))
    if (key !== 'version' && !(key in SettingsFields)) problem(`settings.${key}`, 'is not a setting; set aside');

  if (stored.disabledSites !== undefined) {
    if (!Array.isArray(stored.disabledSites)) problem('settings.disabledSites', 'is not a list; set aside');
    else {
      const sites = new Set<string>();
      stored.disabledSites.forEach((site, i) => {
        if (!valid(Site, site)) problem(`settings.disabledSites[${i}]`, `${show(site)} is not a site; set aside`);
        else if (sites.size >= MAX_SITES) problem(`settings.disabledSites[${i}]`, `past the first ${MAX_SITES} sites; set aside`);
        else sites.add(site.toLowerCase());
      });
      settings.disabledSites = [...sites];
    }
  }

  if (stored.ignored !== undefined) {
    if (!isRecord(stored.ignored)) problem('settings.ignored', 'is not a map of sites; set aside');
    else {
      const ignored: Record<string, string[]> = Object.create(null);
      let sites = 0;
      for (const [site, ids] of Object.entries(stored.ignored)) {
        const at = `settings.ignored[${show(site)}]`;
        if (!valid(Site, site)) problem(at, 'is not a site; set aside');
        else if (sites >= MAX_SITES) problem(at, `past the first ${MAX_SITES} sites; set aside`);
        else if (!Array.isArray(ids)) problem(at, 'is not a list of names; set aside');
        else {
          const kept = new Set<string>();
          ids.forEach((id, i) => {
            if (!valid(EntityRef, id)) problem(`${at}[${i}]`, `${show(id)} is not an entity id; set aside`);
            else if (kept.size >= MAX_IGNORED_PER_SITE) problem(`${at}[${i}]`, `past the first ${MAX_IGNORED_PER_SITE} names; set aside`);
            else kept.add(id);
          });
          if (kept.size) {
            ignored[site] = [...kept];
            sites++;
          }
        }
      }
      settings.ignored = { ...ignored };
    }
  }

  if (stored.types !== undefined) {
    if (!isRecord(stored.types)) problem('settings.types', 'is not a map of kinds; kept the defaults');
    else
      for (const [type, on] of Object.entries(stored.types)) {
        if (!(TYPES as readonly string[]).includes(type)) problem(`settings.types.${type}`, 'is not a kind of name; set aside');
        else if (typeof on !== 'boolean') problem(`settings.types.${type}`, `${show(on)} is not true or false; kept the default`);
        else settings.types[type as (typeof TYPES)[number]] = on;
      }
  }

  for (const key of ['style', 'hoverDelayMs', 'language', 'marks'] as const) {
    const value = stored[key];
    if (value === undefined) continue;
    const result = v.safeParse(SettingsFields[key], value);
    if (result.success) (settings as Record<string, unknown>)[key] = result.output;
    else problem(`settings.${key}`, `${show(value)}: ${result.issues[0].message}; kept the default`);
  }
  if (untold) problems.push({ path: 'settings', message: `and ${untold} more entries set aside` });
  return { settings, problems };
}

/** Validates a change before it is stored: a bad value is rejected with its path, nothing is written. */
export function validatePatch(patch: Partial<Settings>): SettingsProblem[] {
  const problems: SettingsProblem[] = [];
  for (const [key, value] of Object.entries(patch)) {
    const schema = SettingsFields[key as keyof Settings];
    if (!schema) {
      problems.push({ path: `settings.${key}`, message: 'is not a setting' });
      continue;
    }
    const result = v.safeParse(schema, value);
    if (!result.success) problems.push({ path: `settings.${key}`, message: result.issues[0].message });
  }
  return problems;
}

/** The site a setting applies to: the host name without a leading "www.". */
export function siteOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

export function isSiteEnabled(settings: Settings, site: string): boolean {
  return !settings.disabledSites.includes(site);
}
