// Test builds only: how long the extension's own code ran on this page, with performance.now() around each
// piece of work, and the longest piece. Firefox has no CDP metrics for the benchmark (scripts/bench/firefox.ts)
// to read, so the script keeps the figures itself and labels <html> with them. The store build compiles this
// down to calling the work directly.

interface Work {
  total: number;
  longest: number;
}

export function timed<T>(work: () => T): T {
  if (!__BACKSTORY_TEST_HOOKS__) return work();
  const start = performance.now();
  try {
    return work();
  } finally {
    const ms = performance.now() - start;
    // Both stages add to one record: they share the content scripts' isolated world, not their modules.
    const world = globalThis as { backstoryWork?: Work };
    const w = (world.backstoryWork ??= { total: 0, longest: 0 });
    w.total += ms;
    w.longest = Math.max(w.longest, ms);
    document.documentElement.setAttribute('data-backstory-test-work', `${w.total.toFixed(3)} ${w.longest.toFixed(3)}`);
  }
}
