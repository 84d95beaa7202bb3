// Tells when elements come near the viewport and leave it again, with one IntersectionObserver.
// Used to keep the number of registered highlight ranges bounded on very long pages.

/** How far outside the viewport an element counts as near: about two screens, so scrolling never shows
 * an unmarked name. */
export const NEAR_MARGIN = '200% 0px';

export class ViewportWatch {
  private readonly observer: IntersectionObserver;
  /** Weak: an element the page removed is not kept alive by us. */
  private near = new WeakSet<Element>();

  constructor(
    private readonly onEnter: (element: Element) => void,
    private readonly onLeave: (element: Element) => void,
  ) {
    this.observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (entry.isIntersecting && !this.near.has(entry.target)) {
            this.near.add(entry.target);
            this.onEnter(entry.target);
          } else if (!entry.isIntersecting && this.near.delete(entry.target)) this.onLeave(entry.target);
        }
      },
      { rootMargin: NEAR_MARGIN },
    );
  }

  watch(element: Element): void {
    this.observer.observe(element);
  }

  unwatch(element: Element): void {
    this.observer.unobserve(element);
    this.near.delete(element);
  }

  isNear(element: Element): boolean {
    return this.near.has(element);
  }

  stop(): void {
    this.observer.disconnect();
    this.near = new WeakSet();
  }
}
