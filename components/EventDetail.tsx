import type { CardEventDetail, Lang } from '@/lib/card-model';
import { formatDate, label, t } from '@/lib/i18n';
import { StatusChip } from './StatusChip';
import { Cites } from './Cites';

/**
 * What a card shows for an event: when, where, who, and where the case stands; the full record adds the
 * figures per source and the legal steps. Labels sit above their values (a label column left four-word lines),
 * and every name, date and chip is its own direction-isolated run.
 */
export function EventDetail({ lang, event, compact = false }: { lang: Lang; event: CardEventDetail; compact?: boolean }) {
  const { date } = event;
  const perpetrators = compact ? event.perpetrators.slice(0, 3) : event.perpetrators;
  return (
    <dl class="event">
      <div class="event-row">
        <dt>{t(lang, 'card.date')}</dt>
        <dd>
          <time dateTime={date.start}>
            <bdi>{formatDate(lang, date.start)}</bdi>
          </time>
          {date.end && date.end !== date.start && (
            <>
              {' – '}
              <bdi>{formatDate(lang, date.end)}</bdi>
            </>
          )}
          {date.alt.map((a) => (
            <span key={a.start} class="alt-date">
              {' '}
              ({t(lang, 'card.altDate', { date: formatDate(lang, a.start) })}
              <Cites cites={a.cites} />)
            </span>
          ))}
        </dd>
      </div>
      {event.places.length > 0 && (
        <div class="event-row">
          <dt>{t(lang, 'card.places')}</dt>
          <dd>
            {event.places.map((p, i) => (
              <span key={p.id}>
                {i ? ' · ' : ''}
                <bdi>{p.name}</bdi>
              </span>
            ))}
          </dd>
        </div>
      )}
      {event.victims.length > 0 && (
        <div class="event-row">
          <dt>{t(lang, 'card.victims')}</dt>
          <dd>
            {event.victims.map((v, i) => (
              <span key={v.id}>
                {i ? '; ' : ''}
                <bdi>{v.name}</bdi> ({label(lang, 'outcome', v.outcome)})
              </span>
            ))}
          </dd>
        </div>
      )}
      {perpetrators.length > 0 && (
        <div class="event-row">
          <dt>{t(lang, 'card.perpetrators')}</dt>
          <dd>
            <ul class="perpetrators">
              {perpetrators.map((p) => (
                <li key={p.id + p.status} class={`claim claim-${p.status}`}>
                  <div class="item-meta">
                    <StatusChip lang={lang} status={p.status} /> <bdi class="perp-name">{p.name}</bdi>
                  </div>
                  <div class="item-text muted" dir="auto">
                    {p.basis}
                    <Cites cites={p.cites} />
                  </div>
                </li>
              ))}
            </ul>
          </dd>
        </div>
      )}
      {!compact && event.casualties.length > 0 && (
        <div class="event-row">
          <dt>{t(lang, 'card.casualties')}</dt>
          <dd>
            <ul class="casualties">
              {event.casualties.map((c, i) => (
                <li key={i}>
                  {[c.killed !== undefined && t(lang, 'card.killed', { n: c.killed }), c.wounded !== undefined && t(lang, 'card.wounded', { n: c.wounded })]
                    .filter(Boolean)
                    .join(lang === 'ar' ? '، ' : ', ')}{' '}
                  <span class="muted">
                    (<bdi>{c.by}</bdi>
                    {c.note ? (
                      <>
                        {'; '}
                        <bdi>{c.note}</bdi>
                      </>
                    ) : null}
                    )
                  </span>
                  <Cites cites={c.cites} />
                </li>
              ))}
            </ul>
          </dd>
        </div>
      )}
      {!compact && event.legal.length > 0 && (
        <div class="event-row">
          <dt>{t(lang, 'card.legal')}</dt>
          <dd>
            <ol class="legal">
              {event.legal.map((l, i) => (
                <li key={i}>
                  <div class="item-meta">
                    <time dateTime={l.date}>
                      <bdi>{formatDate(lang, l.date)}</bdi>
                    </time>
                    {l.court && (
                      <>
                        {' · '}
                        <bdi class="muted">{l.court}</bdi>
                      </>
                    )}
                  </div>
                  <div class="item-text" dir="auto">
                    {l.action}
                    <Cites cites={l.cites} />
                  </div>
                </li>
              ))}
            </ol>
          </dd>
        </div>
      )}
      <div class="event-row">
        <dt>{t(lang, 'card.caseStatus')}</dt>
        <dd>
          <StatusChip lang={lang} status={event.status} kind="case" />
        </dd>
      </div>
    </dl>
  );
}
