// A second key for a romanised Arabic word that folds the differences between romanisations of the same name:
// short vowels (Amjad/Amjed, Hashimi/Hashemi), doubled letters (Shammari/Shamari), q/k/c and dh/z/d/th/t
// (Qais/Kais, Kadhimi/Kazemi), ay/ai/ei for ي (Hussein/Husain/Husayn, Qais/Qays), long vowels spelt
// ou/oo/ee (Yacoub/Yaqoob, Kareem/Karim), a final h after a vowel (Osama/Osamah). What it keeps apart: the long vowels that make
// different names (Hassan ≠ Hussein), the first letter's vowel class (Omar ≠ Amer).
// Input: a folded (lower-case, unaccented) Latin word. Not for Arabic script, which needs none of this.

const VOWEL = new Set(['a', 'e', 'i', 'o', 'u']);

/** The consonant a letter or digraph stands for; '' for letters dropped. */
function consonant(word: string, k: number): [string, number] {
  const c = word[k];
  const d = word[k + 1];
  if (d === 'h') {
    if (c === 'd' || c === 'z') return ['d', 2]; // dh ذ ض ظ
    if (c === 't') return ['t', 2]; // th ث
    if (c === 'k') return ['x', 2]; // kh خ
    if (c === 'g') return ['g', 2]; // gh غ
    if (c === 's' || c === 'c') return ['s', 2]; // sh ش (and ch, rare) kept apart from s
    if (c === 'p') return ['f', 2];
  }
  if (c === 'q' || c === 'c' || c === 'k') return ['k', 1];
  if (c === 'z') return ['d', 1];
  if (c === 's') return ['c', 1]; // plain s, distinct from sh
  return [c, 1];
}

/**
 * The transliteration key of one folded Latin word: "muhammad", "mohammed" and "mohamed" all give "mhmd";
 * "hussein", "husain" and "husayn" give "hcyn", "hassan" gives "hcn".
 */
export function translitKey(word: string): string {
  const w = word.toLowerCase();
  let out = '';
  let k = 0;
  // The first letter's vowel class: a (a), i (e, i), u (o, u); y and w starting a word are consonants.
  if (VOWEL.has(w[0])) {
    out += w[0] === 'a' ? 'a' : w[0] === 'e' || w[0] === 'i' ? 'i' : 'u';
    k = 1;
    while (k < w.length && (VOWEL.has(w[k]) || w[k] === 'w' || w[k] === 'y')) k++;
  }
  while (k < w.length) {
    const c = w[k];
    if (c === 'y' && k === w.length - 1) break; // Kadhimy = Kadhimi
    if (VOWEL.has(c) || ((c === 'y' || c === 'w') && k > 0 && VOWEL.has(w[k - 1]))) {
      // A run of vowels (with y/w inside it): a long vowel or diphthong becomes y or w, a short vowel nothing.
      let run = '';
      while (k < w.length && (VOWEL.has(w[k]) || w[k] === 'y' || w[k] === 'w')) run += w[k++];
      const last = k >= w.length;
      if (last && /^[aeiou]$/.test(run)) continue; // a final short vowel: Hashimi = Hashim
      // ay ai ei ey: ي (Husayn = Hussein); a written w: و (Dawood). ee is a long i spelt many ways
      // (Kareem = Karim), dropped like a short vowel.
      // ou/oo/uu is a long u (Mahmoud ≠ Muhammad) unless a doubled consonant follows (Youssef = Yusuf).
      const doubled = k + 1 < w.length && w[k] === w[k + 1];
      if (/w/.test(run) || (/^(?:ou|oo|uu)$/.test(run) && !doubled)) out += 'w';
      else if (/y/.test(run) || /[ae]i|ie/.test(run)) out += last && !/y/.test(run) ? '' : 'y';
      continue;
    }
    if (c === 'h' && k === w.length - 1 && k > 0 && VOWEL.has(w[k - 1])) break; // Osamah = Osama
    const [sound, used] = consonant(w, k);
    if (sound && out[out.length - 1] !== sound) out += sound; // doubled letters count once
    else if (sound && k > 0 && VOWEL.has(w[k - 1])) out += sound; // the same sound across a vowel is two
    k += used;
  }
  return out;
}
