import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { CardCase, CardFact, CardModel, Lang } from '@/lib/card-model';
import { glance, whyParts } from '@/lib/card-glance';
import { formatDate, label, t } from '@/lib/i18n';
import { StatusChip } from './StatusChip';
import { CardSources, Cites } from './Cites';
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
  /** Opens the entity's full record (an extension page); without it the card offers no link there. */
  onOpenRecord?: (id: string) => void;
  /** After "Not this one?": the card gives way to a notice with an undo. */
  undo?: { onUndo: () => void };
}

/**
 * The hover card, read at a glance (at most 360×420 px): name, kind and role, why the name matters, the
 * summary, the three weightiest facts, the two most recent cases with the entity's own standing, and a link to
 * the full record. Where content is cut, a fade and "N more". `model` undefined = loading, null = no record.
 */
export function Card({ lang, model, site, pinned, onClose, onPin, onIgnore, accepts = () => true, embedded = false, onOpenRecord, undo }: CardProps) {
  const trusted = (action: () => void) => (event: Event) => {
    if (accepts(event)) action();
  };
  const body = useRef<HTMLDivElement>(null);
  const [cut, setCut] = useState(false);
  // The fade shows while the body holds more than it shows, and goes once the reader has scrolled to the end.
  const measure = () => {
    const el = body.current;
    if (el) setCut(el.scrollHeight - el.scrollTop - el.clientHeight > 2);
  };
  useLayoutEffect(measure, [model]);
  const dir = lang === 'ar' ? 'rtl' : 'ltr';
  if (model === undefined || model === null)
    return (
      <div class="card" role="dialog" aria-label={t(lang, model === undefined ? 'card.loading' : 'card.missing')} dir={dir} lang={lang} tabIndex={-1}>
        <p class="muted card-empty">{t(lang, model === undefined ? 'card.loading' : 'card.missing')}</p>
      </div>
    );
  if (undo)
    return (
      <div class="card card-toast" role="status" data-entity={model.id} dir={dir} lang={lang} tabIndex={-1}>
        <div class="toast">
          <span>{t(lang, 'card.ignoredToast', { name: model.name, site })}</span>
          <button type="button" class="undo" onClick={trusted(undo.onUndo)}>
            {t(lang, 'card.undo')}
          </button>
        </div>
      </div>
    );
  const headingId = `bs-name-${model.id.replace(/[^a-z0-9]/g, '-')}`;
  const shown = glance(model);
  const why = whyParts(model, lang);
  const more = [
    shown.more.facts ? t(lang, 'card.moreFacts', { n: shown.more.facts }) : '',
    shown.more.cases ? t(lang, 'card.moreCases', { n: shown.more.cases }) : '',
    shown.more.reports ? t(lang, 'card.moreReports', { n: shown.more.reports }) : '',
  ].filter(Boolean);
  const openRecord = onOpenRecord && trusted(() => onOpenRecord(model.id));
  // The same root element whether loading or loaded, so that the focus a keyboard opening put on it stays.
  return (
    <div
      class={embedded ? 'card card-embedded' : 'card'}
      role={embedded ? 'region' : 'dialog'}
      aria-labelledby={headingId}
      data-entity={model.id}
      data-type={model.type}
      dir={dir}
      lang={lang}
      tabIndex={-1}
    >
      <CardSources.Provider value={{ lang, sources: model.sources }}>
        <header class="card-head">
          <Kicker model={model} lang={lang} />
          <h2 id={headingId} class="card-name">
            <bdi>{model.name}</bdi>
          </h2>
          {model.otherName && (
            <p class="card-other-name">
              <bdi lang={lang === 'ar' ? 'en' : 'ar'} dir={lang === 'ar' ? 'ltr' : 'rtl'}>
                {model.otherName}
              </bdi>
            </p>
          )}
          {model.within && <p class="muted card-within">{t(lang, 'card.within', { place: model.within.name })}</p>}
          {why.length > 0 && (
            <p class="why" data-why>
              {why.map((part, i) => (
                <span key={i}>
                  {i ? ' · ' : ''}
                  <bdi>{part}</bdi>
                </span>
              ))}
            </p>
          )}
        </header>

        <div class="card-scroll">
          <div class="card-body" ref={body} onScroll={measure}>
            <p class="summary" dir="auto">
              {model.summary}
              <Cites cites={model.summaryCites} />
            </p>

            {model.event && <EventDetail lang={lang} event={model.event} compact />}

            {shown.facts.length > 0 && (
              <section aria-label={t(lang, 'card.facts')}>
                <h3>{t(lang, 'card.facts')}</h3>
                <ul class="facts">
                  {shown.facts.map((f, i) => (
                    <FactItem key={i} lang={lang} fact={f} />
                  ))}
                </ul>
              </section>
            )}

            {shown.cases.length > 0 && (
              <section aria-label={t(lang, 'card.cases')}>
                <h3>{t(lang, 'card.cases')}</h3>
                <ol class="timeline">
                  {shown.cases.map((c) => (
                    <CaseItem key={c.id + c.role} lang={lang} item={c} />
                  ))}
                </ol>
              </section>
            )}

            {shown.report && (
              <section aria-label={t(lang, 'card.reports')}>
                <h3>{t(lang, 'card.reports')}</h3>
                <ul class="reports">
                  <li class="report">
                    <div class="item-meta">
                      <bdi>{shown.report.publisher}</bdi> · <bdi>{formatDate(lang, shown.report.date)}</bdi>
                    </div>
                    <div class="item-text" dir="auto">
                      <a href={shown.report.url} target="_blank" rel="noopener noreferrer">
                        {shown.report.title}
                      </a>
                    </div>
                  </li>
                </ul>
              </section>
            )}

            {more.length > 0 && (
              <p class="more" data-more>
                {more.join(' · ')} {onOpenRecord ? t(lang, 'card.inFullRecord') : ''}
              </p>
            )}
          </div>
          {cut && <div class="fade" aria-hidden="true" />}
        </div>

        <footer class="card-foot">
          {openRecord && (
            <button type="button" class="full-record" onClick={openRecord}>
              {t(lang, 'card.fullRecord')} <span aria-hidden="true">{lang === 'ar' ? '←' : '→'}</span>
            </button>
          )}
          {!embedded && (
            <span class="actions">
              <button type="button" class="link not-this" title={t(lang, 'card.notThisHelp', { site })} onClick={trusted(() => onIgnore(model.id))}>
                {t(lang, 'card.notThis')}
              </button>
              <button type="button" class="pin" aria-pressed={pinned} onClick={trusted(onPin)}>
                {t(lang, pinned ? 'card.unpin' : 'card.pin')}
              </button>
              <button type="button" class="close" aria-label={t(lang, 'card.close')} onClick={trusted(onClose)}>
                ×
              </button>
            </span>
          )}
          <span class="as-of muted">
            <span>{t(lang, 'card.asOf', { date: formatDate(lang, model.asOf) })}</span>
            <span aria-hidden="true"> · </span>
            <span>{t(lang, 'card.sourceCount', { n: model.sources.length })}</span>
          </span>
        </footer>
      </CardSources.Provider>
    </div>
  );
}

/**
 * A fact: its date and status on a line of their own, the sentence below as its own direction-isolated block
 * (an English sentence in an Arabic card reads left to right, its bullet stays on the card's side).
 */
export function FactItem({ lang, fact }: { lang: Lang; fact: CardFact }) {
  const tone = fact.status ? `fact-claim fact-${fact.status}` : '';
  return (
    <li class={`fact ${tone}`.trim()}>
      {(fact.date || fact.status || fact.disputed) && (
        <div class="item-meta">
          {fact.date && (
            <time dateTime={fact.date}>
              <bdi>{formatDate(lang, fact.date)}</bdi>
            </time>
          )}
          {fact.status && <StatusChip lang={lang} status={fact.status} />}
          {fact.disputed && <bdi class="chip chip-disputed">{t(lang, 'card.disputed')}</bdi>}
        </div>
      )}
      <div class="item-text" dir="auto">
        {fact.text}
        <Cites cites={fact.cites} />
      </div>
    </li>
  );
}

/** A case: the entity's own standing first (its status, or what happened to a victim), the case's outcome second. */
export function CaseItem({ lang, item }: { lang: Lang; item: CardCase }) {
  return (
    <li data-case={item.id} class="case-item">
      <div class="item-meta">
        <time dateTime={item.date}>
          <bdi>{formatDate(lang, item.date)}</bdi>
        </time>
        {item.own && 'status' in item.own && <StatusChip lang={lang} status={item.own.status} />}
        {item.own && 'outcome' in item.own && <bdi class="own-outcome">{label(lang, 'outcome', item.own.outcome)}</bdi>}
        {!item.own && <bdi class="own-role muted">{label(lang, 'role', item.role)}</bdi>}
        <span class="case-outcome">
          <bdi class="muted">{t(lang, 'card.caseOutcome')}</bdi> <StatusChip lang={lang} status={item.status} kind="case" />
        </span>
      </div>
      <div class="item-text case-title" dir="auto">
        {item.title}
      </div>
    </li>
  );
}

/** The line above a name: its type, then its roles (a person's, as written) or its kinds. Card and record share it. */
export function Kicker({ model, lang, as: Tag = 'div' }: { model: Pick<CardModel, 'type' | 'subtitle'>; lang: Lang; as?: 'div' | 'p' }) {
  return (
    <Tag class="card-kicker">
      <span class={`type type-${model.type}`}>{label(lang, 'type', model.type)}</span>
      {model.subtitle.map((s) => (
        <bdi key={s} class="subtitle">
          {model.type === 'person' ? s : label(lang, 'kind', s)}
        </bdi>
      ))}
    </Tag>
  );
}
