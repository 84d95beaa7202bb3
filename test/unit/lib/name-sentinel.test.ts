// The first stage must never rule out a text in which the engine finds a name: it reads characters exactly as
// the engine does (checked for every UTF-16 code unit), and on every corpus we have, every text in which the
// engine finds a name that marks on its own (a strong name, before resolution; weak, derived and subject-only
// names need one beside them) is a candidate for the sentinel too, however its text is cut into nodes.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildDataset } from '@/data/build';
import { compileAliases, marksAlone, Matcher } from '@/lib/matcher';
import { CLASS, FOLD, classify, C_APOS, C_DROP, C_LETTER, C_MARK } from '@/lib/normalize';
import { deriveSentinelKeys } from '@/lib/sentinel-keys';
import { NameSentinel, sentinelCode, sentinelWord } from '@/lib/name-sentinel';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');
const SHARED = resolve(ROOT, '..', 'shared');
const built = buildDataset();
const compiled = compileAliases(built.matchIndex);
const keys = deriveSentinelKeys(compiled);
const matcher = new Matcher({ ...built.matchIndex, compiled });

function textsIn(dir: string, ext: string): Array<{ name: string; text: string }> {
  if (!existsSync(dir)) return [];
  const out: Array<{ name: string; text: string }> = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...textsIn(full, ext));
    else if (entry.name.endsWith(ext)) out.push({ name: full, text: readFileSync(full, 'utf8') });
  }
  return out;
}

/** Paragraphs of every corpus: ours, the real articles, and the real saved pages as the content script reads them. */
const paragraphs: Array<{ name: string; text: string }> = [
  ...textsIn(join(ROOT, 'test', 'corpus'), '.txt'),
  ...textsIn(SHARED + '/corpus-real', '.txt'),
].flatMap(({ name, text }) => text.split(/\n\s*\n/).map((p) => ({ name, text: p })));
/** A page's text, roughly: scripts and styles out, one chunk per element's text (a parser would be far slower). */
const chunksOf = (html: string): string[] =>
  html
    .replace(/<(script|style|noscript|template)\b[\s\S]*?<\/\1>/gi, '\n')
    .split(/<[^>]*>/)
    .map((s) => s.replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&').replace(/&#39;|&rsquo;/g, '’').trim())
    .filter(Boolean);
const pages = textsIn(SHARED + '/pages-real', '.html').map(({ name, text }) => ({ name, chunks: chunksOf(text) }));
for (const page of pages) for (const chunk of page.chunks) paragraphs.push({ name: page.name, text: chunk });

/** A deterministic generator of cut points. */
function cuts(text: string, seed: number): string[] {
  const out: string[] = [];
  let x = seed;
  for (let at = 0; at < text.length; ) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    const len = 1 + (x % 23);
    out.push(text.slice(at, at + len));
    at += len;
  }
  return out;
}

describe('name sentinel', () => {
  it('reads every UTF-16 code unit as the engine does', () => {
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const cls = CLASS[c] || classify(c);
      const expected = cls === C_LETTER ? FOLD[c] : cls === C_MARK || cls === C_DROP ? -1 : cls === C_APOS ? -2 : 0;
      if (sentinelCode(c) !== expected) wrong.push(`U+${c.toString(16).padStart(4, '0')}: ${sentinelCode(c)} ≠ ${expected}`);
    }
    expect(wrong.slice(0, 20)).toEqual([]);
  });

  it('keeps, for every compiled entry that marks alone, a set of its own words (coarsened) and pairs of adjacent words, or a smaller set', () => {
    const lines = keys.entries.split('\n').map((line) => line.split(' '));
    const { vocab, data } = compiled;
    for (let at = 0; at < data.length; at += 3 + data[at + 2]) {
      if (!marksAlone(data[at + 1])) continue;
      const list = Array.from({ length: data[at + 2] }, (_, k) => sentinelWord(vocab[data[at + 3 + k]]));
      const words = new Set(list);
      const pairs = new Set(list.slice(1).map((w, k) => `${list[k]}>${w}`));
      expect(lines.some((line) => line.every((w) => words.has(w) || pairs.has(w))), list.join(' ')).toBe(true);
    }
  });

  it(`says yes to every text in which the engine finds a strong name, read whole or cut into pieces (${paragraphs.length} texts)`, () => {
    let withNames = 0;
    const missed: string[] = [];
    for (const { name, text } of paragraphs) {
      if (!matcher.scan(text).some((c) => c.entity >= 0 && !c.subject && !c.blocker)) continue;
      withNames++;
      const whole = new NameSentinel(keys);
      const cut = new NameSentinel(keys);
      for (const piece of cuts(text, withNames)) cut.read(piece);
      if (!whole.read(text) || !cut.candidate) missed.push(`${name}: ${text.slice(0, 80)}`);
    }
    expect(withNames).toBeGreaterThan(100);
    expect(missed).toEqual([]);
  });

  it('says no to text without names, and yes once a name is added later', () => {
    const sentinel = new NameSentinel(keys);
    expect(sentinel.read('The weather in the north was mild this week, and the markets closed higher on Friday.')).toBe(false);
    expect(sentinel.read('Ali')).toBe(false); // a first word alone is not a name
    sentinel.breakWord();
    expect(sentinel.read('al-Mikdam')).toBe(true); // its other words, later on, make it one
    expect(new NameSentinel(keys).read('Friends of Hisham al-Hashimi gathered.')).toBe(true);
  });

  it('finds a name written with clitics in Arabic, and a name cut by a node boundary', () => {
    expect(new NameSentinel(keys).read('وقال وعلي المكدام إن')).toBe(true);
    // A short form alone marks nothing (it needs the full name on the page), so it is no candidate either.
    expect(new NameSentinel(keys).read('وقال والمكدام إن')).toBe(false);
    const cut = new NameSentinel(keys);
    cut.read('Kadh');
    expect(cut.read('imi said')).toBe(true);
  });

  it("asks for a name's first two words one after the other, not anywhere on the page", () => {
    // "National Home" (a party) is no candidate in a menu that reads "Home | National", nor where the words are apart.
    expect(new NameSentinel(keys).read('Home National World Business Sport')).toBe(false);
    expect(new NameSentinel(keys).read('The national team played at home.')).toBe(false);
    expect(new NameSentinel(keys).read('The Iraqi National Home party')).toBe(true);
    // Articles between the two words are passed over, as the engine does.
    expect(new NameSentinel(keys).read('Abu Mahdi al-Muhandis was killed.')).toBe(true);
  });

  it('rules out most real pages that the engine finds nothing in', () => {
    let empty = 0;
    let ruledOut = 0;
    for (const page of pages) {
      if (page.chunks.some((c) => matcher.scan(c).length)) continue;
      empty++;
      const sentinel = new NameSentinel(keys);
      for (const chunk of page.chunks) sentinel.read(chunk + '\n');
      if (!sentinel.candidate) ruledOut++;
    }
    console.log(`pages-real: ${pages.length} pages, ${empty} without a candidate for the engine, ${ruledOut} of them ruled out by the sentinel`);
    if (empty) expect(ruledOut / empty).toBeGreaterThan(0.85);
  });
});
