// Hover: the reader's own pointer (trusted events only: a page can dispatch any event, never a trusted one),
// hit-tested against the marks at most once a frame, tells the card which name it rests on.
import { mentionAt } from '../hit-test';
import type { Marks } from './marks';
import type { CardFeature } from './card';

export function startHover(marks: Marks, card: CardFeature, signal: AbortSignal): void {
  let frame = 0;
  let last: PointerEvent | null = null;
  signal.addEventListener('abort', () => cancelAnimationFrame(frame), { once: true });
  const onPointerMove = (event: PointerEvent) => {
    if (!event.isTrusted) return;
    last = event;
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      if (!last || !marks.running || card.pinned || card.contains(last.target as Node)) return;
      card.pointerOver(marks.mentionAt(last.clientX, last.clientY, (registry, x, y, marked) => mentionAt(document, registry, x, y, marked)));
    });
  };
  document.addEventListener('pointermove', onPointerMove, { passive: true, capture: true, signal });
}
