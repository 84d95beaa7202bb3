// The second, transliteration-tolerant lookup of the matcher: names of two words or more, in Latin script,
// compared word by word on their transliteration keys (lib/translit-key.ts), so that "Amjed Al-Dahamat" finds
// Amjad al-Dahamat and "Hisham Al-Hashim" finds Hisham al-Hashimi. The matcher asks it only where the exact
// lookup found no strong name. A word whose key is shorter than three letters must match exactly: short keys
// join too many names (Ali, Alaa → "al").
import { translitKey } from './translit-key';
import { Tokens, tokenKey, SUFFIXES, T_ARABIC, T_ARTICLE, T_FIRST_UPPER, T_JOIN } from './tokenize';

/** Alias entry flags the matcher shares with this index (matcher.ts E_WEAK). */
const E_WEAK = 1;
/** matcher.ts E_SUBJECT. */
const E_SUBJECT = 128;
/** Shortest key that may stand for its spelling variants. */
const MIN_KEY = 3;
/** Names longer than this (in words) are not looked up here. */
const MAX_WORDS = 5;

export interface TranslitMatch {
  last: number;
  strong: number;
  weak: number[];
  key: number;
  /** The strong name is one marked only on a page about the subject (matcher.ts E_SUBJECT). */
  subject: boolean;
}

/** The key under which a folded Latin word is compared: its transliteration key, or itself if that is short. */
function wordKey(word: string): string {
  const k = translitKey(word);
  return k.length >= MIN_KEY ? k : `=${word}`;
}

export class TranslitIndex {
  // A trie over key ids, as typed arrays (like the matcher's trie: compact, and probed without boxing a key).
  // Nodes are numbered 1, 2, 3 … in order of creation, the root is 0; a node's key for the guard is -1 - node.
  // Edges (parent, key id) → child in one open-addressing table.
  private edgeParent = new Int32Array(16).fill(-1);
  private edgeKey = new Int32Array(16);
  private edgeChild = new Int32Array(16);
  private edgeMask = 15;
  /** Whether a longer name continues from the node. */
  private more!: Uint8Array;
  /** Names ending at each node, strong first: entityAt/flagsAt[outStart[node] … + outCount[node]). */
  private outStart!: Int32Array;
  private outCount!: Int32Array;
  private entityAt!: Int32Array;
  private flagsAt!: Int32Array;
  /** Key id of each translit key of a vocabulary word. */
  private readonly keyIds = new Map<string, number>();
  /** Token hash → key id (-1: no alias word has this key), so a word's key is worked out once per page and word. */
  private readonly cache = new Map<number, number>();

  /**
   * Fills the index; `data` as in CompiledAliases: per alias entity, flags, word count, word ids. Yields every
   * few hundred names, so that the matcher's build can be cut into slices.
   */
  *build(vocab: string[], data: ArrayLike<number>): Generator<void, void> {
    const idOf = new Int32Array(vocab.length).fill(-1); // vocabulary id → key id
    const keyOf = (w: number): number => {
      let id = idOf[w];
      if (id < 0) {
        const key = wordKey(vocab[w]);
        id = this.keyIds.get(key) ?? this.keyIds.size;
        this.keyIds.set(key, id);
        idOf[w] = id;
      }
      return id;
    };
    const names: number[] = []; // offsets into data of the names indexed here
    const arabic = vocab.map((w) => /[\u0600-\u06FF]/.test(w)); // once per word, not per name it is in
    yield;
    for (let at = 0; at < data.length; at += 3 + data[at + 2]) {
      const count = data[at + 2];
      if (count < 2 || count > MAX_WORDS) continue;
      let latin = true;
      for (let k = 0; k < count; k++) if (arabic[data[at + 3 + k]]) latin = false;
      if (latin) names.push(at);
    }
    const more: number[] = [0];
    const ends = new Int32Array(names.length); // the node each name ends at
    let nodes = 1;
    for (let n = 0; n < names.length; n++) {
      if ((n & 255) === 255) yield;
      const at = names[n];
      const count = data[at + 2];
      let node = 0;
      for (let k = 0; k < count; k++) {
        const key = keyOf(data[at + 3 + k]);
        let child = this.child(node, key);
        if (child < 0) {
          child = nodes++;
          // Names share their first words: the table grows with the edges, far fewer than the words.
          if (nodes * 2 > this.edgeParent.length) this.grow();
          this.place(node, key, child);
          more[child] = 0;
        }
        node = child;
        if (k < count - 1) more[node] = 1;
      }
      ends[n] = node;
    }
    this.more = Uint8Array.from(more);
    // Each node's names in one range: strong ones first, then weak ones, each in data order, a name repeated
    // at the same node (same entity and flags) once. Flat arrays, not a list of pairs per node: less garbage.
    this.outStart = new Int32Array(nodes);
    this.outCount = new Int32Array(nodes);
    const room = new Int32Array(nodes);
    for (const end of ends) room[end]++;
    let total = 0;
    for (let node = 0; node < nodes; node++) {
      this.outStart[node] = total;
      total += room[node];
    }
    this.entityAt = new Int32Array(total);
    this.flagsAt = new Int32Array(total);
    for (const weak of [0, E_WEAK])
      names.forEach((at, n) => {
        const entity = data[at];
        const flags = data[at + 1];
        if ((flags & E_WEAK) !== weak) return;
        const node = ends[n];
        const from = this.outStart[node];
        const to = from + this.outCount[node];
        for (let e = from; e < to; e++) if (this.entityAt[e] === entity && this.flagsAt[e] === flags) return;
        this.entityAt[to] = entity;
        this.flagsAt[to] = flags;
        this.outCount[node]++;
      });
  }

  private place(node: number, key: number, child: number): void {
    let s = this.edgeSlot(node, key);
    while (this.edgeParent[s] !== -1) s = (s + 1) & this.edgeMask;
    this.edgeParent[s] = node;
    this.edgeKey[s] = key;
    this.edgeChild[s] = child;
  }

  /** Doubles the edge table (kept at most half full). */
  private grow(): void {
    const parents = this.edgeParent, keys = this.edgeKey, children = this.edgeChild;
    const size = parents.length * 2;
    this.edgeMask = size - 1;
    this.edgeParent = new Int32Array(size).fill(-1);
    this.edgeKey = new Int32Array(size);
    this.edgeChild = new Int32Array(size);
    for (let s = 0; s < parents.length; s++) if (parents[s] !== -1) this.place(parents[s], keys[s], children[s]);
  }

  private edgeSlot(node: number, key: number): number {
    return (Math.imul(node, 0x9e3779b1) ^ Math.imul(key, 0x85ebca6b)) & this.edgeMask;
  }

  /** The child of `node` by key id, or -1. */
  private child(node: number, key: number): number {
    for (let s = this.edgeSlot(node, key); ; s = (s + 1) & this.edgeMask) {
      const p = this.edgeParent[s];
      if (p === -1) return -1;
      if (p === node && this.edgeKey[s] === key) return this.edgeChild[s];
    }
  }

  /**
   * The key id of token i, or -1. Cached by the token's hash and length: a collision between two words with the
   * same 32-bit hash and length would give the wrong key, odds the matcher's own lookup accepts too.
   */
  private keyOfToken(t: Tokens, text: string, i: number): number {
    const h = t.hash[i * SUFFIXES] ^ (t.len[i] << 24);
    let id = this.cache.get(h);
    if (id === undefined) {
      if (this.cache.size > 50_000) this.cache.clear();
      id = this.keyIds.get(wordKey(tokenKey(text, t.start[i], t.end[i]))) ?? -1;
      this.cache.set(h, id);
    }
    return id;
  }

  /**
   * The longest name of two words or more starting at token i whose words all match on their keys; null if none.
   * Every word must be capitalised: a transliteration variant is a proper name.
   */
  find(t: Tokens, text: string, i: number): TranslitMatch | null {
    const n = t.count;
    const flags = t.flags;
    if ((flags[i] & (T_ARABIC | T_FIRST_UPPER | T_ARTICLE)) !== T_FIRST_UPPER) return null;
    const first = this.keyOfToken(t, text, i);
    if (first < 0) return null;
    let node = this.child(0, first);
    let found: TranslitMatch | null = null;
    let j = i;
    for (let words = 1; node > 0 && this.more[node] && words < MAX_WORDS; words++) {
      let k = j + 1;
      while (k < n && flags[k] & T_ARTICLE && flags[k] & T_JOIN) k++;
      if (k >= n || !(flags[k] & T_JOIN) || (flags[k] & (T_ARABIC | T_FIRST_UPPER)) !== T_FIRST_UPPER) break;
      const id = this.keyOfToken(t, text, k);
      if (id < 0) break;
      node = this.child(node, id);
      j = k;
      if (node > 0 && this.outCount[node] > 0) found = this.matchAt(node, j);
    }
    return found;
  }

  /** The match of the names ending at `node` (strong ones sorted first). */
  private matchAt(node: number, last: number): TranslitMatch {
    const from = this.outStart[node];
    const to = from + this.outCount[node];
    const key = -1 - node;
    if (!(this.flagsAt[from] & E_WEAK)) return { last, strong: this.entityAt[from], weak: [], key, subject: (this.flagsAt[from] & E_SUBJECT) !== 0 };
    const weak: number[] = [];
    for (let e = from; e < to; e++) if (!weak.includes(this.entityAt[e])) weak.push(this.entityAt[e]);
    return { last, strong: -1, weak, key, subject: false };
  }
}
