import { label } from '@/lib/i18n';
import type { Lang } from '@/lib/card-model';

/**
 * One look per kind of standing, so that a suspicion never looks like a finding: an allegation is dashed and
 * in italics; an arrest or charge a neutral outline; a conviction solid; an acquittal, an annulled verdict or a
 * release without charge a style of its own; a claim of responsibility its own too. A case's outcome is grey.
 */
export type ChipTone = 'alleged' | 'charged' | 'convicted' | 'cleared' | 'claimed' | 'case';

const TONES: Record<string, ChipTone> = {
  alleged: 'alleged',
  us_sanctions_allegation: 'alleged',
  arrested: 'charged',
  charged: 'charged',
  convicted: 'convicted',
  convicted_in_absentia: 'convicted',
  acquitted: 'cleared',
  annulled: 'cleared',
  released_without_charge: 'cleared',
  claimed: 'claimed',
};

export function chipTone(status: string, kind: 'status' | 'case' = 'status'): ChipTone {
  return kind === 'case' ? 'case' : (TONES[status] ?? 'alleged');
}

export function StatusChip({ lang, status, kind = 'status' }: { lang: Lang; status: string; kind?: 'status' | 'case' }) {
  const tone = chipTone(status, kind);
  return (
    <bdi class={`chip chip-${tone}`} data-status={status}>
      {label(lang, kind, status)}
    </bdi>
  );
}
