// The card's interface: the overlay, Preact and the card's components. Not in the manifest and not
// web-accessible: the background injects it (scripting.executeScript) into a page whose reader may soon open a
// card (dom/lazy-card-overlay.ts), in the same isolated world as the reader, never in the page's.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { CardOverlay } from '@/dom/card-overlay';
import type { CardUiWorld } from '@/dom/lazy-card-overlay';

export default defineUnlistedScript(() => {
  (globalThis as CardUiWorld).backstoryCardOverlay ??= CardOverlay;
});
