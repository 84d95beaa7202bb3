// Settings in browser.storage.local, stored with their schema version (1, the first) for future migrations. Reading never fails: a corrupt field falls back to its
// default (reported on the console with its path); writing validates first and keeps the stored value on error.
import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, readSettings, validatePatch, type Settings } from '@/lib/settings';

export const SETTINGS_KEY = 'settings';

export async function loadSettings(): Promise<Settings> {
  const stored = (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY];
  const { settings, problems } = readSettings(stored);
  for (const p of problems) console.warn(`Backstory: ${p.path}: ${p.message}`);
  return settings;
}

export class SettingsError extends Error {
  constructor(readonly problems: Array<{ path: string; message: string }>) {
    super(problems.map((p) => `${p.path}: ${p.message}`).join('; '));
  }
}

/** Applies a change to the stored settings; throws SettingsError (and writes nothing) if it is invalid. */
export async function updateSettings(change: (current: Settings) => Partial<Settings>): Promise<Settings> {
  const current = await loadSettings();
  const patch = change(current);
  const problems = validatePatch(patch);
  if (problems.length) throw new SettingsError(problems);
  const next = { ...current, ...patch };
  await browser.storage.local.set({ [SETTINGS_KEY]: { version: SETTINGS_VERSION, ...next } });
  return next;
}

export function watchSettings(onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(SETTINGS_KEY in changes)) return;
    const { settings, problems } = readSettings(changes[SETTINGS_KEY].newValue);
    for (const p of problems) console.warn(`Backstory: ${p.path}: ${p.message}`);
    onChange(settings);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

export { DEFAULT_SETTINGS };
