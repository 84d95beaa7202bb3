// Marks mentions with the CSS Custom Highlight API: ranges registered in CSS.highlights, styled by the
// ::highlight() rules of components/highlights.css, which the manifest declares. The page's DOM is never
// touched: no element, no style, no attribute.
import type { EntityType } from '@/lib/types';

export type HighlightStyle = 'underline' | 'background' | 'off';
export const HIGHLIGHT_TYPES: EntityType[] = ['person', 'group', 'event', 'place'];
export const highlightName = (style: Exclude<HighlightStyle, 'off'>, type: EntityType) => `backstory-${style}-${type}`;
export const ACTIVE_HIGHLIGHT = 'backstory-active';

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export class Highlighter {
  private readonly byType = new Map<EntityType, Highlight>();
  private readonly active = new Highlight();
  private style: HighlightStyle = 'off';

  constructor() {
    for (const type of HIGHLIGHT_TYPES) this.byType.set(type, new Highlight());
    this.active.priority = 1;
    CSS.highlights.set(ACTIVE_HIGHLIGHT, this.active);
  }

  /** The same ranges, registered under the names of another style ("off" registers none). */
  setStyle(style: HighlightStyle): void {
    if (style === this.style) return;
    this.unregister();
    this.style = style;
    if (style === 'off') return;
    for (const [type, highlight] of this.byType) CSS.highlights.set(highlightName(style, type), highlight);
  }

  add(type: EntityType, range: Range): void {
    this.byType.get(type)!.add(range);
  }

  remove(type: EntityType, range: Range): void {
    this.byType.get(type)!.delete(range);
  }

  /** How many ranges are registered (tests and benchmarks). */
  get size(): number {
    let n = 0;
    for (const highlight of this.byType.values()) n += highlight.size;
    return n;
  }

  setActive(range: Range | null): void {
    this.active.clear();
    if (range) this.active.add(range);
  }

  clear(): void {
    for (const highlight of this.byType.values()) highlight.clear();
    this.active.clear();
  }

  destroy(): void {
    this.clear();
    this.unregister();
    CSS.highlights.delete(ACTIVE_HIGHLIGHT);
  }

  private unregister(): void {
    if (this.style === 'off') return;
    for (const type of HIGHLIGHT_TYPES) CSS.highlights.delete(highlightName(this.style, type));
  }
}
