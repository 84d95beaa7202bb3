// Reads a page's text as chunks, one per block element, without touching it. Each chunk keeps the text
// nodes it came from, so an offset in the chunk maps back to a (node, offset) for a Range.
// Uses only standard DOM APIs: the content script and the command-line spotter (happy-dom) share it.

/** Elements whose text is never read: code, form fields, editable regions, the extension's own UI. */
const SKIPPED = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'TEMPLATE', 'IFRAME', 'OBJECT',
  'SVG', 'svg', 'MATH', 'CANVAS', 'VIDEO', 'AUDIO', 'BACKSTORY-CARD',
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

export function isSkippedElement(element: Element): boolean {
  if (SKIPPED.has(element.tagName)) return true;
  if (element.hasAttribute('hidden')) return true;
  const editable = element.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  return element.hasAttribute('data-backstory-ui');
}

/** Whether a node sits inside something that is never read (checked upwards, for nodes added later). */
export function isInsideSkipped(node: Node, stopAt?: Node): boolean {
  for (let el = node.nodeType === 1 ? (node as Element) : node.parentElement; el && el !== stopAt; el = el.parentElement)
    if (isSkippedElement(el)) return true;
  return false;
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
  return [...iterateChunks(root)];
}

/**
 * The same, one chunk at a time, so that a caller can stop and yield to the page between chunks: a
 * 10 MB page is never walked in one go.
 */
export function* iterateChunks(root: Node): Generator<TextChunk> {
  const doc = root.ownerDocument ?? (root as Document);
  if (root.nodeType === 3) {
    const text = root as Text;
    if (!isInsideSkipped(text) && /\S/.test(text.data)) yield { text: text.data, nodes: [text], starts: [0] };
    return;
  }
  const walker = doc.createTreeWalker(root, 0x1 | 0x4 /* SHOW_ELEMENT | SHOW_TEXT */, {
    acceptNode(node) {
      if (node.nodeType === 1) return isSkippedElement(node as Element) ? 2 /* REJECT: skip subtree */ : 3 /* SKIP */;
      return /\S/.test((node as Text).data) ? 1 : 3;
    },
  });
  const cache = new Map<Element, Element>();
  let current: TextChunk | null = null;
  let currentBlock: Element | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    const block = blockOf(text, cache);
    if (!current || block !== currentBlock || !sameRun(current.nodes[current.nodes.length - 1], text)) {
      if (current) yield current;
      current = { text: '', nodes: [], starts: [] };
      currentBlock = block;
    }
    current.starts.push(current.text.length);
    current.nodes.push(text);
    current.text += text.data;
  }
  if (current) yield current;
}

/** Two text nodes in one block belong to one run unless a block element or a <br> stands between them. */
function sameRun(previous: Text, next: Text): boolean {
  for (let el = next.parentElement; el && !el.contains(previous); el = el.parentElement)
    if (BLOCKS.has(el.tagName.toUpperCase())) return false;
  const between = previous.compareDocumentPosition(next) & 4 ? findBreak(previous, next) : false;
  return !between;
}

function findBreak(previous: Text, next: Text): boolean {
  // A <br> or a nested block between two text nodes of the same block splits the run.
  let node: Node | null = previous;
  for (let steps = 0; node && node !== next && steps < 50; steps++) {
    node = nextInOrder(node);
    if (node && node.nodeType === 1) {
      const tag = (node as Element).tagName.toUpperCase();
      if (tag === 'BR' || BLOCKS.has(tag)) return true;
    }
  }
  return false;
}

function nextInOrder(node: Node): Node | null {
  if (node.firstChild) return node.firstChild;
  for (let n: Node | null = node; n; n = n.parentNode) if (n.nextSibling) return n.nextSibling;
  return null;
}

/** Maps an offset in a chunk's text back to a text node and an offset inside it. */
export function locate(chunk: TextChunk, offset: number, preferEnd = false): { node: Text; offset: number } {
  let lo = 0;
  let hi = chunk.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (chunk.starts[mid] < offset || (!preferEnd && chunk.starts[mid] === offset)) lo = mid;
    else hi = mid - 1;
  }
  return { node: chunk.nodes[lo], offset: offset - chunk.starts[lo] };
}
