// Finds the mention under the pointer: the caret position under the point gives a text node, whose
// mentions are few; the one whose client rects contain the point wins.
import type { MentionRegistry, PageMention } from './mention-registry';

type CaretDocument = Document & {
  caretPositionFromPoint?: (x: number, y: number, options?: { shadowRoots?: ShadowRoot[] }) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

export function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as CaretDocument;
  if (d.caretPositionFromPoint) {
    const position = d.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const range = d.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

const SLOP = 1; // px: the caret can land at the edge of a glyph box

export function rangeContainsPoint(range: Range, x: number, y: number): boolean {
  for (const rect of range.getClientRects())
    if (x >= rect.left - SLOP && x <= rect.right + SLOP && y >= rect.top - SLOP && y <= rect.bottom + SLOP) return true;
  return false;
}

export function mentionAt(doc: Document, registry: MentionRegistry, x: number, y: number, marked: (entry: PageMention) => boolean = () => true): PageMention | null {
  const caret = caretAt(doc, x, y);
  if (!caret || caret.node.nodeType !== 3) return null;
  for (const entry of registry.atNode(caret.node)) if (rangeContainsPoint(entry.range, x, y) && marked(entry)) return entry;
  return null;
}
