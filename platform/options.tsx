// The options page: reads the settings, writes each change after validating it, and follows changes made
// elsewhere (the popup, another options tab).
import { render } from 'preact';
import { Options } from '@/components/Options';
import { resolveLang } from '@/lib/i18n';
import type { Settings } from '@/lib/settings';
import { forgetSettingsBackup, loadSettingsReport, updateSettings, watchSettings, SettingsError, type SettingsReport } from './settings-store';

export async function startOptions(root: HTMLElement): Promise<void> {
  let report: SettingsReport = await loadSettingsReport();
  let settings = report.settings;
  const refreshReport = async () => {
    report = await loadSettingsReport();
    draw();
  };
  const draw = () => {
    const lang = resolveLang(settings.language, navigator.language);
    document.documentElement.lang = lang;
    document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
    render(
      <Options
        lang={lang}
        settings={settings}
        setAside={report}
        onForgetBackup={() => void forgetSettingsBackup().then(refreshReport)}
        onChange={async (patch: Partial<Settings>) => {
          try {
            settings = await updateSettings(() => patch);
            draw();
            return null;
          } catch (error) {
            if (error instanceof SettingsError) return error.message;
            throw error;
          }
        }}
      />,
      root,
    );
  };
  watchSettings((next) => {
    settings = next;
    void refreshReport();
  });
  draw();
}
