// What the second stage's features share, handed to each by the owner (dom/content-controller.ts): the site,
// the current settings and language, and whether the extension is still there. No feature reads another's state.
import type { Settings } from '@/lib/settings';
import type { Lang } from '@/lib/card-model';

export interface ReaderServices {
  readonly site: string;
  settings(): Settings;
  lang(): Lang;
  /** Asks whether the extension is gone (reloaded or removed); asking stops the reader if it is. */
  checkValid(): void;
}
