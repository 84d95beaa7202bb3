// The first stage's key set, derived at build time from the same compiled aliases the spotter reads
// (lib/matcher.ts compileAliases). Every match the engine makes covers all the words of one compiled entry, read
// one after the other, so a text can hold a name only if it holds every word of some entry. The key set keeps,
// per entry, its first two words as a pair ("ali>mikdam", where the engine starts a match: seen only when read
// in that order, Latin articles between them aside, for "National Home" is not in "Home | National") and up to
// WORDS - 2 of its other words, the longest (the rarest, as a rule: "Kidnapping of Sajjad al-Iraqi" keeps
// "kidnapping>of", "sajjad" and "iraqi"), and the first stage asks whether the text holds all of one of those sets.
// Whatever kinds of match the engine adds later, they come from these entries.
// Entries that never mark alone are left out: the page must hold a strong name for them to count.
// Words are kept in the sentinel's coarser form (sentinelWord), and a set that holds another set is left out
// (it can only complete where the smaller one already has): neither changes which texts are candidates
// beyond adding some, and together they shrink the keys about threefold.
import type { CompiledAliases } from './types';
import { sentinelWord } from './name-sentinel';
import { marksAlone } from './matcher';

/** Words kept per entry (the first two as a pair): more rules out more pages, and costs more bytes in the first stage. */
export const WORDS = 4;

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
    const second = count > 1 ? sentinelWord(vocab[data[at + 4]]) : '';
    const others = new Set<string>();
    for (let k = 2; k < count; k++) others.add(sentinelWord(vocab[data[at + 3 + k]]));
    others.delete(first);
    others.delete(second);
    // The engine reads a name's words one after the other: its first two are kept as a pair, seen only when
    // read in that order, one right after the other (the pair holds both words).
    const lead = count > 1 ? `${first}>${second}` : first;
    const kept = [...others].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).slice(0, words - 2);
    const set = [lead, ...kept].sort();
    sets.set(set.join(' '), set);
  }
  const holdsAnother = (set: string[]) => {
    for (let mask = 1; mask < (1 << set.length) - 1; mask++)
      if (sets.has(set.filter((_, i) => mask & (1 << i)).join(' '))) return true;
    return false;
  };
  return { entries: [...sets.keys()].filter((key) => !holdsAnother(sets.get(key)!)).sort().join('\n') };
}
