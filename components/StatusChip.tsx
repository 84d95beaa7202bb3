import { label } from '@/lib/i18n';
import type { Lang } from '@/lib/card-model';

/** Allegations are drawn dashed and hedged; court outcomes solid. A suspicion never looks like a finding. */
const ESTABLISHED = new Set(['convicted', 'convicted_in_absentia', 'acquitted', 'annulled', 'charged', 'claimed']);

export function StatusChip({ lang, status, kind = 'status' }: { lang: Lang; status: string; kind?: 'status' | 'case' }) {
  const tone = kind === 'case' ? 'case' : ESTABLISHED.has(status) ? 'court' : 'alleged';
  return (
    <span class={`chip chip-${tone}`} data-status={status}>
      {label(lang, kind, status)}
    </span>
  );
}
