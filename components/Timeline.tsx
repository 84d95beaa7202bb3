import type { Lang } from '@/lib/card-model';
import type { TimelineEntry } from '@/lib/record-model';
import { formatDate, label, t } from '@/lib/i18n';
import { chipTone, StatusChip } from './StatusChip';

/** A date as a fraction of a year, for placing it on the axis (a year alone sits mid-year). */
function when(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return y + ((m ?? 6.5) - 1) / 12 + ((d ?? 15) - 1) / 365;
}

/**
 * The timeline of an entity's cases and legal steps: a chart on a time axis that follows the text's direction
 * (time runs right to left in Arabic), then the same entries as a list, which is what a screen reader reads.
 */
export function Timeline({ lang, entries, caseHref }: { lang: Lang; entries: TimelineEntry[]; caseHref: (id: string) => string }) {
  if (!entries.length) return null;
  const first = Math.floor(when(entries[0].date));
  const last = Math.floor(when(entries[entries.length - 1].date)) + 1;
  const span = Math.max(1, last - first);
  const at = (date: string) => ((when(date) - first) / span) * 100;
  // Entries too close to share a row stack in lanes.
  const lanes: number[] = [];
  const placed = entries.map((e) => {
    const x = at(e.date);
    let lane = lanes.findIndex((end) => x - end > 4);
    if (lane < 0) lane = lanes.push(-100) - 1;
    lanes[lane] = x;
    return { e, x, lane };
  });
  const years = Array.from({ length: span + 1 }, (_, i) => first + i);
  return (
    <div class="timeline-block">
      <div
        class="chart"
        role="img"
        aria-label={t(lang, 'record.timelineChart', { n: entries.length, from: String(first), to: String(last - 1) })}
        style={{ height: `${40 + Math.min(lanes.length, 8) * 16}px` }}
      >
        <div class="chart-axis" />
        {years.map((y) => (
          <span key={y} class="chart-year" style={{ insetInlineStart: `${((y - first) / span) * 100}%` }}>
            {y}
          </span>
        ))}
        {placed.map(({ e, x, lane }, i) => (
          <span
            key={i}
            class={`chart-point chart-${e.kind} tone-${e.kind === 'case' && e.own && 'status' in e.own ? chipTone(e.own.status) : e.kind}`}
            style={{ insetInlineStart: `${x}%`, bottom: `${26 + Math.min(lane, 7) * 16}px` }}
            title={`${formatDate(lang, e.date)} · ${e.kind === 'case' ? e.caseTitle : e.action ?? ''}`}
          />
        ))}
      </div>
      <ol class="timeline-list">
        {entries.map((e, i) => (
          <li key={i} class={`tl-${e.kind}`} data-timeline={e.kind}>
            <div class="item-meta">
              <time dateTime={e.date}>
                <bdi>{formatDate(lang, e.date)}</bdi>
              </time>
              <bdi class="tl-kind">{t(lang, e.kind === 'case' ? 'record.caseStep' : 'record.legalStep')}</bdi>
              {e.own && 'status' in e.own && <StatusChip lang={lang} status={e.own.status} />}
              {e.own && 'outcome' in e.own && <bdi class="own-outcome">{label(lang, 'outcome', e.own.outcome)}</bdi>}
              {e.status && (
                <span class="case-outcome">
                  <bdi class="muted">{t(lang, 'card.caseOutcome')}</bdi> <StatusChip lang={lang} status={e.status} kind="case" />
                </span>
              )}
            </div>
            <div class="item-text" dir="auto">
              {e.kind === 'legal' ? (
                <>
                  {e.action}
                  {e.court && <span class="muted"> ({e.court})</span>} ·{' '}
                </>
              ) : null}
              <a href={caseHref(e.caseId)}>{e.caseTitle}</a>
            </div>
          </li>
        ))}
      </ol>
    </div>
  );
}
