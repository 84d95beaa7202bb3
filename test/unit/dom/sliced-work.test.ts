// Work cut into steps runs across tasks: other tasks of the page run between the slices.
import { describe, expect, it } from 'vitest';
import { runSliced } from '@/dom/sliced-work';

(globalThis as { __BACKSTORY_TEST_HOOKS__?: boolean }).__BACKSTORY_TEST_HOOKS__ = false; // a build-time constant in the extension

describe('sliced work', () => {
  it('yields to other tasks between slices and returns the generator’s value', async () => {
    const order: string[] = [];
    function* steps(): Generator<void, number> {
      for (let i = 0; i < 3; i++) {
        order.push(`step ${i}`);
        // Another task queued now runs before the next slice, not after the whole work.
        setTimeout(() => order.push(`task after ${i}`), 0);
        yield;
      }
      return 42;
    }
    // A slice of 0 ms: every step is a slice of its own.
    expect(await runSliced(steps(), 0)).toBe(42);
    expect(order.slice(0, 4)).toEqual(['step 0', 'task after 0', 'step 1', 'task after 1']);
  });
});
