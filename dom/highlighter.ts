// Marks mentions with the CSS Custom Highlight API: ranges registered in CSS.highlights, styled by
// ::highlight(). The page's DOM and text are never changed; only one <style> element is added to <head>.
import type { EntityType } from '@/lib/types';

export type HighlightStyle = 'underline' | 'background' | 'off';
export const HIGHLIGHT_TYPES: EntityType[] = ['person', 'group', 'event', 'place'];
export const highlightName = (type: EntityType) => `backstory-${type}`;
export const ACTIVE_HIGHLIGHT = 'backstory-active';

const COLORS: Record<EntityType, string> = {
  person: '#c2410c',
  group: '#7c3aed',
  event: '#be123c',
  place: '#0f766e',
};

function css(style: HighlightStyle): string {
  if (style === 'off') return '';
  const rules = HIGHLIGHT_TYPES.map((type) =>
    style === 'underline'
      ? `::highlight(${highlightName(type)}){text-decoration:underline dotted ${COLORS[type]};text-decoration-thickness:2px;}`
      : `::highlight(${highlightName(type)}){background-color:${COLORS[type]}2e;}`,
  );
  rules.push(`::highlight(${ACTIVE_HIGHLIGHT}){background-color:#fde04788;}`);
  return rules.join('\n');
}

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export class Highlighter {
  private readonly highlights = new Map<string, Highlight>();
  private styleElement: HTMLStyleElement | null = null;

  constructor(private readonly doc: Document) {
    for (const type of HIGHLIGHT_TYPES) this.highlights.set(highlightName(type), new Highlight());
    const active = new Highlight();
    active.priority = 1;
    this.highlights.set(ACTIVE_HIGHLIGHT, active);
    for (const [name, highlight] of this.highlights) CSS.highlights.set(name, highlight);
  }

  setStyle(style: HighlightStyle): void {
    if (!this.styleElement) {
      this.styleElement = this.doc.createElement('style');
      this.styleElement.setAttribute('data-backstory-ui', '');
      (this.doc.head ?? this.doc.documentElement).append(this.styleElement);
    }
    this.styleElement.textContent = css(style);
  }

  add(type: EntityType, range: Range): void {
    this.highlights.get(highlightName(type))!.add(range);
  }

  remove(type: EntityType, range: Range): void {
    this.highlights.get(highlightName(type))!.delete(range);
  }

  setActive(range: Range | null): void {
    const active = this.highlights.get(ACTIVE_HIGHLIGHT)!;
    active.clear();
    if (range) active.add(range);
  }

  clear(): void {
    for (const highlight of this.highlights.values()) highlight.clear();
  }

  destroy(): void {
    for (const name of this.highlights.keys()) CSS.highlights.delete(name);
    this.styleElement?.remove();
    this.styleElement = null;
  }
}
