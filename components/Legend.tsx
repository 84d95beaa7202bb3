import type { Lang } from '@/lib/card-model';
import { label, t, type MessageKey } from '@/lib/i18n';
import { StatusChip } from './StatusChip';

const TYPES = ['person', 'group', 'event', 'place'] as const;
const CHIPS: Array<{ statuses: string[]; text: MessageKey; kind?: 'case' }> = [
  { statuses: ['alleged', 'us_sanctions_allegation'], text: 'legend.alleged' },
  { statuses: ['arrested', 'charged'], text: 'legend.charged' },
  { statuses: ['convicted', 'convicted_in_absentia'], text: 'legend.convicted' },
  { statuses: ['acquitted', 'annulled', 'released_without_charge'], text: 'legend.cleared' },
  { statuses: ['claimed'], text: 'legend.claimed' },
  { statuses: ['perpetrators_unidentified'], text: 'legend.case', kind: 'case' },
];

/** What the marks' colours and the status chips mean (popup and options). */
export function Legend({ lang }: { lang: Lang }) {
  return (
    <div class="legend">
      <h3>{t(lang, 'legend.marks')}</h3>
      <ul class="legend-marks">
        {TYPES.map((type) => (
          <li key={type}>
            <span class={`legend-mark mark-${type}`}>{label(lang, 'type', type)}</span>
          </li>
        ))}
      </ul>
      <h3>{t(lang, 'legend.chips')}</h3>
      <dl class="legend-chips">
        {CHIPS.map((c) => (
          <div key={c.text} class="legend-row">
            <dt>
              {c.statuses.map((s) => (
                <StatusChip key={s} lang={lang} status={s} kind={c.kind ?? 'status'} />
              ))}
            </dt>
            <dd>{t(lang, c.text)}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
