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

interface Node {
  /** [entity, flags] of the names ending here, strong first. */
  entries: Array<[number, number]>;
  /** Whether a longer name continues from here. */
  more: boolean;
  /** A number naming the node: negative, so that it never equals a matcher trie node (the guard's key). */
  id: number;
}

/** Room for every key id in an edge key (parent node number × KEY_SPAN + key id); a safe integer either way. */
const KEY_SPAN = 2 ** 24;

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
  /** Nodes by edge: parent node number (0 for the root) × KEY_SPAN + key id. */
  private readonly nodes = new Map<number, Node>();
  /** Key id of each translit key of a vocabulary word. */
  private readonly keyIds = new Map<string, number>();
  /** Token hash → key id (-1: no alias word has this key), so a word's key is worked out once per page and word. */
  private readonly cache = new Map<number, number>();

  /**
   * Fills the index; `data` as in CompiledAliases: per alias entity, flags, word count, word ids. Yields every
   * few hundred aliases, so that the matcher's build can be cut into slices.
   */
  *build(vocab: string[], data: ArrayLike<number>): Generator<void, void> {
    const idOf = new Map<number, number>(); // vocabulary id → key id
    const keyOf = (w: number): number => {
      let id = idOf.get(w);
      if (id === undefined) {
        const key = wordKey(vocab[w]);
        id = this.keyIds.get(key) ?? this.keyIds.size;
        this.keyIds.set(key, id);
        idOf.set(w, id);
      }
      return id;
    };
    let nodeIds = 0;
    for (let at = 0, n = 1; at < data.length; at += 3 + data[at + 2], n++) {
      if ((n & 255) === 0) yield;
      const count = data[at + 2];
      if (count < 2 || count > MAX_WORDS) continue;
      let latin = true;
      for (let k = 0; k < count; k++) if (/[\u0600-\u06FF]/.test(vocab[data[at + 3 + k]])) latin = false;
      if (!latin) continue;
      let parent = 0;
      for (let k = 0; k < count; k++) {
        const edge = parent * KEY_SPAN + keyOf(data[at + 3 + k]);
        let node = this.nodes.get(edge);
        if (!node) this.nodes.set(edge, (node = { entries: [], more: false, id: -2 - nodeIds++ }));
        if (k < count - 1) node.more = true;
        else if (!node.entries.some(([e, f]) => e === data[at] && f === data[at + 1])) node.entries.push([data[at], data[at + 1]]);
        parent = -1 - node.id; // 1, 2, 3 …
      }
    }
    for (const node of this.nodes.values()) node.entries.sort((x, y) => (x[1] & E_WEAK) - (y[1] & E_WEAK));
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
    let node = this.nodes.get(first);
    let found: TranslitMatch | null = null;
    let j = i;
    for (let words = 1; node && node.more && words < MAX_WORDS; words++) {
      let k = j + 1;
      while (k < n && flags[k] & T_ARTICLE && flags[k] & T_JOIN) k++;
      if (k >= n || !(flags[k] & T_JOIN) || (flags[k] & (T_ARABIC | T_FIRST_UPPER)) !== T_FIRST_UPPER) break;
      const id = this.keyOfToken(t, text, k);
      if (id < 0) break;
      node = this.nodes.get((-1 - node.id) * KEY_SPAN + id);
      j = k;
      if (node?.entries.length) {
        const strong = node.entries.find(([, f]) => !(f & E_WEAK));
        found = strong
          ? { last: j, strong: strong[0], weak: [], key: node.id, subject: (strong[1] & E_SUBJECT) !== 0 }
          : { last: j, strong: -1, weak: [...new Set(node.entries.map(([e]) => e))], key: node.id, subject: false };
      }
    }
    return found;
  }
}
