import { useState } from 'preact/hooks';
import type { Lang } from '@/lib/card-model';
import type { RecordModel } from '@/lib/record-model';
import { whyParts } from '@/lib/card-glance';
import { cslJson, recordCsl, recordText, sourceCsl, sourceText } from '@/lib/citation';
import { formatDate, label, t } from '@/lib/i18n';
import { CardSources, Cites } from './Cites';
import { FactItem, Kicker } from './Card';
import { EventDetail } from './EventDetail';
import { StatusChip } from './StatusChip';
import { Timeline } from './Timeline';

export interface RecordProps {
  lang: Lang;
  /** null: no record has this id. */
  record: RecordModel | null;
  /** The link to another record (a hash on this page). */
  href: (id: string) => string;
  /** Writes text to the clipboard; resolves false when the browser refused. */
  copy: (text: string) => Promise<boolean>;
}

/**
 * The full record of a name: every fact with its sources, the timeline of its cases and legal steps, related
 * entities as links, the sources with a citation to copy for each, and the dataset's date. Headings give the
 * page its outline for screen readers; everything is reachable from the keyboard.
 */
export function Record({ lang, record, href, copy }: RecordProps) {
  const [copied, setCopied] = useState<string>('');
  const dir = lang === 'ar' ? 'rtl' : 'ltr';
  if (!record)
    return (
      <main class="record card" dir={dir} lang={lang}>
        <h1>{t(lang, 'record.notFound')}</h1>
      </main>
    );
  const { card } = record;
  const doCopy = async (text: string) => setCopied(t(lang, (await copy(text)) ? 'record.copied' : 'record.copyFailed'));
  const ref = { id: card.id, name: card.name, asOf: card.asOf, datasetDate: record.datasetDate };
  const why = whyParts(card, lang);
  return (
    <CardSources.Provider value={{ lang, sources: card.sources }}>
      <main class="record card" dir={dir} lang={lang} data-entity={card.id}>
        <header class="record-head">
          <Kicker model={card} lang={lang} as="p" />
          <h1 tabIndex={-1}>
            <bdi>{card.name}</bdi>
          </h1>
          {card.otherName && (
            <p class="card-other-name">
              <bdi lang={lang === 'ar' ? 'en' : 'ar'} dir={lang === 'ar' ? 'ltr' : 'rtl'}>
                {card.otherName}
              </bdi>
            </p>
          )}
          {card.within && (
            <p class="muted">
              <a href={href(card.within.id)}>{t(lang, 'card.within', { place: card.within.name })}</a>
            </p>
          )}
          {why.length > 0 && (
            <p class="why">
              {why.map((part, i) => (
                <span key={i}>
                  {i ? ' · ' : ''}
                  <bdi>{part}</bdi>
                </span>
              ))}
            </p>
          )}
        </header>

        <section aria-labelledby="rec-summary">
          <h2 id="rec-summary">{t(lang, 'record.summary')}</h2>
          <p class="summary" dir="auto">
            {card.summary}
            <Cites cites={card.summaryCites} />
          </p>
          {card.event && <EventDetail lang={lang} event={card.event} />}
        </section>

        {card.facts.length > 0 && (
          <section aria-labelledby="rec-facts">
            <h2 id="rec-facts">{t(lang, 'record.facts')}</h2>
            <ul class="facts">
              {card.facts.map((f, i) => (
                <FactItem key={i} lang={lang} fact={f} />
              ))}
            </ul>
          </section>
        )}

        {record.timeline.length > 0 && (
          <section aria-labelledby="rec-timeline">
            <h2 id="rec-timeline">{t(lang, 'record.timeline')}</h2>
            <Timeline lang={lang} entries={record.timeline} caseHref={href} />
          </section>
        )}

        {record.related.length > 0 && (
          <section aria-labelledby="rec-related">
            <h2 id="rec-related">{t(lang, 'record.related')}</h2>
            <ul class="related">
              {record.related.map((r) => (
                <li key={r.id} data-related={r.id}>
                  <span class={`dot dot-${r.type}`} aria-hidden="true" />
                  <a href={href(r.id)} dir="auto">
                    {r.name}
                  </a>{' '}
                  <span class="muted">
                    {label(lang, 'type', r.type)} · {r.how.inverse ? <>{label(lang, r.how.prefix, r.how.key)} <bdi>{card.name}</bdi></> : label(lang, r.how.prefix, r.how.key)}
                  </span>
                  {r.status && <> <StatusChip lang={lang} status={r.status} /></>}
                </li>
              ))}
            </ul>
          </section>
        )}

        {card.reports.length > 0 && (
          <section aria-labelledby="rec-reports">
            <h2 id="rec-reports">{t(lang, 'record.reports')}</h2>
            <ul class="reports">
              {card.reports.map((r) => (
                <li key={r.id}>
                  <div class="item-meta">
                    <bdi>{r.publisher}</bdi> · <bdi>{formatDate(lang, r.date)}</bdi>
                  </div>
                  <div class="item-text" dir="auto">
                    <a href={r.url} target="_blank" rel="noopener noreferrer">
                      {r.title}
                    </a>
                  </div>
                </li>
              ))}
            </ul>
          </section>
        )}

        <section aria-labelledby="rec-sources">
          <h2 id="rec-sources">{t(lang, 'record.sources')}</h2>
          <ol class="sources-list">
            {card.sources.map((s, i) => (
              <li key={s.id} id={`source-${i + 1}`} data-source={i + 1}>
                <div class="item-meta">
                  <bdi>{s.publisher}</bdi> · <bdi>{formatDate(lang, s.date)}</bdi>
                </div>
                <div class="item-text" dir="auto">
                  <a href={s.url} target="_blank" rel="noopener noreferrer">
                    {s.title}
                  </a>
                </div>
                <div class="copy-row">
                  <button type="button" class="copy" onClick={() => void doCopy(sourceText(s))} aria-label={`${t(lang, 'record.copyText')}: ${s.title}`}>
                    {t(lang, 'record.copyText')}
                  </button>
                  <button type="button" class="copy" onClick={() => void doCopy(cslJson([sourceCsl(s)]))} aria-label={`${t(lang, 'record.copyCsl')}: ${s.title}`}>
                    {t(lang, 'record.copyCsl')}
                  </button>
                </div>
              </li>
            ))}
          </ol>
        </section>

        <section aria-labelledby="rec-cite">
          <h2 id="rec-cite">{t(lang, 'record.citeRecord')}</h2>
          <p class="citation" dir="ltr" lang="en">
            {recordText(ref)}
          </p>
          <div class="copy-row">
            <button type="button" class="copy" data-copy="record-text" onClick={() => void doCopy(recordText(ref))}>
              {t(lang, 'record.copyText')}
            </button>
            <button type="button" class="copy" data-copy="record-csl" onClick={() => void doCopy(cslJson([recordCsl(ref), ...card.sources.map(sourceCsl)]))}>
              {t(lang, 'record.copyCsl')}
            </button>
          </div>
          <p role="status" class="muted copy-status">
            {copied}
          </p>
        </section>

        <footer class="record-foot muted">
          <p>{t(lang, 'record.dataset', { date: formatDate(lang, record.datasetDate), asOf: formatDate(lang, card.asOf) })}</p>
          <p>{t(lang, 'record.offline')}</p>
        </footer>
      </main>
    </CardSources.Provider>
  );
}
