// CPU profiles (the V8 .cpuprofile format, from node:inspector or CDP Profiler) summarised as the functions
// where the time goes: self time and total (inclusive) time, top N.
import { Session } from 'node:inspector/promises';

export interface CpuProfile {
  nodes: Array<{
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
    children?: number[];
    hitCount?: number;
  }>;
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

export interface ProfileRow {
  fn: string;
  where: string;
  selfMs: number;
  selfPct: number;
  totalMs: number;
  totalPct: number;
  /** Position of the function in its script (0-based), for minified code. */
  line: number;
  column: number;
}

const shortUrl = (url: string) => url.replace(/^file:\/\//, '').replace(/^.*\/work\/main\//, '').replace(/^chrome-extension:\/\/[a-z]+\//, '');

/**
 * Top functions by self time. `filter` keeps samples whose stack contains a frame it accepts (e.g. only the
 * extension's code); percentages are of the kept samples.
 */
export function summarise(profile: CpuProfile, top = 12, filter?: (url: string) => boolean): { rows: ProfileRow[]; sampledMs: number } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const where = new Map<string, string>();
  const pos = new Map<string, [number, number]>();
  let kept = 0;
  for (let i = 0; i < samples.length; i++) {
    // timeDeltas[i] is the time before sample i; attribute the following interval to it.
    const dt = (deltas[i + 1] ?? deltas[i] ?? 0) / 1000;
    const stack: number[] = [];
    for (let id: number | undefined = samples[i]; id !== undefined; id = parent.get(id)) stack.push(id);
    const frames = stack.map((id) => byId.get(id)!.callFrame);
    if (filter && !frames.some((f) => filter(f.url))) continue;
    const leaf = frames[0];
    if (!leaf || ['(idle)', '(program)', '(root)'].includes(leaf.functionName)) continue;
    kept += dt;
    const key = (f: (typeof frames)[number]) => `${f.functionName || '(anonymous)'}@${shortUrl(f.url)}`;
    const k0 = key(leaf);
    self.set(k0, (self.get(k0) ?? 0) + dt);
    where.set(k0, shortUrl(leaf.url));
    pos.set(k0, [leaf.lineNumber, leaf.columnNumber]);
    const seen = new Set<string>();
    for (const f of frames) {
      const k = key(f);
      if (seen.has(k)) continue;
      seen.add(k);
      total.set(k, (total.get(k) ?? 0) + dt);
      where.set(k, shortUrl(f.url));
    }
  }
  const rows = [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([k, ms]) => ({
      fn: k.split('@')[0],
      where: where.get(k) ?? '',
      selfMs: ms,
      selfPct: kept ? (100 * ms) / kept : 0,
      totalMs: total.get(k) ?? ms,
      totalPct: kept ? (100 * (total.get(k) ?? ms)) / kept : 0,
      line: pos.get(k)?.[0] ?? 0,
      column: pos.get(k)?.[1] ?? 0,
    }));
  return { rows, sampledMs: kept };
}

/** Profiles `run` in this process (node:inspector), sampling every `intervalUs` µs. */
export async function profileHere(run: () => void, intervalUs = 200): Promise<CpuProfile> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: intervalUs });
  await session.post('Profiler.start');
  run();
  const { profile } = (await session.post('Profiler.stop')) as { profile: CpuProfile };
  await session.post('Profiler.disable');
  session.disconnect();
  return profile;
}
