// One MutationObserver for the page. Mutations are batched to the next frame, de-duplicated (a node inside
// another added node is not read twice), and split into new subtrees, removed subtrees, changed text and
// elements that became editable. Linear in the number of mutations.
import { isEditableText, isInsideSkipped } from './text-chunks';

export interface PageChanges {
  /** Subtrees or text nodes that left the page (or became editable): their mentions are forgotten first. */
  removed: Node[];
  /** New subtrees or text nodes, none inside another. */
  added: Node[];
  /** Elements whose existing text changed. */
  changed: Element[];
}

export class PageObserver {
  private readonly observer: MutationObserver;
  private added = new Set<Node>();
  private removed = new Set<Node>();
  private changed = new Set<Element>();
  private scheduled = false;

  constructor(
    private readonly root: Node,
    private readonly onChanges: (changes: PageChanges) => void,
  ) {
    this.observer = new MutationObserver((records) => this.collect(records));
  }

  start(): void {
    this.observer.observe(this.root, {
      childList: true,
      subtree: true,
      characterData: true,
      // An element made editable (or hidden) after it was read: its marks go.
      attributes: true,
      attributeFilter: ['contenteditable', 'hidden'],
    });
  }

  stop(): void {
    this.observer.disconnect();
    this.added.clear();
    this.removed.clear();
    this.changed.clear();
  }

  /** An element the reader is about to type in (focus went there): forget its marks at once. */
  editing(element: Element): void {
    if (isEditableText(element)) this.onChanges({ removed: [element], added: [], changed: [] });
  }

  private collect(records: MutationRecord[]): void {
    for (const record of records) {
      if (record.type === 'characterData') {
        const parent = record.target.parentElement;
        if (parent) this.changed.add(parent);
      } else if (record.type === 'attributes') {
        const element = record.target as Element;
        // Became editable or hidden: forget it; became readable again: forget it and read it again.
        this.removed.add(element);
        if (!isInsideSkipped(element)) this.added.add(element);
      } else {
        for (const node of record.removedNodes) if (node.nodeType === 1 || node.nodeType === 3) this.removed.add(node);
        for (const node of record.addedNodes) if (node.nodeType === 1 || node.nodeType === 3) this.added.add(node);
      }
    }
    if (!this.scheduled && (this.added.size || this.changed.size || this.removed.size)) {
      this.scheduled = true;
      requestAnimationFrame(() => this.flush());
      // rAF does not run in a hidden tab; the scanner waits for visibility anyway, so a timer backs it up.
      setTimeout(() => this.flush(), 250);
    }
  }

  private flush(): void {
    if (!this.scheduled) return;
    this.scheduled = false;
    // Removed first: a node that moved is forgotten where it was, then read where it is.
    const removed = outermost([...this.removed]);
    this.removed.clear();
    const added = outermost([...this.added].filter((node) => node.isConnected && !isInsideSkipped(node)));
    this.added.clear();
    const addedSet = new Set(added);
    // A changed element inside an added subtree is read with it; and if it was read before, forget that first.
    const changed = [...this.changed].filter((el) => el.isConnected && !isInsideSkipped(el) && !hasAncestorIn(el, addedSet));
    this.changed.clear();
    if (added.length || changed.length || removed.length) this.onChanges({ removed, added, changed });
  }
}

/** The nodes not inside another of them: one walk up from each, against a set (no pairwise contains()). */
function outermost(nodes: Node[]): Node[] {
  const set = new Set(nodes);
  return nodes.filter((node) => !hasAncestorIn(node, set));
}

function hasAncestorIn(node: Node, set: Set<Node>): boolean {
  for (let up = node.parentNode; up; up = up.parentNode) if (set.has(up)) return true;
  return false;
}
