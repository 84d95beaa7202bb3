import type { CardEventDetail, Lang } from '@/lib/card-model';
import { formatDate, label, t } from '@/lib/i18n';
import { StatusChip } from './StatusChip';
import { Cites } from './Cites';

/** What a card shows for an event: when, where, who, the figures per source and the legal steps. */
export function EventDetail({ lang, event }: { lang: Lang; event: CardEventDetail }) {
  const { date } = event;
  return (
    <dl class="event">
      <dt>{t(lang, 'card.date')}</dt>
      <dd>
        <time dateTime={date.start}>{formatDate(lang, date.start)}</time>
        {date.end && date.end !== date.start && <> – {formatDate(lang, date.end)}</>}
        {date.alt.map((a) => (
          <span key={a.start} class="alt-date">
            {' '}
            ({t(lang, 'card.altDate', { date: formatDate(lang, a.start) })}
            <Cites cites={a.cites} />)
          </span>
        ))}
      </dd>
      {event.places.length > 0 && (
        <>
          <dt>{t(lang, 'card.places')}</dt>
          <dd>{event.places.map((p) => p.name).join(' · ')}</dd>
        </>
      )}
      {event.victims.length > 0 && (
        <>
          <dt>{t(lang, 'card.victims')}</dt>
          <dd>
            {event.victims.map((v, i) => (
              <span key={v.id}>
                {i ? '; ' : ''}
                {v.name} ({label(lang, 'outcome', v.outcome)})
              </span>
            ))}
          </dd>
        </>
      )}
      {event.perpetrators.length > 0 && (
        <>
          <dt>{t(lang, 'card.perpetrators')}</dt>
          <dd>
            <ul class="perpetrators">
              {event.perpetrators.map((p) => (
                <li key={p.id + p.status}>
                  <StatusChip lang={lang} status={p.status} /> {p.name}
                  <span class="muted"> — {p.basis}</span>
                  <Cites cites={p.cites} />
                </li>
              ))}
            </ul>
          </dd>
        </>
      )}
      {event.casualties.length > 0 && (
        <>
          <dt>{t(lang, 'card.casualties')}</dt>
          <dd>
            <ul>
              {event.casualties.map((c, i) => (
                <li key={i}>
                  {[c.killed !== undefined && t(lang, 'card.killed', { n: c.killed }), c.wounded !== undefined && t(lang, 'card.wounded', { n: c.wounded })]
                    .filter(Boolean)
                    .join(', ')}{' '}
                  <span class="muted">
                    ({c.by}
                    {c.note ? `; ${c.note}` : ''})
                  </span>
                  <Cites cites={c.cites} />
                </li>
              ))}
            </ul>
          </dd>
        </>
      )}
      {event.legal.length > 0 && (
        <>
          <dt>{t(lang, 'card.legal')}</dt>
          <dd>
            <ol class="legal">
              {event.legal.map((l, i) => (
                <li key={i}>
                  <time dateTime={l.date}>{formatDate(lang, l.date)}</time> {l.action}
                  {l.court && <span class="muted"> ({l.court})</span>}
                  <Cites cites={l.cites} />
                </li>
              ))}
            </ol>
          </dd>
        </>
      )}
      <dt>{t(lang, 'card.caseStatus')}</dt>
      <dd>
        <StatusChip lang={lang} status={event.status} kind="case" />
      </dd>
    </dl>
  );
}
