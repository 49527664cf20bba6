/**
 * Watches a document for content added or changed after load (live blogs, infinite
 * scroll, single-page apps) and reports the changed subtrees in batches, when the
 * page is idle. A burst too large to sort through is reported as one full rescan.
 * Our own DOM changes are made with the observer paused (see `paused`), so they
 * never come back as changes.
 */
import { outermost } from './outermost';
import { insideSkippedTest } from './text-blocks';

export interface ChangeObserver {
  /** Runs `fn` (our own DOM edits) without observing it. */
  paused<T>(fn: () => T): T;
  /** Starts observing an extra root (an open shadow root). */
  observe(root: Node): void;
  disconnect(): void;
}

/** More records than this in one batch: rescan everything instead of sorting them out. */
const HUGE_BATCH = 2000;

export interface PageChange {
  /** The outermost subtrees with new or changed text, or 'all' after a huge burst. */
  roots: Node[] | 'all';
  /** Text nodes the page rewrote (set their text) or removed (maybe to put them elsewhere), each with the node it lived in. */
  touched: { node: Node; parent: Node; rewritten: boolean }[];
  /** Nodes that became editable, or were moved into editable or excluded content. */
  nowSkipped: Node[];
  /** Elements and text nodes the page added (or put back): their highlights, if any, need a check. */
  added: Node[];
  /** The page took elements out: a name may have lost the part they held. */
  removedElements: boolean;
}

export function observeChanges(
  doc: Document,
  onChanges: (change: PageChange) => void,
  signal: AbortSignal,
  /**
   * Called at once (in the observer's microtask, before the page paints) for each text node
   * the page rewrote: a framework setting the text of a node we split must never show our stale
   * pieces, not even for one frame. The batched onChanges still follows.
   */
  onRewrite?: (node: Node) => void,
  /** Called at once (before paint) for each node the page inserted. */
  onInsert?: (node: Node) => void,
): ChangeObserver {
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  const pending: MutationRecord[] = [];
  const roots = new Set<Node>([doc.documentElement]);
  let scheduled = false;
  let huge = false;
  let pausedDepth = 0;

  const flush = () => {
    scheduled = false;
    if (signal.aborted) return;
    const records = pending.splice(0);
    const touched: PageChange['touched'] = [];
    const changed = new Set<Node>();
    const nowSkipped = new Set<Node>();
    const added = new Set<Node>();
    let removedElements = false;
    // Nodes of one batch share ancestors: each is asked about once.
    const inSkipped = insideSkippedTest(false);
    const inSkippedOrHighlight = insideSkippedTest(true);
    for (const r of records) {
      if (r.type === 'attributes') {
        if (r.target.isConnected && inSkipped(r.target)) nowSkipped.add(r.target);
        else changed.add(r.target);
      } else if (r.type === 'characterData') {
        if (r.target.parentNode) {
          changed.add(r.target.parentNode);
          touched.push({ node: r.target, parent: r.target.parentNode, rewritten: true });
        }
      } else {
        r.addedNodes.forEach((n) => {
          if (!n.isConnected || (n.nodeType !== 1 && n.nodeType !== 3)) return;
          changed.add(n.nodeType === 3 ? (n.parentNode as Node) : n);
          added.add(n);
        });
        r.removedNodes.forEach((n) => {
          if (n.nodeType === 3) touched.push({ node: n, parent: r.target, rewritten: false });
          else if (n.nodeType === 1) removedElements = true;
        });
      }
    }
    // Added nodes that landed in content we never touch: their highlights must go.
    for (const n of changed) if (n && n.isConnected && inSkipped(n)) nowSkipped.add(n);
    const extra = { touched, nowSkipped: [...nowSkipped], added: [...added], removedElements };
    if (huge) {
      huge = false;
      onChanges({ roots: 'all', ...extra });
      return;
    }
    // Keep only the outermost changed nodes, and none inside content we never touch.
    const outer = outermost([...changed].filter((n) => n && n.isConnected && !inSkippedOrHighlight(n)));
    if (outer.length || touched.length || nowSkipped.size || removedElements) onChanges({ roots: outer, ...extra });
  };

  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    // Idle time first; never later than a second after the change.
    if (view && 'requestIdleCallback' in view) view.requestIdleCallback(flush, { timeout: 700 });
    else setTimeout(flush, 200);
  };

  const observer = new (view?.MutationObserver ?? MutationObserver)((records) => {
    for (const r of records) {
      if (r.type === 'characterData') onRewrite?.(r.target);
      else if (r.type === 'childList' && onInsert) r.addedNodes.forEach((n) => n.isConnected && onInsert(n));
    }
    pending.push(...records);
    if (pending.length > HUGE_BATCH && !huge) {
      // Too many to sort out one by one: rescan once. Keep only what shows a text
      // node we split was rewritten or removed, which the rescan must know.
      huge = true;
      const keep = pending.filter((r) => r.type !== 'childList' || r.removedNodes.length > 0);
      pending.length = 0;
      pending.push(...keep.slice(0, HUGE_BATCH));
    } else if (huge && pending.length > HUGE_BATCH * 2) {
      pending.splice(0, pending.length - HUGE_BATCH);
    }
    schedule();
  });
  // contenteditable: text that becomes editable loses its highlights (we never touch what the user types).
  const options: MutationObserverInit = {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['contenteditable'],
  };
  const start = () => roots.forEach((r) => observer.observe(r, options));
  start();
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });

  return {
    paused(fn) {
      // Keep what the page changed before our edit, drop what we change.
      const before = observer.takeRecords();
      if (before.length) {
        pending.push(...before);
        schedule();
      }
      observer.disconnect();
      pausedDepth++;
      try {
        return fn();
      } finally {
        pausedDepth--;
        if (!signal.aborted && pausedDepth === 0) start();
      }
    },
    observe(root) {
      if (roots.has(root)) return;
      roots.add(root);
      // While paused (our own edits under way) it joins when observing resumes.
      if (pausedDepth === 0) observer.observe(root, options);
    },
    disconnect: () => observer.disconnect(),
  };
}
