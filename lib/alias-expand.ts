// Expands an alias pattern into the names it stands for: "[optional words]" and "{a|b}" choices, nestable.
// "Iran[ian]-{backed|aligned} militias" -> Iran-backed militias, Iran-aligned militias, Iranian-backed …

type Node = string | { options: Node[][]; optional: boolean };

/** A pattern that expands to more names than this is a mistake, not a name list. */
export const MAX_EXPANSIONS = 1000;

function parse(pattern: string): Node[] {
  let pos = 0;
  const fail = (message: string, at = pos): never => {
    throw new Error(`alias pattern "${pattern}": ${message} at character ${at + 1}`);
  };
  // Parses a sequence up to `closer`; returns its alternatives (split on '|').
  function sequence(closer: ']' | '}' | null, openedAt: number): Node[][] {
    const alternatives: Node[][] = [[]];
    let text = '';
    const flush = () => {
      if (text) alternatives[alternatives.length - 1].push(text);
      text = '';
    };
    while (pos < pattern.length) {
      const ch = pattern[pos];
      if (ch === '[' || ch === '{') {
        flush();
        const at = pos++;
        const options = sequence(ch === '[' ? ']' : '}', at);
        alternatives[alternatives.length - 1].push({ options, optional: ch === '[' });
      } else if (ch === ']' || ch === '}') {
        if (ch !== closer) fail(closer ? `"${ch}" where "${closer}" was expected` : `unbalanced "${ch}"`);
        flush();
        pos++;
        return alternatives;
      } else if (ch === '|') {
        if (closer === null) fail('"|" outside {…} or […]');
        flush();
        alternatives.push([]);
        pos++;
      } else {
        text += ch;
        pos++;
      }
    }
    if (closer !== null) fail(`unbalanced "${closer === ']' ? '[' : '{'}" (no "${closer}")`, openedAt);
    flush();
    return alternatives;
  }
  return sequence(null, 0)[0];
}

function expandSequence(nodes: Node[], pattern: string): string[] {
  let results = [''];
  for (const node of nodes) {
    const choices =
      typeof node === 'string'
        ? [node]
        : [...node.options.flatMap((o) => expandSequence(o, pattern)), ...(node.optional ? [''] : [])];
    results = results.flatMap((prefix) => choices.map((choice) => prefix + choice));
    if (results.length > MAX_EXPANSIONS)
      throw new Error(`alias pattern "${pattern}": expands to more than ${MAX_EXPANSIONS} names`);
  }
  return results;
}

/**
 * The names a pattern stands for, without duplicates, spaces collapsed; the fullest reading comes first.
 * Throws an Error naming the pattern and the position on unbalanced brackets or a stray "|".
 */
export function expandAlias(pattern: string): string[] {
  const names = expandSequence(parse(pattern), pattern).map((name) => name.replace(/\s+/g, ' ').trim());
  return [...new Set(names)].filter((name) => name.length > 0);
}
