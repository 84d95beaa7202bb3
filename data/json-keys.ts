// Finds what JSON.parse lets pass silently: a key written twice in one object (the last one wins) and a
// "__proto__" key. One linear pass over the text, which JSON.parse has already accepted as valid JSON.

export interface KeyProblem {
  /** Path to the object, as in "[3].facts[0]". */
  path: string;
  message: string;
}

export function findKeyProblems(text: string): KeyProblem[] {
  const problems: KeyProblem[] = [];
  // A stack of open containers: for an object the keys seen and its path; for an array the next index.
  const stack: Array<{ keys: Set<string> | null; path: string; index: number; key: string | null }> = [];
  const childPath = () => {
    const top = stack[stack.length - 1];
    if (!top) return '';
    return top.keys ? `${top.path}${top.path ? '.' : ''}${top.key ?? ''}` : `${top.path}[${top.index}]`;
  };
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      let j = i + 1;
      let value = '';
      for (; j < text.length && text[j] !== '"'; j++) {
        if (text[j] === '\\') {
          value += text.slice(j, j + 2);
          j++;
        } else value += text[j];
      }
      const top = stack[stack.length - 1];
      if (expectKey && top?.keys) {
        const key = JSON.parse(`"${value}"`) as string;
        if (key === '__proto__') problems.push({ path: top.path || '(top)', message: 'has a "__proto__" key' });
        else if (top.keys.has(key)) problems.push({ path: top.path || '(top)', message: `has the key "${key}" twice (JSON keeps only the last)` });
        top.keys.add(key);
        top.key = key;
        expectKey = false;
      }
      i = j;
    } else if (c === '{' || c === '[') {
      const path = childPath();
      stack.push({ keys: c === '{' ? new Set() : null, path, index: 0, key: null });
      expectKey = c === '{';
    } else if (c === '}' || c === ']') {
      stack.pop();
    } else if (c === ',') {
      const top = stack[stack.length - 1];
      if (top?.keys) expectKey = true;
      else if (top) top.index++;
    }
  }
  return problems;
}
