/**
 * Citation markers: numbers into the card's source list. A marker is a button, not a link: following it opens
 * the card's source list and moves the focus there, inside the card, without touching the page's URL or history.
 */
export function Cites({ cites }: { cites: number[] }) {
  if (!cites.length) return null;
  return (
    <sup class="cites">
      {cites.map((n, i) => (
        <span key={n}>
          {i ? ',' : ''}
          <button type="button" class="cite" data-cite={n} aria-label={`source ${n}`} onClick={showSource}>
            {n}
          </button>
        </span>
      ))}
    </sup>
  );
}

function showSource(event: MouseEvent) {
  event.preventDefault();
  event.stopPropagation();
  const button = event.currentTarget as HTMLElement;
  const card = button.closest('.card');
  const item = card?.querySelector<HTMLElement>(`[data-source="${button.dataset.cite}"]`);
  if (!item) return;
  const details = item.closest('details');
  if (details) details.open = true;
  item.scrollIntoView({ block: 'nearest' });
  item.focus({ preventScroll: true });
}
