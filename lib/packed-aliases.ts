// The compiled aliases as the extension ships them: two strings instead of a 40,000-number array. A string
// literal costs the page next to nothing to parse, where JSON.parse of the numbers was most of the second
// stage's start; unpacking is one pass over characters, done inside the matcher's sliced build.
import type { CompiledAliases } from './types';

export interface PackedAliases {
  /** The vocabulary, joined by spaces (a folded word never holds one). */
  vocab: string;
  /** Every number of `data` in base 64, all with the same width, given by the first character. */
  data: string;
}

const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < DIGITS.length; i++) VALUE[DIGITS.charCodeAt(i)] = i;

export function packAliases({ vocab, data }: CompiledAliases): PackedAliases {
  if (vocab.some((w) => w === '' || w.includes(' '))) throw new Error('packAliases: a vocabulary word is empty or holds a space');
  let width = 1;
  for (const n of data) {
    if (!Number.isInteger(n) || n < 0) throw new Error(`packAliases: ${n} is not a whole number ≥ 0`);
    while (n >= 64 ** width) width++;
  }
  let out = String(width);
  for (const n of data) for (let k = width - 1; k >= 0; k--) out += DIGITS[Math.floor(n / 64 ** k) % 64];
  return { vocab: vocab.join(' '), data: out };
}

export function unpackAliases(packed: PackedAliases): CompiledAliases {
  const width = Number(packed.data[0]);
  const text = packed.data;
  const data = new Array<number>((text.length - 1) / width);
  for (let i = 0, at = 1; i < data.length; i++) {
    let n = 0;
    for (let k = 0; k < width; k++) n = n * 64 + VALUE[text.charCodeAt(at++)];
    data[i] = n;
  }
  return { vocab: packed.vocab === '' ? [] : packed.vocab.split(' '), data };
}
