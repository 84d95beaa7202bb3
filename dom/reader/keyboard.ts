// The keyboard: Escape closes the card (the reader's own key press only), and focus going into something the
// reader can type in takes that text out of the marks at once.
import type { Marks } from './marks';
import type { CardFeature } from './card';

export function startKeyboard(marks: Marks, card: CardFeature, signal: AbortSignal): void {
  document.addEventListener(
    'keydown',
    (event) => {
      if (event.isTrusted && event.key === 'Escape' && card.escape()) event.stopPropagation();
    },
    { capture: true, signal },
  );
  // About to type somewhere: text there is the reader's own and is not read (nor kept marked).
  document.addEventListener(
    'focusin',
    (event) => {
      if (event.isTrusted && event.target instanceof Element) marks.editing(event.target);
    },
    { capture: true, signal },
  );
}
