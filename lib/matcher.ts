// Finds alias candidates in a text: one token trie over all aliases, walked from each token. Each step is one
// hash probe, so a scan costs O(tokens × longest alias), whatever the number of aliases. Leftmost-longest,
// never overlapping. Weak candidates come out unresolved (resolve.ts decides them against the whole document).
import type { CompiledAliases, MatchIndex } from './types';
import { C_LETTER, CLASS, LFLAGS, L_ARABIC, L_LOWER, L_UPPER, classify, foldChar } from './normalize';
import { ARABIC_GIVEN_NAMES } from './given-names';
import { TranslitIndex } from './translit-match';
import { unpackAliases } from './packed-aliases';
import {
  Tokens,
  tokenize,
  tokenKey,
  originalOffset,
  articleSkip,
  arabicReadings,
  mayHaveClitic,
  hashKey,
  words,
  type Word,
  SUFFIXES,
  CODES,
  T_ARABIC,
  T_ARTICLE,
  T_FIRST_LOWER,
  T_FIRST_UPPER,
  T_HAS_LOWER,
  T_JOIN,
  T_ADJ,
  T_SENT,
  T_POSSESSIVE,
} from './tokenize';

export interface Candidate {
  start: number;
  end: number;
  /** The entity of a strong match, or -1 for a weak one. */
  entity: number;
  /** A weak match: the entities it may stand for (resolved later). */
  weak: number[] | null;
  /** Words matched, articles left out. */
  words: number;
  /** The trie node the match ends at: the same short form gives the same key (the lookalike guard's key). */
  key: number;
  /**
   * A person's one-word name that marks on its own (Kadhimi, السيستاني) but yields to a lookalike: the resolver
   * decides it against the lookalike full names on the page.
   */
  guarded: boolean;
  /**
   * Not a mention: a person's one-word name inside another full name (معين الكاظمي, Moeen al-Kadhimi). It tells
   * the resolver that bare uses of the word near it may mean that other person; `weak` holds the entities it
   * is not.
   */
  blocker: boolean;
  /** A strong name marked only once the page is about the dataset's subject (a generic entity, a name in capitals). */
  subject: boolean;
}

/** Alias entry flags. */
const E_WEAK = 1;
/** Written in capitals (2–6 letters): matches only capitals. */
const E_CAPS = 2;
/** One Latin word: the text word must be capitalised, and a weak one must not sit inside a longer unknown name. */
const E_SINGLE_LATIN = 4;
/** One Arabic word, or a weak Arabic name, written with the article (الصدر, الفصائل المسلحة): the text must carry
 * it too, because the bare or indefinite form is often common words (صدر "was issued", فصائل مسلحة "armed factions"). */
const E_AR_ARTICLE = 8;
/** A place: a one-word place name followed by another capitalised word names something else
 * ("Karbala Road Bakery", "Basra Oil Company"). */
const E_PLACE = 16;
/** One word of a person's names: checked for a lookalike full name around it (lib/resolve.ts decides). */
const E_GUARD = 32;
/** A person's name of several words (its first word is a given name). */
const E_PERSON = 64;
/** Marked only on a page about the dataset's subject (a generic entity's name, a name in capitals). */
const E_SUBJECT = 128;
/**
 * A Latin name of several words, every one capitalised (National House, Peace Companies, Zaytoun Bridge): a
 * proper name, which a reporter writes with a capital too, if not on every word ("Zaytoun bridge"). Written in
 * lower case its words are common words ("a national house in Ohio", "peace companies"): the first word must
 * be capitalised in the text, and at a sentence's start, where every word is, another one as well.
 */
const E_PROPER = 256;
/** A Latin name of several words whose first word alone is capitalised (Zaytoun bridge massacre, Promised group):
 * that word must be capitalised in the text too ("the promised group" is common words). */
const E_LEAD = 512;

/** Whether a compiled entry can mark on its own: a weak name, or one marked only on a page about the subject,
 * needs a strong name of the subject on the same page. */
export const marksAlone = (flags: number): boolean => (flags & (E_WEAK | E_SUBJECT)) === 0;

/** Capitalised words that may follow a one-word place name and leave it the place. */
const PLACE_QUALIFIERS = new Set(
  (
    'province governorate city region district provincial operations police council airport international university ' +
    'hospital square bridge residents protesters activists'
  ).split(' '),
);
const ARABIC_ARTICLE = /^[وف]?[بلك]?ال|^[وف]?لل/;

/**
 * Capitalised words that may stand next to a weak name without making it part of a longer, unknown name:
 * titles, function words, days and months ("PM Mustafa", "On Monday Mustafa said").
 */
const NEIGHBOURS_OK = new Set(
  (
    'mr mrs ms miss dr prof professor pm president prime minister deputy general gen lt lieutenant col colonel ' +
    'maj major brig brigadier capt captain sgt commander gov governor judge justice sheikh shaikh sheik sayyid ' +
    'sayed sayyed seyyed imam ayatollah grand cleric mp speaker chairman chief director activist journalist ' +
    'writer poet lawyer doctor professor spokesman spokesperson leader head officer reporter blogger ' +
    'premier caretaker outgoing incumbent envoy ambassador senator lawmaker representative ' +
    'protester demonstrator photographer photojournalist cameraman correspondent researcher analyst expert ' +
    'scholar academic engineer militiaman gunman suspect defendant victim ' +
    'the a an and or but of in on at to for from by with as after before when while since during ' +
    'said says told according his her their its this that these those he she they we it if then so also ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july ' +
    'august september october november december'
  ).split(' '),
);

// The same lists by the tokenizer's hash of the folded word, so the hot path never builds a string (a hash
// collision would make one name word read as a title: odds of 2^-32 per word).
const NEIGHBOURS_OK_HASHES = new Set([...NEIGHBOURS_OK].map(hashKey));
/** Words that open a part of a town rather than name another one ("Zayouna in East Baghdad"). */
const DIRECTION_HASHES = new Set(
  'north south east west northern southern eastern western central downtown greater old new upper lower'.split(' ').map(hashKey),
);

/** Arabic titles, folded and without the article, that may open a person's name in the data. */
const ARABIC_TITLES = new Set(['شيخ', 'سيد', 'قاضي', 'مرجع', 'ايه', 'اميه', 'امام', 'دكتور', 'ابو', 'ام', 'حاج', 'حجه']);

/** Words that open a sentence before a name without being a given name ("Later Kadhimi said"). */
const SENTENCE_ADVERBS = new Set(
  (
    'later earlier then now today yesterday tomorrow tonight meanwhile however also still yet even only so thus ' +
    'instead finally last next first since while though although because once there here what who whom whose ' +
    'where why how not no all both each every many some several former ex late new under over against between ' +
    'about among across until unless whether why iraqi iraq iranian us american un police security sources ' +
    'protesters activists witnesses officials relatives family'
  ).split(' '),
);

const SENTENCE_ADVERBS_HASHES = new Set([...SENTENCE_ADVERBS].map(hashKey));

/** Power of two ≥ 2n. */
function tableSize(n: number): number {
  let size = 16;
  while (size < n * 2) size *= 2;
  return size;
}

function slotOf(h: number, mask: number): number {
  return (h ^ (h >>> 15)) & mask;
}

/** The table builds yield once every STEP + 1 items (a power of two). */
const STEP = 255;

/** Runs a build to its end at once (tests, the command line, and wherever no page waits). */
export function runToEnd<T>(steps: Generator<void, T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** givenNameBefore(): not worked out yet; no given name before the word. */
const UNKNOWN = -3;
const NO_NAME = -2;

/** The longest match from one token (best()), filled in place: scanning allocates nothing per word tried. */
interface Best {
  /** The match's last token, or -1 for none. */
  last: number;
  spanSkip: number;
  node: number;
  strong: number;
  weak: number[];
  /** The strong reading is a person's one-word name (E_GUARD). */
  guarded: boolean;
  /** Only lookalike readings: the entities whose one-word name this is, inside someone else's full name. */
  blocked: number[] | null;
  /** The strong reading is marked only on a page about the subject (E_SUBJECT). */
  subject: boolean;
}

/** `weak` of a match that has no weak reading; shared, never written to. */
const NO_ENTITIES: number[] = [];

const noMatch = (): Best => ({ last: -1, spanSkip: 0, node: 0, strong: -1, weak: NO_ENTITIES, guarded: false, blocked: null, subject: false });

export class Matcher {
  // Vocabulary: every distinct folded word of every alias, by hash (open addressing, verified on hit).
  private vocab!: string[];
  private vocabSlots!: Int32Array;
  private vocabHashes!: Int32Array;
  private vocabMask!: number;
  /** Length and first CODES folded characters of each vocabulary word, to confirm a hash hit cheaply. */
  private vocabLen!: Int32Array;
  private vocabCodes!: Uint16Array;
  private vocabLast!: Uint16Array;
  // Trie over word ids: root edges by word id, other edges in one open-addressing table keyed (node, word).
  private rootChild!: Int32Array;
  private edgeNode = new Int32Array(16).fill(-1);
  private edgeWord = new Int32Array(16);
  private edgeChild = new Int32Array(16);
  private edgeMask = 15;
  // Entries (alias → entity) ending at each node.
  private outStart!: Int32Array;
  private outCount!: Int32Array;
  private entryEntity!: Int32Array;
  private entryFlags!: Uint16Array;

  /** For each word id w, the entities with a guarded name whose names contain w: ownEntities[ownStart[w] … ownStart[w + 1]). */
  private ownStart!: Int32Array;
  private ownEntities!: Int32Array;
  /** Hashes of Arabic given names, folded: ARABIC_GIVEN_NAMES and the first words of the dataset's people's names. */
  // Folded letter by letter (the names have no article or space), not through the tokenizer: tokenizing only
  // Arabic words before any alias would teach V8 a tokenizer that has never seen Latin, and slow it down.
  private readonly givenNames = new Set(ARABIC_GIVEN_NAMES.map((w) => hashKey([...w].map(foldChar).join(''))));

  /** The transliteration-tolerant second lookup (names of two words or more). */
  private readonly translit = new TranslitIndex();

  // Scratch, reused between scans.
  private readonly tokens = new Tokens();
  /** best() at the token being scanned, and at the tokens inside it that strongInside() tries. */
  private readonly match = noMatch();
  private readonly inner = noMatch();
  private wordIds = new Int32Array(256);
  private readonly readings = new Int32Array(16);
  private text = '';

  private readonly index: MatchIndex;

  /**
   * Builds the tables at once, unless `deferBuild`: then the caller runs build() to its end first, in slices
   * if it likes (a page's reader builds them across several short tasks, never one long one).
   */
  constructor(index: MatchIndex, deferBuild = false) {
    this.index = index;
    if (!deferBuild) runToEnd(this.build());
  }

  /** Builds the tables, yielding every few hundred aliases so that the work can be cut into slices. */
  *build(): Generator<void, void> {
    // The build ships the aliases already split into words (packed): a page then skips the tokenizing, which
    // is most of the construction and slow before the JIT has warmed up.
    const index = this.index;
    const compiled = index.compiled ?? (index.packed ? unpackAliases(index.packed) : compileAliases(index));
    yield;
    this.vocab = compiled.vocab;
    const data = compiled.data;

    const vsize = tableSize(this.vocab.length);
    this.vocabMask = vsize - 1;
    this.vocabSlots = new Int32Array(vsize).fill(-1);
    this.vocabHashes = new Int32Array(vsize);
    this.vocabLen = new Int32Array(this.vocab.length);
    this.vocabCodes = new Uint16Array(this.vocab.length * CODES);
    this.vocabLast = new Uint16Array(this.vocab.length);
    for (let id = 0; id < this.vocab.length; id++) {
      if ((id & STEP) === STEP) yield;
      const key = this.vocab[id];
      this.vocabLen[id] = key.length;
      this.vocabLast[id] = key.charCodeAt(key.length - 1);
      for (let k = 0; k < CODES && k < key.length; k++) this.vocabCodes[id * CODES + k] = key.charCodeAt(k);
      const h = hashKey(key);
      let s = slotOf(h, this.vocabMask);
      while (this.vocabSlots[s] !== -1) s = (s + 1) & this.vocabMask;
      this.vocabSlots[s] = id;
      this.vocabHashes[s] = h;
    }

    this.rootChild = new Int32Array(this.vocab.length).fill(-1);
    let nodes = 1; // node 0 is the root
    let edges = 0; // edges from nodes other than the root
    const ends: number[] = []; // the node each alias ends at, in data order
    const guardedEntities = new Set<number>();
    for (let at = 0; at < data.length; at += 3 + data[at + 2]) if (data[at + 1] & E_GUARD) guardedEntities.add(data[at]);
    const ownWords = new Map<number, number[]>();
    for (let at = 0, n = 0; at < data.length; at += 3 + data[at + 2], n++) {
      if ((n & STEP) === STEP) yield;
      if (guardedEntities.has(data[at]))
        for (let k = 0; k < data[at + 2]; k++) {
          const w = data[at + 3 + k];
          const list = ownWords.get(w);
          if (!list) ownWords.set(w, [data[at]]);
          else if (!list.includes(data[at])) list.push(data[at]);
        }
      const first = this.vocab[data[at + 3]];
      // Titles that open some names (الشيخ قيس الخزعلي, السيد مقتدى الصدر) are no given names.
      if (data[at + 1] & E_PERSON && /[\u0600-\u06FF]/.test(first) && !ARABIC_TITLES.has(first)) this.givenNames.add(hashKey(first));
    }
    // The lists flattened by word id (a Map of small arrays took about 1 MB at 100k aliases).
    this.ownStart = new Int32Array(this.vocab.length + 1);
    let owned = 0;
    for (const list of ownWords.values()) owned += list.length;
    this.ownEntities = new Int32Array(owned);
    for (let w = 0, o = 0; w < this.vocab.length; w++) {
      this.ownStart[w] = o;
      for (const e of ownWords.get(w) ?? []) this.ownEntities[o++] = e;
      this.ownStart[w + 1] = o;
    }
    yield;
    for (let at = 0, n = 0; at < data.length; at += 3 + data[at + 2], n++) {
      if ((n & STEP) === STEP) yield;
      let node = 0;
      for (let k = 0; k < data[at + 2]; k++) {
        const w = data[at + 3 + k];
        let next = node === 0 ? this.rootChild[w] : this.child(node, w);
        if (next < 0) {
          next = nodes++;
          if (node === 0) this.rootChild[w] = next;
          else {
            // Aliases share their first words: the table grows with the edges (sizing it by the word count
            // left it three quarters empty).
            if (++edges * 2 > this.edgeNode.length) this.growEdges();
            this.placeEdge(node, w, next);
          }
        }
        node = next;
      }
      ends.push(node);
    }
    yield* this.translit.build(this.vocab, data);
    // Each node's entries in one range: strong ones first (a strong reading of a span beats a weak one), then
    // weak ones, each in data order, an alias repeated at the same node (same entity and flags) once. Flat
    // arrays, not a list of pairs per node: far less garbage to build.
    this.outStart = new Int32Array(nodes);
    this.outCount = new Int32Array(nodes);
    const room = new Int32Array(nodes);
    for (const end of ends) room[end]++;
    let total = 0;
    for (let node = 0; node < nodes; node++) {
      this.outStart[node] = total;
      total += room[node];
    }
    this.entryEntity = new Int32Array(total);
    this.entryFlags = new Uint16Array(total);
    for (const weak of [0, E_WEAK])
      for (let at = 0, n = 0; at < data.length; at += 3 + data[at + 2], n++) {
        if ((n & STEP) === STEP) yield;
        const entity = data[at];
        const flags = data[at + 1];
        if ((flags & E_WEAK) !== weak) continue;
        const from = this.outStart[ends[n]];
        const to = from + this.outCount[ends[n]];
        let e = from;
        while (e < to && !(this.entryEntity[e] === entity && this.entryFlags[e] === flags)) e++;
        if (e < to) continue;
        this.entryEntity[to] = entity;
        this.entryFlags[to] = flags;
        this.outCount[ends[n]]++;
      }
  }

  private placeEdge(node: number, word: number, child: number): void {
    let s = this.edgeSlot(node, word);
    while (this.edgeNode[s] !== -1) s = (s + 1) & this.edgeMask;
    this.edgeNode[s] = node;
    this.edgeWord[s] = word;
    this.edgeChild[s] = child;
  }

  /** Doubles the edge table (kept at most half full). */
  private growEdges(): void {
    const nodes = this.edgeNode, words = this.edgeWord, children = this.edgeChild;
    const size = nodes.length * 2;
    this.edgeMask = size - 1;
    this.edgeNode = new Int32Array(size).fill(-1);
    this.edgeWord = new Int32Array(size);
    this.edgeChild = new Int32Array(size);
    for (let s = 0; s < nodes.length; s++) if (nodes[s] !== -1) this.placeEdge(nodes[s], words[s], children[s]);
  }

  private edgeSlot(node: number, word: number): number {
    return (Math.imul(node, 0x9e3779b1) ^ Math.imul(word, 0x85ebca6b)) & this.edgeMask;
  }

  private child(node: number, word: number): number {
    let s = this.edgeSlot(node, word);
    for (;;) {
      const n = this.edgeNode[s];
      if (n === -1) return -1;
      if (n === node && this.edgeWord[s] === word) return this.edgeChild[s];
      s = (s + 1) & this.edgeMask;
    }
  }

  /**
   * The vocabulary id of token i read without its first `skip` folded characters, or -1.
   * A hit must agree in 32-bit hash, length, first CODES and last folded characters, which decides words of up
   * to five letters exactly; for longer ones a false hit needs a hash collision between two words that also
   * share length, prefix and last letter (odds of the order of 2^-32 per word), which we accept to avoid
   * re-reading every known word of the text.
   */
  private lookup(i: number, skip: number): number {
    const t = this.tokens;
    const h = t.hash[i * SUFFIXES + skip];
    const len = t.len[i] - skip;
    let s = slotOf(h, this.vocabMask);
    for (;;) {
      const id = this.vocabSlots[s];
      if (id === -1) return -1;
      if (this.vocabHashes[s] === h && this.vocabLen[id] === len && this.vocabLast[id] === t.last[i] && this.samePrefix(i, skip, id))
        return id;
      s = (s + 1) & this.vocabMask;
    }
  }

  private samePrefix(i: number, skip: number, id: number): boolean {
    const code = this.tokens.code;
    const vc = this.vocabCodes;
    const tb = i * CODES + skip;
    const vb = id * CODES;
    for (let k = 0; k < CODES - skip; k++) if (code[tb + k] !== vc[vb + k]) return false;
    return true;
  }

  /** All candidates in `text`, in order, not overlapping. */
  scan(text: string): Candidate[] {
    const t = this.tokens;
    this.text = text;
    const n = tokenize(text, t);
    if (this.wordIds.length < n) this.wordIds = new Int32Array(Math.max(n, this.wordIds.length * 2));
    const ids = this.wordIds;
    for (let i = 0; i < n; i++) {
      const f = t.flags[i];
      ids[i] = f & T_ARTICLE ? -1 : this.lookup(i, f & T_ARABIC ? articleSkip(t, i, 0) : 0);
    }
    const out: Candidate[] = [];
    let lastEnd = 0;
    for (let i = 0; i < n; ) {
      // A word that starts no alias as written cannot start a name, unless it is Arabic and starts with a
      // clitic (و ف ب ل ك) that may be taken off. A capitalised Latin word may still start a variant spelling
      // of one (the second lookup).
      const exact = (ids[i] >= 0 && this.rootChild[ids[i]] >= 0) || (t.flags[i] & T_ARABIC && mayHaveClitic(t, i));
      if (!exact && !(t.flags[i] & T_FIRST_UPPER)) {
        i++;
        continue;
      }
      const m = this.match;
      let found = exact && this.best(i, m);
      // The second lookup needs a capitalised Latin word followed, on the same line, by another name word.
      if (
        (!found || m.strong < 0) &&
        (t.flags[i] & (T_FIRST_UPPER | T_ARABIC)) === T_FIRST_UPPER &&
        i + 1 < n &&
        t.flags[i + 1] & T_JOIN &&
        t.flags[i + 1] & (T_FIRST_UPPER | T_ARTICLE)
      ) {
        const v = this.translit.find(t, text, i);
        if (v && (!found || v.last > m.last) && !(this.isPlace(v.strong >= 0 ? v.strong : (v.weak?.[0] ?? -1)) && this.placedElsewhere(i, v.last))) {
          m.last = v.last;
          m.spanSkip = 0;
          m.node = v.key;
          m.strong = v.strong;
          m.weak = v.weak;
          m.guarded = false;
          m.blocked = null;
          m.subject = v.subject;
          found = true;
        }
      }
      if (!found || (m.strong < 0 && !m.blocked && this.strongInside(i, m.last))) {
        i++;
        continue;
      }
      let start = m.spanSkip > 0 ? originalOffset(text, t.start[i], t.end[i], m.spanSkip) : t.start[i];
      // A name right after an article takes the article: "al-Kadhimi".
      if (m.spanSkip === 0 && i > 0 && t.flags[i - 1] & T_ARTICLE && t.flags[i] & T_JOIN && t.start[i - 1] >= lastEnd)
        start = t.start[i - 1];
      const end = t.end[m.last];
      let words = 0;
      for (let k = i; k <= m.last; k++) if (!(t.flags[k] & T_ARTICLE)) words++;
      // One object shape for every candidate (no optional fields added on the way): the hot path stays monomorphic.
      const blocker = m.blocked !== null;
      out.push({
        start,
        end,
        entity: blocker ? -1 : m.strong,
        weak: blocker ? m.blocked : m.strong < 0 ? m.weak : null,
        words,
        key: m.node,
        guarded: !blocker && m.guarded,
        blocker,
        subject: !blocker && m.subject,
      });
      lastEnd = end;
      i = m.last + 1;
    }
    this.text = '';
    return out;
  }

  /** The longest valid match starting at token i, into `into`; whether there is one. */
  private best(i: number, into: Best): boolean {
    const t = this.tokens;
    const ids = this.wordIds;
    const n = t.count;
    into.last = -1;
    let readings = 1;
    if (t.flags[i] & T_ARABIC && mayHaveClitic(t, i)) readings = arabicReadings(t, i, this.readings) / 2;
    for (let r = 0; r < readings; r++) {
      let id = ids[i];
      let spanSkip = 0;
      if (r > 0) {
        id = this.lookup(i, this.readings[2 * r]);
        spanSkip = this.readings[2 * r + 1];
      }
      if (id < 0) continue;
      let node = this.rootChild[id];
      let j = i;
      while (node >= 0) {
        if (this.outCount[node] > 0 && j > into.last && this.evaluate(node, i, j, into)) {
          into.last = j;
          into.spanSkip = spanSkip;
          into.node = node;
        }
        // Next word, passing over articles; the gaps must allow a name to continue.
        let k = j + 1;
        while (k < n && t.flags[k] & T_ARTICLE && t.flags[k] & T_JOIN) k++;
        if (k >= n || !(t.flags[k] & T_JOIN) || ids[k] < 0) break;
        node = this.child(node, ids[k]);
        j = k;
      }
    }
    return into.last >= 0;
  }

  /** Which entries at `node` accept tokens i..j: if any, their readings go into `into` (its span left alone). */
  private evaluate(node: number, i: number, j: number, into: Best): boolean {
    const t = this.tokens;
    let strong = -1;
    let guarded = false;
    let weak: number[] | null = null;
    let blocked: number[] | null = null;
    let subject = false;
    let neighbours = 0; // 0 unknown, 1 fine, 2 inside a longer name
    let followed = 0; // 0 unknown, 1 no, 2 a name word follows
    let before = UNKNOWN; // the given name before token i (givenNameBefore), worked out once per span
    let abroad = 0; // 0 unknown, 1 no, 2 the text places the name in a town no name of the data holds
    let after = UNKNOWN; // the name word after token i (nameAfter), for weak one-word person names
    const end = this.outStart[node] + this.outCount[node];
    for (let e = this.outStart[node]; e < end; e++) {
      const f = this.entryFlags[e];
      if (f & E_CAPS && !this.allCapitals(i, j)) continue;
      if (f & E_PROPER && !this.capitalised(i, j)) continue;
      if (f & E_LEAD && !(t.flags[i] & T_FIRST_UPPER)) continue;
      if (f & E_SINGLE_LATIN && t.flags[i] & T_FIRST_LOWER) continue;
      if (f & E_AR_ARTICLE && !ARABIC_ARTICLE.test(this.text.slice(t.start[i], t.end[i]))) continue;
      if (f & E_SINGLE_LATIN && f & E_PLACE && this.followedByName(i)) continue;
      if (f & E_PLACE && (abroad ||= this.placedElsewhere(i, j) ? 2 : 1) === 2) continue;
      const entity = this.entryEntity[e];
      if (f & E_GUARD) {
        if (before === UNKNOWN) before = this.givenNameBefore(i);
        // Someone else's given name before the word: a lookalike, unless the name is one of the entity's own.
        if (before !== NO_NAME && (before < 0 || !this.ownsWord(entity, before))) {
          (blocked ??= []).push(entity);
          continue;
        }
      }
      if (!(f & E_WEAK)) {
        if (strong < 0) {
          strong = entity;
          guarded = (f & E_GUARD) !== 0;
          subject = (f & E_SUBJECT) !== 0;
        }
        continue;
      }
      if (strong >= 0) break; // strong entries come first; a strong reading wins
      if (f & E_GUARD) {
        // A short form that opens someone else's full name (Sajjad Karim, سجاد كريم beside Sajjad al-Iraqi) is a
        // lookalike: the bare word nearest it is that other person's too.
        if (after === UNKNOWN) after = this.nameAfter(i);
        if (after !== NO_NAME && (after < 0 || !this.ownsWord(entity, after))) {
          (blocked ??= []).push(entity);
          continue;
        }
      }
      if (f & E_SINGLE_LATIN) {
        // A person's name was checked before it (givenNameBefore); what follows still counts.
        if (f & E_GUARD ? (followed ||= this.followedByName(i) ? 2 : 1) === 2 : (neighbours ||= this.insideLongerName(i) ? 2 : 1) === 2) continue;
      }
      weak ??= [];
      if (!weak.includes(entity)) weak.push(entity);
    }
    if (strong < 0 && !weak && !blocked) return false;
    const isStrong = strong >= 0;
    into.strong = strong;
    into.weak = !isStrong && weak ? weak : NO_ENTITIES;
    into.guarded = isStrong && guarded;
    into.blocked = !isStrong && !weak ? blocked : null;
    into.subject = isStrong && subject;
    return true;
  }

  /**
   * The word before token i if it is a given name: its vocabulary id (-1 if no name of the data has it), or
   * NO_NAME. When that name is not one of an entity's own, token i is the surname of someone else (Moeen al-Kadhimi, معين الكاظمي, Muhammad al-Shamari). In Latin script a
   * capitalised word that is not a title or function word; in Arabic, which has no capitals and puts verbs
   * before their subject (أعفى الكاظمي), a known given name (lib/given-names.ts, or a dataset person's first name).
   */
  private givenNameBefore(i: number): number {
    const t = this.tokens;
    let k = i;
    while (k > 0 && t.flags[k] & T_ADJ && t.flags[k - 1] & T_ARTICLE) k--;
    if (k === 0 || !(t.flags[k] & T_ADJ)) return NO_NAME;
    k--;
    const f = t.flags[k];
    if (f & T_ARABIC) {
      if (!(t.flags[i] & T_ARABIC)) return NO_NAME;
      // على "on" folds to علي "Ali": the alef maqsura as written tells them apart.
      if (this.text.charCodeAt(t.end[k] - 1) === 0x0649) return NO_NAME;
      // The word itself, or without a leading و or ف (its suffix hash from the second letter).
      const c0 = t.code[k * CODES];
      if (!this.givenNames.has(t.hash[k * SUFFIXES]) && !((c0 === 0x0648 || c0 === 0x0641) && this.givenNames.has(t.hash[k * SUFFIXES + 1]))) return NO_NAME;
    } else {
      if (!(f & T_FIRST_UPPER) || NEIGHBOURS_OK_HASHES.has(t.hash[k * SUFFIXES])) return NO_NAME;
      // A sentence's first word is capitalised whatever it is: an adverb there is no name ("Later Kadhimi said").
      if (f & T_SENT && (SENTENCE_ADVERBS_HASHES.has(t.hash[k * SUFFIXES]) || tokenKey(this.text, t.start[k], t.end[k]).endsWith('ly')))
        return NO_NAME;
    }
    return this.wordIds[k] >= 0 ? this.wordIds[k] : f & T_ARABIC ? this.lookup(k, articleSkip(t, k, 0)) : -1;
  }

  /**
   * The word after token i if it continues a person's name: its vocabulary id (-1 if no name of the data has
   * it), or NO_NAME. In Latin script a capitalised word (past an article: Sajjad al-Khafaji) that is not a title
   * or function word; in Arabic, which has no capitals, a known given name, as a father's name follows a first
   * name (سجاد كريم).
   */
  private nameAfter(i: number): number {
    const t = this.tokens;
    const n = t.count;
    let k = i + 1;
    if (t.flags[i] & T_ARABIC) {
      if (k >= n || !(t.flags[k] & T_ADJ) || !(t.flags[k] & T_ARABIC) || !this.givenNames.has(t.hash[k * SUFFIXES])) return NO_NAME;
      if (this.text.charCodeAt(t.end[k] - 1) === 0x0649) return NO_NAME; // على "on", not علي
    } else {
      while (k < n && t.flags[k] & T_ADJ && t.flags[k] & T_ARTICLE) k++;
      if (k >= n || !(t.flags[k] & T_ADJ) || !this.isNameWord(k)) return NO_NAME;
    }
    return this.wordIds[k];
  }

  /**
   * Whether the text places a Latin place name in another town: "Tahrir Square in Cairo", "Tahrir Square,
   * Cairo", "Cairo's Tahrir Square", where the town is a capitalised word that no name of the data holds. A
   * place outside Iraq is never ours; the dataset's own towns (in Baghdad, Nasiriyah's) leave it alone.
   */
  private placedElsewhere(i: number, j: number): boolean {
    const t = this.tokens;
    if (t.flags[i] & T_ARABIC) return false;
    const foreign = (k: number) =>
      (t.flags[k] & (T_FIRST_UPPER | T_ARABIC)) === T_FIRST_UPPER &&
      !(t.flags[k] & T_ARTICLE) &&
      this.wordIds[k] < 0 &&
      !NEIGHBOURS_OK_HASHES.has(t.hash[k * SUFFIXES]) &&
      !DIRECTION_HASHES.has(t.hash[k * SUFFIXES]);
    const k0 = i > 0 && t.flags[i - 1] & T_ARTICLE ? i - 1 : i;
    if (k0 > 0 && t.flags[k0 - 1] & T_POSSESSIVE && t.flags[k0] & T_JOIN && foreign(k0 - 1)) return true;
    let k = j + 1;
    if (k >= t.count) return false;
    if (t.flags[k] & T_ADJ && t.end[k] - t.start[k] === 2 && this.text.startsWith('in', t.start[k])) k++;
    else if (!this.commaBetween(j, k)) return false;
    return k < t.count && foreign(k);
  }

  /** Whether only a comma and at most one space stand between tokens j and k (read in place: no string made). */
  private commaBetween(j: number, k: number): boolean {
    const from = this.tokens.end[j];
    const gap = this.tokens.start[k] - from;
    return (gap === 1 || gap === 2) && this.text.charCodeAt(from) === 0x2c && (gap === 1 || this.text.charCodeAt(from + 1) === 0x20);
  }

  private isPlace(entity: number): boolean {
    return this.index.entities[entity]?.type === 'place';
  }

  /** Whether tokens i..j are written as a proper name (E_PROPER). */
  private capitalised(i: number, j: number): boolean {
    const t = this.tokens;
    if (!(t.flags[i] & T_FIRST_UPPER)) return false;
    if (!(t.flags[i] & T_SENT)) return true;
    for (let k = i + 1; k <= j; k++) if (t.flags[k] & T_FIRST_UPPER && !(t.flags[k] & T_ARTICLE)) return true;
    return false;
  }

  /** Whether the word is in one of the entity's names (the entity has a guarded name). */
  private ownsWord(entity: number, word: number): boolean {
    for (let k = this.ownStart[word]; k < this.ownStart[word + 1]; k++) if (this.ownEntities[k] === entity) return true;
    return false;
  }

  private allCapitals(i: number, j: number): boolean {
    const t = this.tokens;
    for (let k = i; k <= j; k++) if (t.flags[k] & T_HAS_LOWER && !(t.flags[k] & T_ARTICLE)) return false;
    return true;
  }

  /** Whether token i sits next to another capitalised word (not a sentence start, title or function word). */
  private insideLongerName(i: number): boolean {
    const t = this.tokens;
    const n = t.count;
    let k = i;
    while (k > 0 && t.flags[k] & T_ADJ && t.flags[k - 1] & T_ARTICLE) k--;
    if (k > 0 && t.flags[k] & T_ADJ && this.isNameWord(k - 1) && !(t.flags[k - 1] & T_SENT)) return true;
    k = i + 1;
    while (k < n && t.flags[k] & T_ADJ && t.flags[k] & T_ARTICLE) k++;
    return k < n && (t.flags[k] & T_ADJ) !== 0 && this.isNameWord(k);
  }

  /** Whether token i is followed directly by a capitalised word that makes it part of another name. */
  private followedByName(i: number): boolean {
    const t = this.tokens;
    const k = i + 1;
    if (k >= t.count || !(t.flags[k] & T_ADJ) || !this.isNameWord(k)) return false;
    return !PLACE_QUALIFIERS.has(tokenKey(this.text, t.start[k], t.end[k]));
  }

  private isNameWord(k: number): boolean {
    const t = this.tokens;
    const f = t.flags[k];
    if (!(f & T_FIRST_UPPER) || f & T_ARABIC) return false;
    return !NEIGHBOURS_OK_HASHES.has(t.hash[k * SUFFIXES]);
  }

  /** Whether a strong match starts inside tokens (i, last] and runs past `last` ("the Hashd al-Shaabi"). */
  private strongInside(i: number, last: number): boolean {
    for (let k = i + 1; k <= last; k++) {
      if (this.tokens.flags[k] & T_ARTICLE) continue;
      if (this.best(k, this.inner) && this.inner.strong >= 0 && this.inner.last > last) return true;
    }
    return false;
  }
}

/**
 * The aliases split into words, as the matcher needs them: a vocabulary of folded words, and per alias
 * [entity, flags, word count, word ids…]. Compiled at build time for the extension; at run time otherwise.
 */
export function compileAliases(index: MatchIndex): CompiledAliases {
  const wordIndex = new Map<string, number>();
  const vocab: string[] = [];
  const data: number[] = [];
  for (const alias of index.aliases) {
    const ws = words(alias.text).filter((w) => !(w.flags & T_ARTICLE));
    if (ws.length === 0) continue;
    const flags =
      (alias.weak ? E_WEAK : 0) |
      (isCapitals(alias.text) ? E_CAPS : 0) |
      (ws.length === 1 && !(ws[0].flags & T_ARABIC) && /\p{L}/u.test(alias.text) ? E_SINGLE_LATIN : 0) |
      ((ws.length === 1 || alias.weak) && ws[0].flags & T_ARABIC && /^ال/.test(alias.text.trim()) ? E_AR_ARTICLE : 0) |
      (index.entities[alias.entity]?.type === 'place' ? E_PLACE : 0) |
      (index.entities[alias.entity]?.type === 'person' ? (ws.length === 1 ? E_GUARD : E_PERSON) : 0) |
      (alias.subject || isCapitals(alias.text) ? E_SUBJECT : 0) |
      properFlag(ws);
    data.push(alias.entity, flags, ws.length);
    for (const w of ws) {
      let id = wordIndex.get(w.key);
      if (id === undefined) {
        id = vocab.length;
        wordIndex.set(w.key, id);
        vocab.push(w.key);
      }
      data.push(id);
    }
  }
  return { vocab, data };
}

/** E_PROPER, E_LEAD or neither, for an alias's words. */
function properFlag(ws: Word[]): number {
  if (ws.length < 2 || ws.some((w) => w.flags & T_ARABIC) || !(ws[0].flags & T_FIRST_UPPER)) return 0;
  return ws.every((w) => !(w.flags & T_FIRST_LOWER)) ? E_PROPER : E_LEAD;
}

/** An alias written in capitals: 2–6 Latin letters, none lower case (KH, PMF, ICSSI). */
function isCapitals(text: string): boolean {
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((CLASS[c] || classify(c)) !== C_LETTER) continue;
    const f = LFLAGS[c];
    if (f & (L_LOWER | L_ARABIC)) return false;
    if (f & L_UPPER) letters++;
  }
  return letters >= 2 && letters <= 6;
}
