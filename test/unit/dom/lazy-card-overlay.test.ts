// The card's interface arrives after the first request: calls made before it are kept or dropped as a reader
// would expect, and a failed load is tried again.
import { describe, expect, it } from 'vitest';
import { LazyCardOverlay, type CardUiWorld, type Overlay } from '@/dom/lazy-card-overlay';
import type { CardProps } from '@/components/Card';

const calls: string[] = [];
class FakeOverlay implements Overlay {
  isOpen = false;
  contains(): boolean {
    return false;
  }
  prepare(): void {
    calls.push('prepare');
  }
  show(_anchor: Range, props: CardProps): void {
    this.isOpen = true;
    calls.push(`show ${(props as unknown as { tag: string }).tag}`);
  }
  update(props: CardProps): void {
    calls.push(`update ${(props as unknown as { tag: string }).tag}`);
  }
  focusCard(): void {
    calls.push('focus');
  }
  hide(): void {
    this.isOpen = false;
    calls.push('hide');
  }
  destroy(): void {
    calls.push('destroy');
  }
}

const props = (tag: string) => ({ tag }) as unknown as CardProps;
const anchor = {} as Range;
const world = globalThis as CardUiWorld;

describe('the card interface loaded on demand', () => {
  it('shows, with the latest props and the focus, a card asked for before the interface arrived', async () => {
    calls.length = 0;
    delete world.backstoryCardOverlay;
    let requests = 0;
    const overlay = new LazyCardOverlay({} as Document, new AbortController().signal, () => {}, async () => {
      requests++;
      world.backstoryCardOverlay = FakeOverlay;
    });
    overlay.show(anchor, props('a'));
    overlay.update(props('b'));
    overlay.focusCard();
    expect(overlay.isOpen).toBe(true);
    await overlay.load();
    expect(calls).toEqual(['show b', 'focus']);
    overlay.update(props('c'));
    expect(calls.at(-1)).toBe('update c');
    await overlay.load();
    expect(requests).toBe(1);
  });

  it('does not show a card hidden before the interface arrived, and asks again after a failed load', async () => {
    calls.length = 0;
    delete world.backstoryCardOverlay;
    let requests = 0;
    const overlay = new LazyCardOverlay({} as Document, new AbortController().signal, () => {}, async () => {
      if (++requests === 2) world.backstoryCardOverlay = FakeOverlay;
    });
    overlay.show(anchor, props('a'));
    overlay.hide();
    await overlay.load(); // the first request leaves no interface: nothing breaks
    expect(calls).toEqual([]);
    expect(overlay.isOpen).toBe(false);
    await overlay.load();
    expect(requests).toBe(2);
    expect(calls).toEqual([]);
    overlay.show(anchor, props('d'));
    expect(calls).toEqual(['show d']);
    delete world.backstoryCardOverlay;
  });
});
