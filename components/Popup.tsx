import { useMemo, useState } from 'preact/hooks';
import type { CaseSummary } from '@/lib/recent-cases';
import type { CardCase, CardModel, Lang } from '@/lib/card-model';
import type { PageEntities } from '@/lib/messages';
import { whyParts } from '@/lib/card-glance';
import { formatDate, formatNumber, label, t } from '@/lib/i18n';
import { StatusChip } from './StatusChip';
import { Card } from './Card';
import { Legend } from './Legend';

export interface PopupProps {
  lang: Lang;
  cases: CaseSummary[];
  /** null: the page has no content script (a browser page, the store …). */
  page: PageEntities | null;
  ignored: Array<{ id: string; name: string }>;
  /** Ids of entities whose names, aliases or places match the query, best first. */
  search: (query: string) => string[];
  /** Which of an entity's names the query matched (shown when it is not the name displayed). */
  matched?: (id: string, query: string) => string | undefined;
  /** The card of an entity, for the detail view. */
  card: (id: string) => CardModel | undefined;
  onToggleSite: (enabled: boolean) => void;
  onReveal: (id: string) => void;
  onUnignore: (id: string) => void;
  onOpenOptions?: () => void;
  /** Opens an entity's full record in a tab. */
  onOpenRecord?: (id: string) => void;
  /** When the dataset was compiled. */
  datasetDate?: string;
}

/** One line on who or what a name is: "journalist · Abduction, 2021: released, injured · Perpetrators unidentified". */
export function whoLine(model: CardModel | undefined, lang: Lang): string[] {
  if (!model) return [];
  const kind = model.subtitle[0] ? (model.type === 'person' ? model.subtitle[0] : label(lang, 'kind', model.subtitle[0])) : label(lang, 'type', model.type);
  return [kind, ...whyParts(model, lang)].slice(0, 3);
}

export function Popup(props: PopupProps) {
  const { lang, page, ignored, onToggleSite, onReveal, onUnignore, onOpenOptions, onOpenRecord } = props;
  const [tab, setTab] = useState<'page' | 'recent'>(page && (page.entities.length || !page.enabled) ? 'page' : 'recent');
  const [detail, setDetail] = useState<string | null>(null);
  const dir = lang === 'ar' ? 'rtl' : 'ltr';
  if (detail) {
    const model = props.card(detail);
    return (
      <main class="popup" dir={dir} lang={lang}>
        <div class="detail-bar">
          <button class="link back" onClick={() => setDetail(null)} autoFocus>
            {lang === 'ar' ? '→' : '←'} {t(lang, 'popup.back')}
          </button>
        </div>
        <div class="detail">
          <Card
            lang={lang}
            model={model ?? null}
            site={page?.site ?? ''}
            pinned={false}
            embedded
            onClose={() => setDetail(null)}
            onPin={() => {}}
            onIgnore={() => {}}
            {...(onOpenRecord ? { onOpenRecord } : {})}
          />
        </div>
      </main>
    );
  }
  const off = !!page && !page.enabled;
  return (
    <main class="popup" dir={dir} lang={lang}>
      <header class="popup-head">
        <h1>{t(lang, 'popup.title')}</h1>
        {page && (
          <label class="site-switch">
            <input
              type="checkbox"
              role="switch"
              class="switch"
              aria-checked={page.enabled}
              checked={page.enabled}
              onChange={(e) => onToggleSite((e.target as HTMLInputElement).checked)}
            />
            <span>
              {t(lang, 'popup.switch')} <bdi dir="ltr">{page.site}</bdi>
            </span>
          </label>
        )}
      </header>
      {off && (
        <div class="off-state" data-off>
          <p>
            <strong>
              {t(lang, 'popup.offHere')} <bdi dir="ltr">{page.site}</bdi>
            </strong>
          </p>
          <p class="muted">{t(lang, 'popup.offHelp')}</p>
          <button type="button" class="primary turn-on" onClick={() => onToggleSite(true)}>
            {t(lang, 'popup.turnOn', { site: page.site })}
          </button>
        </div>
      )}
      <div class="tabs" role="tablist">
        <button role="tab" id="tab-page" aria-selected={tab === 'page'} aria-controls="panel-page" onClick={() => setTab('page')}>
          {t(lang, 'popup.onPage')}
          {page && page.enabled && page.entities.length > 0 && <span class="count">{formatNumber(lang, page.entities.length)}</span>}
        </button>
        <button role="tab" id="tab-recent" aria-selected={tab === 'recent'} aria-controls="panel-recent" onClick={() => setTab('recent')}>
          {t(lang, 'popup.recent')}
        </button>
      </div>

      {tab === 'page' && (
        <section id="panel-page" role="tabpanel" aria-labelledby="tab-page" class="panel">
          {!page && <p class="muted">{t(lang, 'popup.noPage')}</p>}
          {page && !off && page.entities.length === 0 && <p class="muted">{t(lang, 'popup.noEntities')}</p>}
          {page && !off && page.entities.length > 0 && (
            <ul class="entities">
              {page.entities.map((e) => {
                const who = whoLine(props.card(e.id), lang);
                return (
                  <li key={e.id}>
                    <button class="entity" data-entity={e.id} onClick={() => onReveal(e.id)}>
                      <span class={`dot dot-${e.type}`} aria-hidden="true" />
                      <span class="entity-name">
                        <bdi>{e.name}</bdi> <span class="mentions muted">{t(lang, 'popup.mentions', { n: e.count })}</span>
                      </span>
                      <span class="muted who" data-who>
                        {(who.length ? who : [label(lang, 'type', e.type)]).map((part, i) => (
                          <span key={i}>
                            {i ? ' · ' : ''}
                            <bdi>{part}</bdi>
                          </span>
                        ))}
                      </span>
                    </button>
                  </li>
                );
              })}
            </ul>
          )}
          {ignored.length > 0 && (
            <>
              <h2>{t(lang, 'popup.ignored')}</h2>
              <ul class="ignored">
                {ignored.map((i) => (
                  <li key={i.id} data-entity={i.id}>
                    <bdi>{i.name}</bdi>
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
      <details class="legend-box">
        <summary>{t(lang, 'popup.legend')}</summary>
        <Legend lang={lang} />
      </details>
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

function RecentCases({ lang, cases, search, matched, card, onOpen, datasetDate }: PopupProps & { onOpen: (id: string) => void }) {
  const [query, setQuery] = useState('');
  const [kind, setKind] = useState('');
  const [status, setStatus] = useState('');
  const [year, setYear] = useState('');
  const kinds = useMemo(() => [...new Set(cases.map((c) => c.kind))].sort(), [cases]);
  const statuses = useMemo(() => [...new Set(cases.map((c) => c.status))].sort(), [cases]);
  const years = useMemo(() => [...new Set(cases.map((c) => c.date.slice(0, 4)))].sort().reverse(), [cases]);
  const matches = useMemo(() => (query.trim() ? search(query) : null), [query, search]);

  // A case matches the query through its own names, or through a person, group or place in it; then the row
  // says who, and that entity's own standing in the case.
  const { caseIds, via } = useMemo(() => {
    if (!matches) return { caseIds: null, via: new Map<string, { name: string; link: CardCase }>() };
    const ids = new Set(matches.filter((id) => id.startsWith('evt:')));
    const through = new Map<string, { name: string; link: CardCase }>();
    for (const id of matches) {
      if (id.startsWith('evt:')) continue;
      const model = card(id);
      for (const c of model?.cases ?? []) {
        ids.add(c.id);
        if (!through.has(c.id) && model && c.role !== 'place') through.set(c.id, { name: model.name, link: c });
      }
    }
    return { caseIds: ids, via: through };
  }, [matches, card]);
  const shown = cases.filter(
    (c) => (!kind || c.kind === kind) && (!status || c.status === status) && (!year || c.date.startsWith(year)) && (!caseIds || caseIds.has(c.id)),
  );
  const names = (matches ?? []).filter((id) => !id.startsWith('evt:')).slice(0, 6);
  const filtered = !!(query || kind || status || year);
  const clear = () => {
    setQuery('');
    setKind('');
    setStatus('');
    setYear('');
  };

  return (
    <section id="panel-recent" role="tabpanel" aria-labelledby="tab-recent" class="panel">
      <p class="panel-note muted">
        {t(lang, 'popup.allCases')}
        {datasetDate && (
          <>
            {' · '}
            {t(lang, 'popup.datasetDate', { date: formatDate(lang, datasetDate) })}
          </>
        )}
      </p>
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
        {filtered && (
          <button type="button" class="link clear-filters" onClick={clear}>
            {t(lang, 'popup.clearFilters')}
          </button>
        )}
      </div>
      {names.length > 0 && (
        <ul class="names" aria-label={t(lang, 'popup.names')}>
          {names.map((id) => {
            const model = card(id);
            if (!model) return null;
            const hit = matched?.(id, query);
            const why = whoLine(model, lang);
            return (
              <li key={id}>
                <button class="entity" data-entity={id} onClick={() => onOpen(id)}>
                  <span class={`dot dot-${model.type}`} aria-hidden="true" />
                  <span class="entity-name">
                    <bdi>{model.name}</bdi>
                  </span>
                  <span class="muted who">
                    {why.map((part, i) => (
                      <span key={i}>
                        {i ? ' · ' : ''}
                        <bdi>{part}</bdi>
                      </span>
                    ))}
                  </span>
                  {hit && hit !== model.name && (
                    <span class="muted matched" data-matched>
                      {t(lang, 'popup.matched', { name: '\u2068' + hit + '\u2069' })}
                    </span>
                  )}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {shown.length === 0 && (
        <p class="muted no-cases">
          {t(lang, 'popup.noCases')}{' '}
          {filtered && (
            <button type="button" class="link" onClick={clear}>
              {t(lang, 'popup.clearFilters')}
            </button>
          )}
        </p>
      )}
      <ol class="cases">
        {shown.map((c) => {
          const through = via.get(c.id);
          return (
            <li key={c.id} class="case" data-case={c.id}>
              <button class="case-open" onClick={() => onOpen(c.id)}>
                <time dateTime={c.date}>
                  <bdi>{formatDate(lang, c.date)}</bdi>
                </time>
                <span class="case-body">
                  <span class="case-title" dir="auto">
                    {c.title}
                  </span>
                  <span class="muted">
                    {label(lang, 'kind', c.kind)}
                    {c.place ? (
                      <>
                        {' · '}
                        <bdi>{c.place}</bdi>
                      </>
                    ) : null}
                  </span>
                  <span class="case-chips">
                    {through && (
                      <span class="own" data-own>
                        <bdi>{t(lang, 'popup.via', { name: through.name })}</bdi>{' '}
                        {through.link.own && 'status' in through.link.own ? (
                          <StatusChip lang={lang} status={through.link.own.status} />
                        ) : through.link.own && 'outcome' in through.link.own ? (
                          <bdi class="own-outcome">{label(lang, 'outcome', through.link.own.outcome)}</bdi>
                        ) : (
                          <bdi>{label(lang, 'role', through.link.role)}</bdi>
                        )}
                      </span>
                    )}
                    <span class="case-outcome">
                      {through && <bdi class="muted">{t(lang, 'card.caseOutcome')} </bdi>}
                      <StatusChip lang={lang} status={c.status} kind="case" />
                    </span>
                  </span>
                </span>
              </button>
            </li>
          );
        })}
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
