// Reads a page's text as chunks, one per block element, without touching it. Each chunk keeps the text
// nodes it came from, so an offset in the chunk maps back to a (node, offset) for a Range.
// Uses only standard DOM APIs: the content script and the command-line spotter (happy-dom) share it.

/** Elements whose text is never read: code, form fields, editable regions, the extension's own UI. */
const SKIPPED = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'TEMPLATE', 'IFRAME', 'OBJECT',
  'SVG', 'svg', 'MATH', 'CANVAS', 'VIDEO', 'AUDIO',
]);

/** Elements that start a new chunk: a name never runs across two of them. */
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'BUTTON', 'CAPTION', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR',
  'HTML', 'LABEL', 'LEGEND', 'LI', 'MAIN', 'MENU', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY',
  'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);

export interface TextChunk {
  text: string;
  nodes: Text[];
  /** starts[i] is where nodes[i] begins in text. */
  starts: number[];
}

/** Our own elements (the card's host): known by identity, so that no attribute a page sets can hide its text. */
const ownElements = new WeakSet<Element>();
export function markOwnElement(element: Element): void {
  ownElements.add(element);
}

export function isSkippedElement(element: Element): boolean {
  if (SKIPPED.has(element.tagName)) return true;
  if (ownElements.has(element)) return true;
  if (element.hasAttribute('hidden')) return true;
  const editable = element.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

/**
 * Page furniture: navigation, site headers and footers, sidebars, bylines and "most read" lists. Where a page
 * marks its content (a main or article element), names there are the site's, not the story's: not read.
 * Headers and footers inside the content (an article's own header holds its headline) are read.
 */
const FURNITURE_TAGS = new Set(['NAV', 'ASIDE']);
const FURNITURE_OUTSIDE_CONTENT = new Set(['HEADER', 'FOOTER']);
const FURNITURE_ROLES = new Set(['navigation', 'complementary']);
const FURNITURE_ROLES_OUTSIDE_CONTENT = new Set(['banner', 'contentinfo']);
const FURNITURE_NAMES = /(?:^|[\s_-])(?:by-?line|most-?(?:read|popular|viewed|shared)|trending|breadcrumbs?|related(?:-(?:stories|articles|content|links))?|newsletter)(?:$|[\s_-])/i;
const CONTENT = 'main, article, [role=main]';

const contentSeen = new Map<Document, boolean>();

/**
 * Whether the document marks its content, so that its furniture can be told apart. The answer is kept until
 * the current task's microtasks run: a batch of thousands of added nodes asks the document once, not each time.
 */
export function hasMarkedContent(doc: Document): boolean {
  let found = contentSeen.get(doc);
  if (found === undefined) {
    found = doc.querySelector(CONTENT) !== null;
    contentSeen.set(doc, found);
    queueMicrotask(() => contentSeen.delete(doc));
  }
  return found;
}

export function isFurniture(element: Element): boolean {
  const tag = element.tagName.toUpperCase();
  if (FURNITURE_TAGS.has(tag)) return true;
  const role = element.getAttribute('role');
  if (role && FURNITURE_ROLES.has(role)) return true;
  if (FURNITURE_OUTSIDE_CONTENT.has(tag) || (role && FURNITURE_ROLES_OUTSIDE_CONTENT.has(role)))
    return element.parentElement?.closest(CONTENT) == null;
  const names = `${element.getAttribute('class') ?? ''} ${element.id}`;
  return names.length > 1 && FURNITURE_NAMES.test(names);
}

/** Chromium and WebKit also make text editable by style; Firefox has no such property. */
const USER_MODIFY = typeof CSS !== 'undefined' && CSS.supports?.('-webkit-user-modify', 'read-write');

function isEditableElement(element: Element): boolean {
  if ((element as HTMLElement).isContentEditable === true) return true;
  // isContentEditable does not see -webkit-user-modify in Chromium: ask the computed style (inherited).
  return USER_MODIFY && getComputedStyle(element).getPropertyValue('-webkit-user-modify').startsWith('read-write');
}

/** Text the reader can type into: designMode, contenteditable, or editable by style (-webkit-user-modify). */
export function isEditableText(node: Node): boolean {
  const doc = node.ownerDocument;
  if (doc && doc.designMode === 'on') return true;
  const parent = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return !!parent && isEditableElement(parent);
}

/** Whether a node sits inside something that is never read (checked upwards, for nodes added later). */
export function isInsideSkipped(node: Node, stopAt?: Node): boolean {
  const furniture = !!node.ownerDocument && hasMarkedContent(node.ownerDocument);
  for (let el = node.nodeType === 1 ? (node as Element) : node.parentElement; el && el !== stopAt; el = el.parentElement)
    if (isSkippedElement(el) || (furniture && isFurniture(el))) return true;
  return isEditableText(node);
}

function blockOf(node: Node, cache: Map<Element, Element>): Element | null {
  const parent = node.parentElement;
  if (!parent) return null;
  const path: Element[] = [];
  let el: Element | null = parent;
  let block: Element | null = null;
  while (el) {
    const known = cache.get(el);
    if (known) {
      block = known;
      break;
    }
    path.push(el);
    if (BLOCKS.has(el.tagName.toUpperCase())) {
      block = el;
      break;
    }
    el = el.parentElement;
  }
  for (const p of path) if (block) cache.set(p, block);
  return block;
}

/** Text chunks under root, in document order. Whitespace-only text nodes are left out. */
export function collectChunks(root: Node): TextChunk[] {
  const out: TextChunk[] = [];
  for (const chunk of iterateChunks(root)) if (chunk) out.push(chunk);
  return out;
}

/** How many nodes iterateChunks visits between two chances for its caller to look at the clock. */
const NODES_PER_PAUSE = 256;

/**
 * The same, one chunk at a time, so that a caller can stop and yield to the page between chunks: a
 * 10 MB page is never walked in one go. Between chunks it also yields null every few hundred nodes, so a page
 * with thousands of elements and little text is walked in slices too. Linear in the size of the subtree,
 * however deep it is nested.
 */
export function* iterateChunks(root: Node): Generator<TextChunk | null> {
  const doc = root.ownerDocument ?? (root as Document);
  if (root.nodeType === 3) {
    const text = root as Text;
    if (!isInsideSkipped(text) && /\S/.test(text.data)) yield { text: text.data, nodes: [text], starts: [0] };
    return;
  }
  if (doc.designMode === 'on') return;
  const furniture = hasMarkedContent(doc);
  // The walk is ours, not a filter's: a filter runs inside one nextNode() call that may cross thousands of
  // nodes, with no way to pause. A block element or a <br> met between two text nodes splits the run.
  let broken = false;
  let lastParent: Element | null = null;
  let lastEditable = false;
  const walker = doc.createTreeWalker(root, 0x1 | 0x4 /* SHOW_ELEMENT | SHOW_TEXT */);
  /** The node after the current one's subtree, or null at the end of root. */
  const skipSubtree = (): Node | null => {
    for (;;) {
      const sibling = walker.nextSibling();
      if (sibling) return sibling;
      if (!walker.parentNode()) return null;
    }
  };
  const cache = new Map<Element, Element>();
  let current: TextChunk | null = null;
  let currentBlock: Element | null = null;
  let visited = 0;
  for (let node = walker.nextNode(); node; ) {
    if (++visited % NODES_PER_PAUSE === 0) yield null;
    if (node.nodeType === 1) {
      const element = node as Element;
      if (isSkippedElement(element) || (furniture && isFurniture(element))) {
        node = skipSubtree();
        continue;
      }
      const tag = element.tagName.toUpperCase();
      if (tag === 'BR' || BLOCKS.has(tag)) broken = true;
      node = walker.nextNode();
      continue;
    }
    const text = node as Text;
    node = walker.nextNode();
    if (!/\S/.test(text.data)) continue;
    // Editable by style or inherited contenteditable: asked once per parent element, not per text node.
    const parent = text.parentElement;
    if (parent !== lastParent) {
      lastParent = parent;
      lastEditable = !!parent && isEditableElement(parent);
    }
    if (lastEditable) continue;
    const block = blockOf(text, cache);
    if (!current || block !== currentBlock || broken) {
      if (current) yield current;
      current = { text: '', nodes: [], starts: [] };
      currentBlock = block;
    }
    broken = false;
    current.starts.push(current.text.length);
    current.nodes.push(text);
    current.text += text.data;
  }
  if (current) yield current;
}

/** The part [start, end) of a chunk, as a chunk of its own (its first node may begin before start). */
export function sliceChunk(chunk: TextChunk, start: number, end: number): TextChunk {
  const from = nodeIndexAt(chunk, start);
  const to = nodeIndexAt(chunk, end, true);
  return {
    text: chunk.text.slice(start, end),
    nodes: chunk.nodes.slice(from, to + 1),
    starts: chunk.starts.slice(from, to + 1).map((s) => s - start),
  };
}

/** The index of the node an offset falls in (binary search: chunks can hold thousands of nodes). */
function nodeIndexAt(chunk: TextChunk, offset: number, preferEnd = false): number {
  let lo = 0;
  let hi = chunk.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (chunk.starts[mid] < offset || (!preferEnd && chunk.starts[mid] === offset)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Maps an offset in a chunk's text back to a text node and an offset inside it. */
export function locate(chunk: TextChunk, offset: number, preferEnd = false): { node: Text; offset: number } {
  const at = nodeIndexAt(chunk, offset, preferEnd);
  return { node: chunk.nodes[at], offset: offset - chunk.starts[at] };
}
