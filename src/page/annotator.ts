/**
 * The page annotator: highlights the document once it is idle, then keeps up with
 * changes, and stops everything when `signal` aborts (the extension was updated
 * or disabled, or the user turned the site off).
 */
import { createMatcher, type EntityId } from '../core';
import { dataset } from '../data/dataset';
import { ENTITY_IDS } from '../data/entity-ids';
import { createHighlighter, type Highlighter } from './highlighter';
import { observeChanges } from './observe-changes';

/** The most highlights one document gets; more would only slow the page down. */
export const MAX_MARKS_PER_DOCUMENT = 5000;

export interface Annotator {
  highlighter: Highlighter;
  /** Removes every highlight and stops watching the page. */
  stop(): void;
}

export function startAnnotator(
  doc: Document,
  signal: AbortSignal,
  entities: ReadonlySet<EntityId> = new Set(ENTITY_IDS),
): Annotator {
  const matcher = createMatcher(dataset);
  const highlighter = createHighlighter(matcher, { entities, maxMarks: MAX_MARKS_PER_DOCUMENT }, doc);
  const watched = new WeakSet<Node>();
  const changes = observeChanges(
    doc,
    (roots) => run(roots === 'all' ? [doc.body ?? doc.documentElement] : roots),
    signal,
  );

  function run(roots: Node[]) {
    if (signal.aborted) return;
    changes.paused(() => highlighter.highlight(roots));
    // Open shadow roots met on the way are watched too.
    for (const m of highlighter.mentions()) {
      const root = m.marks[0]?.getRootNode();
      if (root && root !== doc && !watched.has(root)) {
        watched.add(root);
        changes.observe(root);
      }
    }
  }

  run([doc.body ?? doc.documentElement]);
  const stop = () => {
    changes.disconnect();
    changes.paused(() => highlighter.clear());
  };
  signal.addEventListener('abort', stop, { once: true });
  return { highlighter, stop };
}
