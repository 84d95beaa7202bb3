import { createContext } from 'preact';
import { useContext, useRef, useState } from 'preact/hooks';
import type { CardReport, Lang } from '@/lib/card-model';
import { formatDate, t } from '@/lib/i18n';

/** The sources a card's citation numbers point into, and the card's language. */
export const CardSources = createContext<{ lang: Lang; sources: CardReport[] }>({ lang: 'en', sources: [] });

/**
 * Citation markers: numbers into the card's sources, each a button of at least 24×24 px. Hovering, focusing or
 * clicking one shows its source (publisher, date, title and link) in place, inside the card: no navigation, no
 * scrolling, and the card stays open. A click keeps it shown until clicked again.
 */
export function Cites({ cites }: { cites: number[] }) {
  const { lang, sources } = useContext(CardSources);
  const [shown, setShown] = useState<number | null>(null);
  const [kept, setKept] = useState<number | null>(null);
  // Hiding waits a moment, so that the pointer can move from the number onto the source to follow its link.
  const hideTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const show = (n: number) => {
    clearTimeout(hideTimer.current);
    setShown(n);
  };
  const hide = () => {
    clearTimeout(hideTimer.current);
    hideTimer.current = setTimeout(() => setShown(null), 200);
  };
  if (!cites.length) return null;
  const open = kept ?? shown;
  const source = open ? sources[open - 1] : undefined;
  const tipId = (n: number) => `bs-cite-${n}-${cites.join('-')}`;
  return (
    <span class="cites">
      {cites.map((n) => (
        <button
          key={n}
          type="button"
          class="cite"
          data-cite={n}
          aria-label={t(lang, 'card.source', { n })}
          aria-expanded={open === n}
          aria-controls={open === n ? tipId(n) : undefined}
          onPointerEnter={() => show(n)}
          onPointerLeave={hide}
          onFocus={() => show(n)}
          onBlur={hide}
          onClick={(event) => {
            // Stays in the card: nothing for the page to see, nothing that closes the card.
            event.preventDefault();
            event.stopPropagation();
            setKept((k) => (k === n ? null : n));
          }}
        >
          {n}
        </button>
      ))}
      {source && open && (
        <span class="cite-tip" id={tipId(open)} role="note" data-source-tip={open} onPointerEnter={() => show(open)} onPointerLeave={hide} onFocusIn={() => show(open)} onFocusOut={hide}>
          <span class="cite-tip-meta">
            <bdi>{source.publisher}</bdi> · <bdi>{formatDate(lang, source.date)}</bdi>
          </span>
          <a href={source.url} target="_blank" rel="noopener noreferrer" dir="auto" title={t(lang, 'card.sourceOpen')}>
            {source.title}
          </a>
        </span>
      )}
    </span>
  );
}
