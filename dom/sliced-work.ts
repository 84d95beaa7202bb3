// Runs a generator of small steps across several tasks, each at most about one slice long, so that no piece of
// the extension's work is a long task for the page (the engine's tables at the reader's start, for one).
import { timed } from './work-clock';

/** Work per task before yielding to the page: well under one 16 ms frame. */
export const SLICE_MS = 8;

export const yieldToPage = (): Promise<void> => {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
};

export async function runSliced<T>(steps: Generator<void, T>, sliceMs = SLICE_MS): Promise<T> {
  for (;;) {
    const result = timed(() => {
      const start = performance.now();
      for (;;) {
        const r = steps.next();
        if (r.done || performance.now() - start >= sliceMs) return r;
      }
    });
    if (result.done) return result.value;
    await yieldToPage();
  }
}
