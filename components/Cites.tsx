/** Citation markers: numbers into the card's source list. */
export function Cites({ cites }: { cites: number[] }) {
  if (!cites.length) return null;
  return (
    <sup class="cites">
      {cites.map((n, i) => (
        <a key={n} href={`#bs-src-${n}`} data-cite={n} aria-label={`source ${n}`}>
          {i ? ',' : ''}
          {n}
        </a>
      ))}
    </sup>
  );
}
