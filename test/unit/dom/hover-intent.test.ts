import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CLOSE_GRACE_MS, HoverIntent } from '@/dom/hover-intent';

describe('hover intent', () => {
  let events: string[];
  let intent: HoverIntent<string>;
  beforeEach(() => {
    vi.useFakeTimers();
    events = [];
    intent = new HoverIntent<string>({
      openDelay: () => 150,
      same: (a, b) => a === b,
      onIntent: (t) => events.push(`intent ${t}`),
      onOpen: (t) => events.push(`open ${t}`),
      onClose: () => events.push('close'),
    });
  });
  afterEach(() => vi.useRealTimers());

  it('opens only after the pointer rests for the delay', () => {
    intent.pointerOver('a');
    vi.advanceTimersByTime(100);
    intent.pointerOver(null);
    vi.advanceTimersByTime(500);
    expect(events).toEqual(['intent a']);
    intent.pointerOver('a');
    vi.advanceTimersByTime(150);
    expect(events).toEqual(['intent a', 'intent a', 'open a']);
  });

  it('stays open while the pointer crosses to the card, and closes after the grace when it leaves both', () => {
    intent.pointerOver('a');
    vi.advanceTimersByTime(150);
    intent.pointerOver(null);
    vi.advanceTimersByTime(CLOSE_GRACE_MS - 50);
    intent.cardEnter();
    vi.advanceTimersByTime(1000);
    expect(events).toEqual(['intent a', 'open a']);
    intent.cardLeave();
    vi.advanceTimersByTime(CLOSE_GRACE_MS);
    expect(events).toEqual(['intent a', 'open a', 'close']);
  });

  it('opens at once from the keyboard and closes on request', () => {
    intent.openNow('b');
    expect(intent.current).toBe('b');
    intent.close();
    expect(events).toEqual(['open b', 'close']);
    expect(intent.current).toBeNull();
  });
});
