import { describe, expect, it } from 'vitest';
import { pieceEnds } from '@/lib/split-text';

const pieces = (text: string, max: number) => {
  const out: string[] = [];
  let start = 0;
  for (const end of pieceEnds(text, max)) out.push(text.slice(start, (start = end)));
  return out;
};

describe('pieceEnds', () => {
  it('leaves a short text whole', () => {
    expect(pieceEnds('Ali al-Mikdam', 100)).toEqual([13]);
  });
  it('cuts at line breaks, keeping every character once', () => {
    const text = Array.from({ length: 200 }, (_, i) => `Karbala - update ${i}`).join('\n');
    const parts = pieces(text, 500);
    expect(parts.join('')).toBe(text);
    expect(Math.max(...parts.map((p) => p.length))).toBeLessThanOrEqual(500);
    for (const p of parts.slice(0, -1)) expect(p.endsWith('\n')).toBe(true);
  });
  it('cuts one long line after a sentence, not inside a name', () => {
    const text = 'Ali al-Mikdam was seen. '.repeat(100);
    for (const p of pieces(text, 300).slice(0, -1)) expect(p.endsWith('seen. ')).toBe(true);
  });
  it('cuts a text without spaces blindly but never loops', () => {
    const text = 'x'.repeat(10_000);
    const parts = pieces(text, 1000);
    expect(parts).toHaveLength(10);
    expect(parts.join('')).toBe(text);
  });
  it('is linear: a 20 MB line is cut in one pass', () => {
    const text = 'word '.repeat(4_000_000);
    const t0 = performance.now();
    const ends = pieceEnds(text, 16_000);
    const elapsed = performance.now() - t0;
    expect(ends.at(-1)).toBe(text.length);
    expect(ends.length).toBeGreaterThan(1200);
    // A generous bound relative to one plain pass over the same text (no absolute time).
    const t1 = performance.now();
    let sum = 0;
    for (let i = 0; i < text.length; i++) sum += text.charCodeAt(i);
    const pass = performance.now() - t1 + 1;
    expect(sum).toBeGreaterThan(0);
    expect(elapsed).toBeLessThan(pass * 50);
  });
});
