// The marks: scans the page in slices, keeps the highlights in step with the page (the observer), filters them
// by the reader's settings, and reports the badge count. Started and stopped with the site's switch; all of
// it stops when the owner's signal aborts.
import { browser } from 'wxt/browser';
import type { Spotter } from '@/lib/spotter';
import type { Settings } from '@/lib/settings';
import { markStyleFor } from '@/lib/mark-style';
import { PageScanner, type EntityCount, type ScanFilter } from '../page-scanner';
import { PageObserver } from '../page-observer';
import type { PageMention } from '../mention-registry';
import type { ReaderServices } from './services';

/** How often the badge may be updated while a page is being read or keeps growing. */
const BADGE_MS = 250;

export class Marks {
  private scanner: PageScanner | null = null;
  private observer: PageObserver | null = null;
  private badgeTimer: ReturnType<typeof setTimeout> | undefined;
  private badgeShown = -1;

  constructor(
    private readonly spotter: Spotter,
    private readonly services: ReaderServices,
    private readonly signal: AbortSignal,
    /** Text left the page: the card checks that its name is still there. */
    private readonly onRemoved: () => void,
  ) {
    signal.addEventListener('abort', () => this.stop(), { once: true });
  }

  get running(): boolean {
    return this.scanner !== null;
  }

  start(): void {
    if (this.scanner || this.signal.aborted) return;
    const settings = this.services.settings();
    const scanner = new PageScanner(this.spotter, document, this.filterOf(settings), () => this.reportBadge(), this.signal);
    scanner.highlights.setStyle(markStyleFor(settings.style, document.documentElement));
    this.scanner = scanner;
    this.observer = new PageObserver(document.body, ({ removed, added, changed }) => {
      if (removed.length) scanner.remove(removed);
      for (const node of added) void scanner.scan(node);
      if (changed.length) void scanner.rescan(changed);
      this.onRemoved();
    });
    this.observer.start();
    void scanner.scan(document.body);
  }

  stop(): void {
    this.observer?.stop();
    this.observer = null;
    this.scanner?.stop();
    this.scanner = null;
    this.reportBadge();
  }

  /** The settings changed while marking: style and filter follow. */
  applySettings(settings: Settings): void {
    if (!this.scanner) return;
    this.scanner.highlights.setStyle(markStyleFor(settings.style, document.documentElement));
    this.scanner.setFilter(this.filterOf(settings));
  }

  /** The reader is about to type in this element: its text is theirs, and its marks go. */
  editing(element: Element): void {
    this.observer?.editing(element);
  }

  setActive(range: Range | null): void {
    this.scanner?.highlights.setActive(range);
  }

  /** The marked name under a point: a repeat left unmarked, or a kind switched off, opens no card. */
  mentionAt(
    x: number,
    y: number,
    hitTest: (registry: PageScanner['registry'], x: number, y: number, marked: (entry: PageMention) => boolean) => PageMention | null,
  ): PageMention | null {
    const scanner = this.scanner;
    return scanner ? hitTest(scanner.registry, x, y, (entry) => scanner.isMarked(entry.key)) : null;
  }

  mentions(): PageMention[] {
    return this.scanner?.mentions() ?? [];
  }

  entities(): EntityCount[] {
    return this.scanner?.entities() ?? [];
  }

  private filterOf(s: Settings): ScanFilter {
    return { types: s.types, ignored: new Set(s.ignored[this.services.site] ?? []), firstOnly: s.marks === 'first' };
  }

  private reportBadge(): void {
    if (this.badgeTimer !== undefined) return;
    // At most one badge message per BADGE_MS, and only when the number changed.
    this.badgeTimer = setTimeout(() => {
      this.badgeTimer = undefined;
      const count = this.scanner ? this.scanner.entityCount : 0;
      if (count === this.badgeShown) return;
      this.badgeShown = count;
      browser.runtime.sendMessage({ type: 'page-entities', count }).catch(() => this.services.checkValid());
    }, BADGE_MS);
  }
}
