import { useState } from 'preact/hooks';
import type { Settings, SettingsProblem } from '@/lib/settings';
import type { Lang } from '@/lib/card-model';
import { label, t } from '@/lib/i18n';
import type { EntityType } from '@/lib/types';
import { Legend } from './Legend';

export interface OptionsProps {
  lang: Lang;
  settings: Settings;
  /** Saves a change; resolves to an error message (with the setting's path) when it was refused. */
  onChange: (patch: Partial<Settings>) => Promise<string | null>;
  /** What of the stored settings was set aside (corrupt or unknown entries), and when a backup was kept. */
  setAside?: { problems: SettingsProblem[]; backupSavedAt?: string };
  onForgetBackup?: () => void;
}

const TYPES: EntityType[] = ['person', 'group', 'event', 'place'];

export function Options({ lang, settings, onChange, setAside, onForgetBackup }: OptionsProps) {
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [newSite, setNewSite] = useState('');
  const save = async (patch: Partial<Settings>) => {
    const problem = await onChange(patch);
    setError(problem);
    setSaved(!problem);
  };
  return (
    <main class="options" dir={lang === 'ar' ? 'rtl' : 'ltr'} lang={lang}>
      <h1>{t(lang, 'options.title')}</h1>
      <p class="muted">{t(lang, 'popup.privacy')}</p>

      {setAside && setAside.problems.length > 0 && (
        <section class="set-aside" role="alert" aria-labelledby="set-aside-title">
          <h2 id="set-aside-title">{t(lang, 'options.setAsideTitle')}</h2>
          <p>{t(lang, setAside.backupSavedAt ? 'options.setAsideBackup' : 'options.setAsideNow')}</p>
          <ul dir="ltr">
            {setAside.problems.map((p, i) => (
              <li key={i}>
                <code>{p.path}</code>: {p.message}
              </li>
            ))}
          </ul>
          {setAside.backupSavedAt && onForgetBackup && (
            <button type="button" onClick={onForgetBackup}>
              {t(lang, 'options.forgetBackup')}
            </button>
          )}
        </section>
      )}

      <fieldset>
        <legend>{t(lang, 'options.types')}</legend>
        {TYPES.map((type) => (
          <label key={type} class="check">
            <input
              type="checkbox"
              name={`type-${type}`}
              checked={settings.types[type]}
              onChange={(e) => void save({ types: { ...settings.types, [type]: (e.target as HTMLInputElement).checked } })}
            />
            {label(lang, 'type', type)}
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>{t(lang, 'options.style')}</legend>
        {(['underline', 'background', 'off'] as const).map((style) => (
          <label key={style} class="check">
            <input type="radio" name="style" value={style} checked={settings.style === style} onChange={() => void save({ style })} />
            {t(lang, `options.style.${style}`)}
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>{t(lang, 'options.marks')}</legend>
        {(['first', 'all'] as const).map((marks) => (
          <label key={marks} class="check">
            <input type="radio" name="marks" value={marks} checked={settings.marks === marks} onChange={() => void save({ marks })} />
            {t(lang, `options.marks.${marks}`)}
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>{t(lang, 'options.delay')}</legend>
        <label class="row">
          <input
            type="number"
            name="hoverDelayMs"
            min={0}
            max={2000}
            step={50}
            value={settings.hoverDelayMs}
            onChange={(e) => void save({ hoverDelayMs: Number((e.target as HTMLInputElement).value) })}
          />
          <span>{t(lang, 'options.ms')}</span>
        </label>
        <p class="muted">{t(lang, 'options.delayHelp')}</p>
      </fieldset>

      <fieldset>
        <legend>{t(lang, 'options.language')}</legend>
        <select name="language" aria-label={t(lang, 'options.language')} value={settings.language} onChange={(e) => void save({ language: (e.target as HTMLSelectElement).value as Settings['language'] })}>
          <option value="auto">{t(lang, 'options.language.auto')}</option>
          <option value="en">English</option>
          <option value="ar">العربية</option>
        </select>
      </fieldset>

      <fieldset>
        <legend>{t(lang, 'options.sites')}</legend>
        {settings.disabledSites.length === 0 && <p class="muted">{t(lang, 'options.noSites')}</p>}
        <ul class="sites">
          {settings.disabledSites.map((site) => (
            <li key={site}>
              <span dir="ltr">{site}</span>
              <button type="button" class="link" onClick={() => void save({ disabledSites: settings.disabledSites.filter((s) => s !== site) })}>
                {t(lang, 'options.enable')}
              </button>
            </li>
          ))}
        </ul>
        <form
          class="row"
          onSubmit={(e) => {
            e.preventDefault();
            // Read the field itself: the state may lag one render behind a value set by a script or autofill.
            const field = (e.currentTarget as HTMLFormElement).elements.namedItem('site') as HTMLInputElement;
            const site = field.value.trim().toLowerCase().replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/\/.*$/, '');
            if (site) void save({ disabledSites: [...new Set([...settings.disabledSites, site])] }).then(() => setNewSite(''));
          }}
        >
          <label>
            <span class="visually-hidden">{t(lang, 'options.addSite')}</span>
            <input type="text" name="site" dir="ltr" placeholder="example.com" value={newSite} onInput={(e) => setNewSite((e.target as HTMLInputElement).value)} />
          </label>
          <button type="submit">{t(lang, 'options.disable')}</button>
        </form>
      </fieldset>

      <fieldset class="legend-set">
        <legend>{t(lang, 'options.legend')}</legend>
        <Legend lang={lang} />
      </fieldset>

      <p role="status" class={error ? 'error' : 'muted'}>
        {error ? t(lang, 'options.refused', { problem: error }) : saved ? t(lang, 'options.saved') : ''}
      </p>
    </main>
  );
}
