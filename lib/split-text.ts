// Cuts a long text into pieces the engine can spot one at a time without a long task. A name never spans a
// line break or a sentence end, so the cuts go there first; only a text with neither for a whole piece
// (one enormous line) is cut at a space, where at worst a name split in two is missed.

/** Where to cut text so that no piece is longer than max: the end offsets of the pieces, the last = length. */
export function pieceEnds(text: string, max: number): number[] {
  const ends: number[] = [];
  for (let start = 0; start < text.length || !ends.length; ) {
    start = nextCut(text, start, max);
    ends.push(start);
  }
  return ends;
}

/** The end of the piece that starts at start: one cut at a time, so a caller can yield between pieces. */
export function nextCut(text: string, start: number, max: number): number {
  if (text.length - start <= max) return text.length;
  const limit = start + max;
  const half = start + max / 2;
  // Each search looks back over half a piece at most: the whole cut stays linear in the text.
  let cut = lastOf(text, 10, half, limit);
  if (cut <= half) cut = lastSentenceEnd(text, half, limit);
  if (cut <= half) cut = lastSpace(text, half, limit);
  return cut <= start ? limit /* no space at all: a blind cut */ : cut + 1; // the separator stays in the piece before
}

function lastOf(text: string, code: number, from: number, to: number): number {
  for (let i = Math.min(to, text.length - 1); i >= from; i--) if (text.charCodeAt(i) === code) return i;
  return -1;
}

function lastSentenceEnd(text: string, from: number, to: number): number {
  for (let i = Math.min(to, text.length - 1) - 1; i >= from; i--) {
    const c = text.charCodeAt(i);
    // ". " "! " "? " "؟ " followed by a space
    if ((c === 46 || c === 33 || c === 63 || c === 0x61f) && isSpace(text.charCodeAt(i + 1))) return i + 1;
  }
  return -1;
}

function lastSpace(text: string, from: number, to: number): number {
  for (let i = Math.min(to, text.length - 1); i >= from; i--) if (isSpace(text.charCodeAt(i))) return i;
  return -1;
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;
