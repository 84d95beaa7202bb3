// The reader's settings: their shape, defaults, and how a stored value is read back. A corrupt field falls
// back to its default without losing the others, and every problem is reported with its path.
import * as v from 'valibot';

export const SETTINGS_VERSION = 1;

/** Hover intent: long enough that a pointer passing over a name does not open a card (Wikipedia Page
 * Previews uses about 150 ms), short enough to feel immediate. */
export const DEFAULT_HOVER_DELAY_MS = 150;

const Site = v.pipe(v.string(), v.nonEmpty(), v.maxLength(253));
export const SettingsFields = {
  disabledSites: v.array(Site),
  /** Per site, entity ids the reader said are "not this person". */
  ignored: v.record(Site, v.array(v.pipe(v.string(), v.regex(/^(per|grp|plc|evt):[a-z0-9-]+$/)))),
  types: v.strictObject({ person: v.boolean(), group: v.boolean(), event: v.boolean(), place: v.boolean() }),
  style: v.picklist(['underline', 'background', 'off']),
  hoverDelayMs: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(2000)),
  language: v.picklist(['auto', 'en', 'ar']),
} as const;
export type Settings = { [K in keyof typeof SettingsFields]: v.InferOutput<(typeof SettingsFields)[K]> };

export const DEFAULT_SETTINGS: Settings = {
  disabledSites: [],
  ignored: {},
  types: { person: true, group: true, event: true, place: true },
  style: 'underline',
  hoverDelayMs: DEFAULT_HOVER_DELAY_MS,
  language: 'auto',
};

export interface SettingsProblem {
  path: string;
  message: string;
}

/** Reads a stored value; whatever is not valid is replaced by its default and reported. */
export function readSettings(stored: unknown): { settings: Settings; problems: SettingsProblem[] } {
  const problems: SettingsProblem[] = [];
  const settings = structuredClone(DEFAULT_SETTINGS);
  if (stored === undefined || stored === null) return { settings, problems };
  if (typeof stored !== 'object' || Array.isArray(stored)) {
    problems.push({ path: 'settings', message: 'is not an object; using the defaults' });
    return { settings, problems };
  }
  for (const key of Object.keys(SettingsFields) as Array<keyof Settings>) {
    const value = (stored as Record<string, unknown>)[key];
    if (value === undefined) continue;
    const result = v.safeParse(SettingsFields[key], value);
    if (result.success) (settings as Record<string, unknown>)[key] = result.output;
    else
      problems.push({
        path: `settings.${key}${result.issues[0].path ? v.getDotPath(result.issues[0]) ? '.' + v.getDotPath(result.issues[0]) : '' : ''}`,
        message: `${result.issues[0].message}; kept the default`,
      });
  }
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
