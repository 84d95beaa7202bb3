import type { CardModel, Lang } from '@/lib/card-model';
import { formatDate, formatNumber, label, t } from '@/lib/i18n';
import { StatusChip } from './StatusChip';
import { Cites } from './Cites';
import { EventDetail } from './EventDetail';

export interface CardProps {
  lang: Lang;
  model: CardModel | null | undefined;
  site: string;
  pinned: boolean;
  onClose: () => void;
  onPin: () => void;
  onIgnore: (id: string) => void;
  /** Which clicks count: on a web page, only the reader's own (isTrusted), never one a script dispatched. */
  accepts?: (event: Event) => boolean;
  /** Shown inside the popup: no pin, no "not this one", no close (the popup has its own back button). */
  embedded?: boolean;
}

/** The hover card: a labelled, non-modal dialog. `model` undefined = loading, null = no record. */
export function Card({ lang, model, site, pinned, onClose, onPin, onIgnore, accepts = () => true, embedded = false }: CardProps) {
  const trusted = (action: () => void) => (event: Event) => {
    if (accepts(event)) action();
  };
  const dir = lang === 'ar' ? 'rtl' : 'ltr';
  if (model === undefined || model === null)
    return (
      <div class="card" role="dialog" aria-label={t(lang, model === undefined ? 'card.loading' : 'card.missing')} dir={dir} lang={lang} tabIndex={-1}>
        <p class="muted">{t(lang, model === undefined ? 'card.loading' : 'card.missing')}</p>
      </div>
    );
  const headingId = `bs-name-${model.id.replace(/[^a-z0-9]/g, '-')}`;
  return (
    <div
      class={embedded ? 'card card-embedded' : 'card'}
      role={embedded ? 'region' : 'dialog'}
      aria-labelledby={headingId}
      data-entity={model.id}
      dir={dir}
      lang={lang}
      tabIndex={-1}
    >
      <header class="card-head">
        <div class="card-kicker">
          <span class={`type type-${model.type}`}>{label(lang, 'type', model.type)}</span>
          {model.subtitle.map((s) => (
            <span key={s} class="subtitle" dir="auto">
              {model.type === 'person' ? s : label(lang, 'kind', s)}
            </span>
          ))}
        </div>
        <h2 id={headingId} class="card-name">
          {model.name}
        </h2>
        {model.otherName && (
          <p class="card-other-name" lang={lang === 'ar' ? 'en' : 'ar'} dir={lang === 'ar' ? 'ltr' : 'rtl'}>
            {model.otherName}
          </p>
        )}
        {model.within && <p class="muted">{t(lang, 'card.within', { place: model.within.name })}</p>}
      </header>

      <div class="card-body">
        <p class="summary" dir="auto">
          {model.summary}
          <Cites cites={model.summaryCites} />
        </p>

        {model.event && <EventDetail lang={lang} event={model.event} />}

        {model.facts.length > 0 && (
          <section aria-label={t(lang, 'card.facts')}>
            <h3>{t(lang, 'card.facts')}</h3>
            <ul class="facts">
              {model.facts.map((f, i) => (
                <li key={i} class={f.status ? 'fact fact-claim' : 'fact'} dir="auto">
                  {f.status && <StatusChip lang={lang} status={f.status} />}
                  {f.disputed && <span class="chip chip-disputed">{t(lang, 'card.disputed')}</span>}
                  {f.date && <span class="fact-date">{formatDate(lang, f.date)} · </span>}
                  {f.text}
                  <Cites cites={f.cites} />
                </li>
              ))}
            </ul>
          </section>
        )}

        {model.cases.length > 0 && (
          <section aria-label={t(lang, 'card.cases')}>
            <h3>{t(lang, 'card.cases')}</h3>
            <ol class="timeline">
              {model.cases.slice(0, 8).map((c) => (
                <li key={c.id + c.role} data-case={c.id}>
                  <time dateTime={c.date}>{formatDate(lang, c.date)}</time>
                  <span class="case-title" dir="auto">
                    {c.title}
                  </span>
                  <span class="case-meta">
                    {label(lang, 'kind', c.kind)} · {label(lang, 'role', c.role)}
                    {c.own && 'status' in c.own && <> · <StatusChip lang={lang} status={c.own.status} /></>}
                    {c.own && 'outcome' in c.own && <> · {label(lang, 'outcome', c.own.outcome)}</>}
                    {' · '}
                    <span class="case-outcome">{t(lang, 'card.caseOutcome')}</span> <StatusChip lang={lang} status={c.status} kind="case" />
                  </span>
                </li>
              ))}
            </ol>
          </section>
        )}

        {model.reports.length > 0 && (
          <section aria-label={t(lang, 'card.reports')}>
            <h3>{t(lang, 'card.reports')}</h3>
            <ul class="reports">
              {model.reports.slice(0, 5).map((r) => (
                <li key={r.id} class="report">
                  <a href={r.url} target="_blank" rel="noopener noreferrer" dir="auto">
                    {r.title}
                  </a>
                  <span class="muted">
                    {' '}
                    {r.publisher} · {formatDate(lang, r.date)}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        )}

        <details class="sources">
          <summary>
            {t(lang, 'card.sources')} ({formatNumber(lang, model.sources.length)})
          </summary>
          <ol>
            {model.sources.map((s, i) => (
              <li key={s.id} data-source={i + 1} tabIndex={-1}>
                <a href={s.url} target="_blank" rel="noopener noreferrer" dir="auto">
                  {s.publisher}: {s.title}
                </a>{' '}
                <span class="muted">{formatDate(lang, s.date)}</span>
              </li>
            ))}
          </ol>
        </details>
      </div>

      <footer class="card-foot">
        <span class="muted">
          {t(lang, 'card.asOf', { date: formatDate(lang, model.asOf) })} · {t(lang, 'card.sourceCount', { n: model.sources.length })}
        </span>
        {!embedded && (
        <span class="actions">
          <button type="button" class="link" title={t(lang, 'card.notThisHelp', { site })} onClick={trusted(() => onIgnore(model.id))}>
            {t(lang, 'card.notThis')}
          </button>
          <button type="button" aria-pressed={pinned} onClick={trusted(onPin)}>
            {t(lang, pinned ? 'card.unpin' : 'card.pin')}
          </button>
          <button type="button" aria-label={t(lang, 'card.close')} onClick={trusted(onClose)}>
            ×
          </button>
        </span>
        )}
      </footer>
    </div>
  );
}
