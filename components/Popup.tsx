import { useMemo, useState } from 'preact/hooks';
import type { CaseSummary } from '@/lib/recent-cases';
import type { CardModel, Lang } from '@/lib/card-model';
import type { PageEntities } from '@/lib/messages';
import { formatDate, formatNumber, label, t } from '@/lib/i18n';
import { StatusChip } from './StatusChip';
import { Card } from './Card';

export interface PopupProps {
  lang: Lang;
  cases: CaseSummary[];
  /** null: the page has no content script (a browser page, the store …). */
  page: PageEntities | null;
  ignored: Array<{ id: string; name: string }>;
  /** Ids of entities whose names, aliases or places match the query, best first. */
  search: (query: string) => string[];
  /** The card of an entity, for the detail view. */
  card: (id: string) => CardModel | undefined;
  onToggleSite: (enabled: boolean) => void;
  onReveal: (id: string) => void;
  onUnignore: (id: string) => void;
  onOpenOptions?: () => void;
}

export function Popup(props: PopupProps) {
  const { lang, page, ignored, onToggleSite, onReveal, onUnignore, onOpenOptions } = props;
  const [tab, setTab] = useState<'page' | 'recent'>(page && page.entities.length ? 'page' : 'recent');
  const [detail, setDetail] = useState<string | null>(null);
  if (detail) {
    const model = props.card(detail);
    return (
      <main class="popup" dir={lang === 'ar' ? 'rtl' : 'ltr'} lang={lang}>
        <div class="detail-bar">
          <button class="link back" onClick={() => setDetail(null)} autoFocus>
            {lang === 'ar' ? '→' : '←'} {t(lang, 'popup.back')}
          </button>
        </div>
        <div class="detail">
          <Card lang={lang} model={model ?? null} site={page?.site ?? ''} pinned={false} embedded onClose={() => setDetail(null)} onPin={() => {}} onIgnore={() => {}} />
        </div>
      </main>
    );
  }
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
          {page && page.entities.length > 0 && <span class="count">{formatNumber(lang, page.entities.length)}</span>}
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
                  <li key={i.id} data-entity={i.id}>
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

      {tab === 'recent' && <RecentCases {...props} onOpen={setDetail} />}
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

function RecentCases({ lang, cases, search, card, onOpen }: PopupProps & { onOpen: (id: string) => void }) {
  const [query, setQuery] = useState('');
  const [kind, setKind] = useState('');
  const [status, setStatus] = useState('');
  const [year, setYear] = useState('');
  const kinds = useMemo(() => [...new Set(cases.map((c) => c.kind))].sort(), [cases]);
  const statuses = useMemo(() => [...new Set(cases.map((c) => c.status))].sort(), [cases]);
  const years = useMemo(() => [...new Set(cases.map((c) => c.date.slice(0, 4)))].sort().reverse(), [cases]);
  const matches = useMemo(() => (query.trim() ? search(query) : null), [query, search]);

  // A case matches the query through its own names, or through a person, group or place in it.
  const caseIds = useMemo(() => {
    if (!matches) return null;
    const ids = new Set(matches.filter((id) => id.startsWith('evt:')));
    for (const id of matches) if (!id.startsWith('evt:')) for (const c of card(id)?.cases ?? []) ids.add(c.id);
    return ids;
  }, [matches, card]);
  const shown = cases.filter(
    (c) => (!kind || c.kind === kind) && (!status || c.status === status) && (!year || c.date.startsWith(year)) && (!caseIds || caseIds.has(c.id)),
  );
  const names = (matches ?? []).filter((id) => !id.startsWith('evt:')).slice(0, 6);

  return (
    <section id="panel-recent" role="tabpanel" aria-labelledby="tab-recent" class="panel">
      <div class="filters">
        <input
          type="search"
          class="search"
          name="search"
          aria-label={t(lang, 'popup.search')}
          placeholder={t(lang, 'popup.search')}
          value={query}
          onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
        />
        <div class="selects">
          <FilterSelect name="kind" all={t(lang, 'popup.allKinds')} value={kind} options={kinds} label={(k) => label(lang, 'kind', k)} onChange={setKind} />
          <FilterSelect name="status" all={t(lang, 'popup.allStatuses')} value={status} options={statuses} label={(s) => label(lang, 'case', s)} onChange={setStatus} />
          <FilterSelect name="year" all={t(lang, 'popup.allYears')} value={year} options={years} label={(y) => y} onChange={setYear} />
        </div>
      </div>
      {names.length > 0 && (
        <ul class="names" aria-label={t(lang, 'popup.names')}>
          {names.map((id) => {
            const model = card(id);
            return model ? (
              <li key={id}>
                <button class="entity" data-entity={id} onClick={() => onOpen(id)}>
                  <span class={`dot dot-${model.type}`} aria-hidden="true" />
                  <span class="entity-name">{model.name}</span>
                  <span class="muted">{label(lang, 'type', model.type)}</span>
                </button>
              </li>
            ) : null;
          })}
        </ul>
      )}
      {shown.length === 0 && <p class="muted">{t(lang, 'popup.noCases')}</p>}
      <ol class="cases">
        {shown.map((c) => (
          <li key={c.id} class="case" data-case={c.id}>
            <button class="case-open" onClick={() => onOpen(c.id)}>
              <time dateTime={c.date}>{formatDate(lang, c.date)}</time>
              <span class="case-body">
                <span class="case-title">{c.title}</span>
                <span class="muted">
                  {label(lang, 'kind', c.kind)}
                  {c.place ? ` · ${c.place}` : ''}
                </span>
                <StatusChip lang={lang} status={c.status} kind="case" />
              </span>
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** One filter of the case list: "all" first, then each value present in the cases. */
function FilterSelect(props: { name: string; all: string; value: string; options: string[]; label: (value: string) => string; onChange: (value: string) => void }) {
  return (
    <select name={props.name} aria-label={props.all} value={props.value} onChange={(e) => props.onChange((e.target as HTMLSelectElement).value)}>
      <option value="">{props.all}</option>
      {props.options.map((o) => (
        <option key={o} value={o}>
          {props.label(o)}
        </option>
      ))}
    </select>
  );
}
