// Calmer pages: mark the first mention of each name per section, and again only after about 600 characters,
// rather than every repeat (8 × "Mikdam" in one article). Pure: the page scanner asks it, mention by mention,
// in reading order.

/** How far apart, in characters of text, two marked mentions of the same name are at least (within a section). */
export const FIRST_MENTION_GAP = 600;

export class FirstMentions {
  private readonly last = new Map<string, { section: unknown; at: number }>();

  constructor(private readonly gap = FIRST_MENTION_GAP) {}

  /**
   * Whether a mention is one to mark: the first of its name in its section, or the first at least `gap`
   * characters after the last one marked. `section` is any identity (an element); `at` the mention's position
   * in the text read so far.
   */
  mark(entityId: string, section: unknown, at: number): boolean {
    const previous = this.last.get(entityId);
    if (previous && previous.section === section && at >= previous.at && at - previous.at < this.gap) return false;
    this.last.set(entityId, { section, at });
    return true;
  }

  clear(): void {
    this.last.clear();
  }
}

/** The elements that make a section of a page: a new one starts the count of each name again. */
export const SECTION_TAGS: ReadonlySet<string> = new Set(['SECTION', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'FIGURE', 'LI', 'TD', 'DIALOG']);
/** How far up the tree a section is looked for: bounded, so that 10,000 nested elements cost nothing. */
const SECTION_DEPTH = 24;

/** The section a node sits in (an element with a tagName), or null past SECTION_DEPTH levels. */
export function sectionOf<T extends { tagName: string; parentElement: T | null }>(element: T | null): T | null {
  for (let at = element, depth = 0; at && depth < SECTION_DEPTH; at = at.parentElement, depth++) if (SECTION_TAGS.has(at.tagName)) return at;
  return null;
}
