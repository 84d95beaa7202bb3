// A name that holds a place's name ("Dhi Qar Criminal Court", "محكمة جنايات البصرة") is also written with the
// place's other names: "محكمة جنايات محافظة ذي قار", "Thi Qar Criminal Court", "Nasiriya massacre". Derived
// from the data, so every court, command or event named after a place gets the spellings its place has.

/** More variants than this for one name means a place with many spellings in a long name: keep the first. */
const MAX_PER_NAME = 24;

function isLatin(s: string): boolean {
  return /[A-Za-z]/.test(s);
}

/** Where `part` sits in `name` as whole words (space-separated), or -1. */
function wordIndex(name: string, part: string): number {
  for (let at = name.indexOf(part); at >= 0; at = name.indexOf(part, at + 1)) {
    const before = at === 0 || name[at - 1] === ' ';
    const after = at + part.length === name.length || name[at + part.length] === ' ';
    if (before && after) return at;
  }
  return -1;
}

/**
 * The names (already expanded) of an entity rewritten with each other name of a place they contain, in the
 * same script. `places` holds each place's own expanded names. The names themselves are not repeated.
 */
export function placeNameVariants(names: readonly string[], places: ReadonlyArray<readonly string[]>): string[] {
  const out = new Set<string>();
  const own = new Set(names);
  for (const name of names) {
    let added = 0;
    for (const spellings of places) {
      // The longest spelling the name holds is the one replaced ("Dhi Qar Governorate" before "Dhi Qar").
      for (const spelling of [...spellings].sort((a, b) => b.length - a.length)) {
        const at = wordIndex(name, spelling);
        if (at < 0) continue;
        for (const other of spellings) {
          if (other === spelling || isLatin(other) !== isLatin(spelling) || added >= MAX_PER_NAME) continue;
          const variant = name.slice(0, at) + other + name.slice(at + spelling.length);
          if (!own.has(variant) && !out.has(variant)) {
            out.add(variant);
            added++;
          }
        }
        break; // one spelling of a place per name: the others are its variants
      }
    }
  }
  return [...out];
}
