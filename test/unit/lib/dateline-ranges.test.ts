// datelineRanges() scans only the lines where a place starts a line: it must find exactly what one global
// multiline scan of the whole text finds (line breaks of every kind, tabs, several candidates per line).
import { describe, expect, it } from 'vitest';
import { datelineRanges } from '@/lib/spotter';
import type { Candidate } from '@/lib/matcher';
import type { MatchEntity } from '@/lib/types';

const WHOLE = /^[ \t]*[^\s.!?؟][^.!?؟\n]{1,58}?[ \t][-–—][ \t]/gm;

function wholeTextScan(text: string, candidates: Candidate[], entities: MatchEntity[]): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let next = 0;
  WHOLE.lastIndex = 0;
  for (let m = WHOLE.exec(text); m; m = WHOLE.exec(text)) {
    const lineStart = m.index + (m[0].length - m[0].trimStart().length);
    while (next < candidates.length && candidates[next].start < lineStart) next++;
    const first = candidates[next];
    if (first && first.start === lineStart && entities[first.entity]?.type === 'place') ranges.push([m.index, m.index + m[0].length]);
  }
  return ranges;
}

const entities: MatchEntity[] = [
  { id: 'plc:basra', type: 'place', name: 'Basra' },
  { id: 'per:ali', type: 'person', name: 'Ali' },
];
const PIECES = ['Basra', 'Ali', ' ', '\t', '\n', '\r', '\r\n', '\u2028', ' - ', ' – ', ' — ', '.', ',', 'بغداد', 'Iraq (Reuters)'];

describe('datelineRanges', () => {
  it('finds what a global multiline scan of the whole text finds', () => {
    let seed = 7;
    const rnd = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    let withDatelines = 0;
    for (let trial = 0; trial < 20_000; trial++) {
      let text = '';
      for (let k = 1 + Math.floor(rnd() * 14); k > 0; k--) text += PIECES[Math.floor(rnd() * PIECES.length)];
      const candidates: Candidate[] = [];
      for (const m of text.matchAll(/[A-Za-z\u0600-\u06ff]+/g))
        if (rnd() < 0.7) {
          const entity = rnd() < 0.6 ? 0 : rnd() < 0.5 ? 1 : -1;
          candidates.push({ start: m.index, end: m.index + m[0].length, entity, weak: null, words: 1, key: 0, guarded: false, blocker: false, subject: false });
        }
      const expected = wholeTextScan(text, candidates, entities);
      if (expected.length) withDatelines++;
      expect(datelineRanges(text, candidates, entities), JSON.stringify(text)).toEqual(expected);
    }
    expect(withDatelines).toBeGreaterThan(1000);
  });
});
