// The first stage's key set, derived at build time from the same compiled aliases the spotter reads
// (lib/matcher.ts compileAliases). Every match the engine makes covers all the words of one compiled entry,
// so a text can hold a name only if it holds every word of some entry. The key set keeps, per entry, its
// first word (where the engine starts a match) and up to WORDS - 1 of its other words, the longest (the
// rarest, as a rule: "Kidnapping of Sajjad al-Iraqi" keeps "kidnapping", "sajjad", "iraqi", not "of"), and the
// first stage asks whether the text holds all the words of one of those sets, and the entry's first two words
// one right after the other ("ali>mikdam": Latin articles between them aside), for "National Home" is not in
// "Home | National" nor in a page that has both words apart. Whatever kinds of match the engine adds later, they
// come from these entries.
// Entries that never mark alone are left out: the page must hold a strong name for them to count.
// Words are kept in the sentinel's coarser form (sentinelWord), and a set that holds another set is left out
// (it can only complete where the smaller one already has): neither changes which texts are candidates
// beyond adding some, and together they shrink the keys about threefold.
import type { CompiledAliases } from './types';
import { sentinelWord } from './name-sentinel';
import { marksAlone } from './matcher';

/** Words kept per entry: more rules out more pages, and costs more bytes in the first stage. */
export const WORDS = 3;

export interface SentinelKeys {
  /** One line per entry (duplicates dropped): the folded words that must all be in the text, space-separated. */
  entries: string;
}

export function deriveSentinelKeys(compiled: CompiledAliases, words = WORDS): SentinelKeys {
  const { vocab, data } = compiled;
  const sets = new Map<string, string[]>();
  for (let at = 0; at < data.length; at += 3 + data[at + 2]) {
    const count = data[at + 2];
    // A name that needs a strong name beside it (weak, derived, subject-only) is found when that name is.
    if (count === 0 || !marksAlone(data[at + 1])) continue;
    const first = sentinelWord(vocab[data[at + 3]]);
    const others = new Set<string>();
    for (let k = 1; k < count; k++) others.add(sentinelWord(vocab[data[at + 3 + k]]));
    others.delete(first);
    const kept = [...others].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).slice(0, words - 1);
    // The engine reads a name's words one after the other: its first two must also be seen as a pair, in order.
    const pair = count > 1 ? [`${first}>${sentinelWord(vocab[data[at + 4]])}`] : [];
    const set = [first, ...kept, ...pair].sort();
    sets.set(set.join(' '), set);
  }
  const holdsAnother = (set: string[]) => {
    for (let mask = 1; mask < (1 << set.length) - 1; mask++)
      if (sets.has(set.filter((_, i) => mask & (1 << i)).join(' '))) return true;
    return false;
  };
  return { entries: [...sets.keys()].filter((key) => !holdsAnother(sets.get(key)!)).sort().join('\n') };
}
