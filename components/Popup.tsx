import { useMemo, useState } from 'preact/hooks';
import type { CaseSummary } from '@/lib/recent-cases';
import type { Lang } from '@/lib/card-model';
import type { PageEntities } from '@/lib/messages';
import { formatDate, label, t } from '@/lib/i18n';
import { StatusChip } from './StatusChip';

export interface PopupProps {
  lang: Lang;
  cases: CaseSummary[];
  /** null: the page has no content script (a browser page, the store …). */
  page: PageEntities | null;
  ignored: Array<{ id: string; name: string }>;
  onToggleSite: (enabled: boolean) => void;
  onReveal: (id: string) => void;
  onUnignore: (id: string) => void;
  onOpenOptions?: () => void;
}

export function Popup({ lang, cases, page, ignored, onToggleSite, onReveal, onUnignore, onOpenOptions }: PopupProps) {
  const [tab, setTab] = useState<'page' | 'recent'>(page && page.entities.length ? 'page' : 'recent');
  const recent = useMemo(() => cases.slice(0, 50), [cases]);
  return (
    <main class="popup" dir={lang === 'ar' ? 'rtl' : 'ltr'} lang={lang}>
      <header class="popup-head">
        <h1>{t(lang, 'popup.title')}</h1>
        {page && (
          <label class="site-switch">
            <input type="checkbox" role="switch" checked={page.enabled} onChange={(e) => onToggleSite((e.target as HTMLInputElement).checked)} />
            <span>{t(lang, page.enabled ? 'popup.siteOn' : 'popup.siteOff', { site: page.site })}</span>
          </label>
        )}
      </header>
      <div class="tabs" role="tablist">
        <button role="tab" id="tab-page" aria-selected={tab === 'page'} aria-controls="panel-page" onClick={() => setTab('page')}>
          {t(lang, 'popup.onPage')}
          {page && page.entities.length > 0 && <span class="count">{page.entities.length}</span>}
        </button>
        <button role="tab" id="tab-recent" aria-selected={tab === 'recent'} aria-controls="panel-recent" onClick={() => setTab('recent')}>
          {t(lang, 'popup.recent')}
        </button>
      </div>

      {tab === 'page' && (
        <section id="panel-page" role="tabpanel" aria-labelledby="tab-page" class="panel">
          {!page && <p class="muted">{t(lang, 'popup.noPage')}</p>}
          {page && page.entities.length === 0 && <p class="muted">{t(lang, 'popup.noEntities')}</p>}
          {page && page.entities.length > 0 && (
            <ul class="entities">
              {page.entities.map((e) => (
                <li key={e.id}>
                  <button class="entity" data-entity={e.id} onClick={() => onReveal(e.id)}>
                    <span class={`dot dot-${e.type}`} aria-hidden="true" />
                    <span class="entity-name">{e.name}</span>
                    <span class="muted">
                      {label(lang, 'type', e.type)} · {t(lang, 'popup.mentions', { n: e.count })}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          )}
          {ignored.length > 0 && (
            <>
              <h2>{t(lang, 'popup.ignored')}</h2>
              <ul class="ignored">
                {ignored.map((i) => (
                  <li key={i.id}>
                    <span>{i.name}</span>
                    <button class="link" onClick={() => onUnignore(i.id)}>
                      {t(lang, 'popup.undo')}
                    </button>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}

      {tab === 'recent' && (
        <section id="panel-recent" role="tabpanel" aria-labelledby="tab-recent" class="panel">
          {recent.length === 0 && <p class="muted">{t(lang, 'popup.noCases')}</p>}
          <ol class="cases">
            {recent.map((c) => (
              <li key={c.id} class="case" data-case={c.id}>
                <time dateTime={c.date}>{formatDate(lang, c.date)}</time>
                <div>
                  <div class="case-title">{c.title}</div>
                  <div class="muted">
                    {label(lang, 'kind', c.kind)}
                    {c.place ? ` · ${c.place}` : ''}
                  </div>
                  <StatusChip lang={lang} status={c.status} kind="case" />
                </div>
              </li>
            ))}
          </ol>
        </section>
      )}
      <footer class="popup-foot muted">
        <span>{t(lang, 'popup.privacy')}</span>
        {onOpenOptions && (
          <button class="link" onClick={onOpenOptions}>
            {t(lang, 'popup.options')}
          </button>
        )}
      </footer>
    </main>
  );
}
