// Settings in browser.storage.local, stored with their schema version. Reading never fails and never logs
// (a page's console is the page's): a corrupt entry is set aside and the rest kept (lib/settings.ts). Before
// the first write over a stored value that did not read cleanly, that raw value is kept as a backup, and the
// options page tells the reader what was set aside.
import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, readSettings, validatePatch, type Settings, type SettingsProblem } from '@/lib/settings';

export const SETTINGS_KEY = 'settings';
export const BACKUP_KEY = 'settingsBackup';

async function readStored(): Promise<{ raw: unknown; settings: Settings; problems: SettingsProblem[] }> {
  const raw = (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY];
  return { raw, ...readSettings(raw) };
}

export async function loadSettings(): Promise<Settings> {
  return (await readStored()).settings;
}

export interface SettingsReport {
  settings: Settings;
  /** What was set aside: from the stored value now, or from the backup kept when it was overwritten. */
  problems: SettingsProblem[];
  /** When a backup of the raw stored value was kept (ISO time), if one was. */
  backupSavedAt?: string;
}

/** For the options page: the settings, and what of the stored value was set aside. */
export async function loadSettingsReport(): Promise<SettingsReport> {
  const { settings, problems } = await readStored();
  const backup = (await browser.storage.local.get(BACKUP_KEY))[BACKUP_KEY] as { savedAt?: unknown; value?: unknown } | undefined;
  if (problems.length || !backup || typeof backup !== 'object') return { settings, problems };
  return {
    settings,
    problems: readSettings(backup.value).problems,
    ...(typeof backup.savedAt === 'string' ? { backupSavedAt: backup.savedAt } : {}),
  };
}

export async function forgetSettingsBackup(): Promise<void> {
  await browser.storage.local.remove(BACKUP_KEY);
}

export class SettingsError extends Error {
  constructor(readonly problems: Array<{ path: string; message: string }>) {
    super(problems.map((p) => `${p.path}: ${p.message}`).join('; '));
  }
}

/** Applies a change to the stored settings; throws SettingsError (and writes nothing) if it is invalid. */
export async function updateSettings(change: (current: Settings) => Partial<Settings>): Promise<Settings> {
  const { raw, settings: current, problems: stored } = await readStored();
  const patch = change(current);
  const problems = validatePatch(patch);
  if (problems.length) throw new SettingsError(problems);
  const next = { ...current, ...patch };
  if (stored.length) {
    // The first write over a value that did not read cleanly keeps that value as it was.
    const existing = (await browser.storage.local.get(BACKUP_KEY))[BACKUP_KEY];
    if (existing === undefined) await browser.storage.local.set({ [BACKUP_KEY]: { savedAt: new Date().toISOString(), value: raw } });
  }
  await browser.storage.local.set({ [SETTINGS_KEY]: { version: SETTINGS_VERSION, ...next } });
  return next;
}

export function watchSettings(onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(SETTINGS_KEY in changes)) return;
    onChange(readSettings(changes[SETTINGS_KEY].newValue).settings);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

export { DEFAULT_SETTINGS };
