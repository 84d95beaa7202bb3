import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BACKUP_KEY, SETTINGS_KEY, loadSettings, loadSettingsReport, updateSettings } from '@/platform/settings-store';

describe('the settings store', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps the raw stored value as a backup before the first write over a corrupt one, and reports it', async () => {
    const raw = { version: 99, disabledSites: ['a.com', 42], future: { x: 1 } };
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: raw });
    const warn = vi.spyOn(console, 'warn');
    expect((await loadSettings()).disabledSites).toEqual(['a.com']);
    expect(warn).not.toHaveBeenCalled(); // nothing about settings reaches a page's console
    expect((await loadSettingsReport()).problems.map((p) => p.path)).toEqual(['settings.version', 'settings.future', 'settings.disabledSites[1]']);

    await updateSettings(() => ({ style: 'background' }));
    const stored = await fakeBrowser.storage.local.get([SETTINGS_KEY, BACKUP_KEY]);
    expect((stored[BACKUP_KEY] as { value: unknown }).value).toEqual(raw);
    expect(stored[SETTINGS_KEY]).toMatchObject({ version: 1, style: 'background', disabledSites: ['a.com'] });
    // After the write the stored value is clean, and the reader is still told what was set aside.
    const report = await loadSettingsReport();
    expect(report.backupSavedAt).toBeTruthy();
    expect(report.problems).toHaveLength(3);

    await updateSettings(() => ({ style: 'off' }));
    expect(((await fakeBrowser.storage.local.get(BACKUP_KEY))[BACKUP_KEY] as { value: unknown }).value).toEqual(raw); // the first backup stays
  });

  it('keeps no backup when the stored value was clean', async () => {
    await updateSettings(() => ({ style: 'background' }));
    expect((await fakeBrowser.storage.local.get(BACKUP_KEY))[BACKUP_KEY]).toBeUndefined();
  });
});
