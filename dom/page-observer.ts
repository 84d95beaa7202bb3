// One MutationObserver for the page. Mutations are batched to the next frame, de-duplicated (a node inside
// another added node is not read twice), and split into new subtrees and changed text.
import { isInsideSkipped } from './text-chunks';

export interface PageChanges {
  /** New subtrees or text nodes, none inside another. */
  added: Node[];
  /** Elements whose existing text changed. */
  changed: Element[];
}

export class PageObserver {
  private readonly observer: MutationObserver;
  private added = new Set<Node>();
  private changed = new Set<Element>();
  private scheduled = false;

  constructor(
    private readonly root: Node,
    private readonly onChanges: (changes: PageChanges) => void,
  ) {
    this.observer = new MutationObserver((records) => this.collect(records));
  }

  start(): void {
    this.observer.observe(this.root, { childList: true, subtree: true, characterData: true });
  }

  stop(): void {
    this.observer.disconnect();
    this.added.clear();
    this.changed.clear();
  }

  private collect(records: MutationRecord[]): void {
    for (const record of records) {
      if (record.type === 'characterData') {
        const parent = record.target.parentElement;
        if (parent) this.changed.add(parent);
      } else {
        for (const node of record.addedNodes)
          if (node.nodeType === 1 || node.nodeType === 3) this.added.add(node);
      }
    }
    if (!this.scheduled && (this.added.size || this.changed.size)) {
      this.scheduled = true;
      requestAnimationFrame(() => this.flush());
      // rAF does not run in a hidden tab; the scanner waits for visibility anyway, so a timer backs it up.
      setTimeout(() => this.flush(), 250);
    }
  }

  private flush(): void {
    if (!this.scheduled) return;
    this.scheduled = false;
    const added = [...this.added].filter((node) => node.isConnected && !isInsideSkipped(node));
    this.added.clear();
    const changed = [...this.changed].filter((el) => el.isConnected && !isInsideSkipped(el));
    this.changed.clear();
    // Drop nodes contained in another added node: the outer one is read whole.
    added.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    const outer: Node[] = [];
    for (const node of added) if (!outer.length || !outer[outer.length - 1].contains(node)) outer.push(node);
    const changedOuter = changed.filter((el) => !outer.some((node) => node.contains(el)));
    if (outer.length || changedOuter.length) this.onChanges({ added: outer, changed: changedOuter });
  }
}
