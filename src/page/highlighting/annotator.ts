/**
 * The page annotator: highlights the document, keeps up with changes, and stops
 * everything when `signal` aborts (the extension was updated or disabled, or the
 * user turned the site off).
 */
import type { EntityId, Matcher } from '../../core';
// The matcher's own module, not the core's index: that would bring the coverage check (and its
// Intl tables) into the script every frame of every page compiles.
import { matcherFrom } from '../../core/matcher';
import matchTable from 'virtual:match-table';
import { ENTITY_IDS } from '../../data/entity-ids';
import { createHighlighter, type Highlighter } from './highlighter';
import { observeChanges, type PageChange } from './observe-changes';
import { adoptHighlightStyles } from './shadow-styles';

/** The most highlights one document gets; more would only slow the page down. The popup says how many were left out. */
export const MAX_MARKS_PER_DOCUMENT = 5000;

/**
 * Work in slices of this long at most before giving the page its main thread back: under
 * the 50 ms that makes a long task, and long enough that the page re-renders after few of them.
 * Well under 50, because a slice ends a little past its budget and a busy machine can take the
 * core away in the middle of one (measured in docs/performance.md).
 */
const SLICE_BUDGET_MS = 30;

export interface Annotator {
  highlighter: Highlighter;
  /** Removes every highlight and stops watching the page. */
  stop(): void;
  /** Resolves when the passes asked for so far are done (tests). */
  settled(): Promise<void>;
  /** True while a pass is under way (its counts are not final yet). */
  busy(): boolean;
}

export interface AnnotatorOptions {
  entities?: ReadonlySet<EntityId>;
  /** Called after each pass that changed the highlights. */
  onUpdate?: () => void;
  /** Called before each change the annotator makes to the page (most often, writing highlights). */
  onPageEdit?: () => void;
  /** False once the extension is gone (updated, reloaded, disabled): then nothing more is done. */
  alive?: () => boolean;
}

let sharedMatcher: Matcher | null = null;
/** The matcher is built once per frame and reused when the annotator restarts (settings changes). */
function matcher(): Matcher {
  return (sharedMatcher ??= matcherFrom(matchTable));
}

/**
 * Builds the matcher and runs it once on a word, which makes the browser compile its
 * expression and code: called while the settings are on their way from storage, so that
 * the first pass does not pay for it.
 */
export function prepareMatcher(): void {
  matcher().candidates('APT40');
}

export function startAnnotator(doc: Document, signal: AbortSignal, options: AnnotatorOptions = {}): Annotator {
  const entities = options.entities ?? new Set(ENTITY_IDS);
  const watched = new WeakSet<ShadowRoot>();
  const highlighter = createHighlighter(
    matcher(),
    {
      entities,
      maxMarks: MAX_MARKS_PER_DOCUMENT,
      mutate: (edit) => {
        options.onPageEdit?.();
        return changes.paused(edit);
      },
      onShadowRoot(root) {
        // Manifest CSS does not reach into shadow roots: give each its own copy, and watch it.
        if (watched.has(root)) return;
        watched.add(root);
        adoptHighlightStyles(root);
        changes.observe(root);
      },
    },
    doc,
  );
  const body = () => doc.body ?? doc.documentElement;
  const changes = observeChanges(
    doc,
    onChange,
    signal,
    (node) => highlighter.repair.forgetSplit(node, true),
    (node) => highlighter.repair.repairInsertion(node),
  );

  // Highlights of ours can come back inside content the page adds only after the page took
  // them out, which the observer reports as a removal: until it has reported one, added content
  // holds nothing of ours to check (a live blog that only appends is spared that search).
  let removalSeen = false;

  function onChange({ roots, touched, nowSkipped, added, removedElements }: PageChange) {
    if (options.alive && !options.alive()) return;
    removalSeen ||= removedElements || touched.some((t) => !t.rewritten);
    const again: Node[] = roots === 'all' ? [body()] : [...roots];
    // First, the page rewrote or dropped a text node we had cut into pieces: drop the stale
    // pieces (before anything merges them back into the page's new text), then read its parent again.
    // A node both rewritten and moved counts as rewritten.
    const rewritten = new Set(touched.filter((t) => t.rewritten).map((t) => t.node));
    for (const { node, parent } of touched) {
      if (highlighter.repair.forgetSplit(node, rewritten.has(node)) && parent.isConnected) again.push(parent);
    }
    // Highlights the page puts back after editing or moving their text while it was out of the
    // document: first, so that a text node come back without its pieces gets their text before
    // any of them is unwrapped where it was left.
    highlighter.repair.revalidate(added, removalSeen);
    // Text that became editable (or moved into an editor or a form control) loses its highlights.
    for (const node of nowSkipped) highlighter.repair.removeWithin(node);
    // A name whose part the page took out with the element holding it.
    if (removedElements) highlighter.repair.dropBroken();
    run(again.filter((n, i) => again.indexOf(n) === i));
  }

  // Passes run one after another, each in slices that leave the page responsive.
  let queue = Promise.resolve();
  let running = 0;
  function run(roots: Node[]) {
    if (signal.aborted || !roots.length) return;
    running++;
    queue = queue.then(async () => {
      try {
        if (signal.aborted) return;
        const before = highlighter.mentions().length;
        const added = await highlighter.highlightInSlices(roots, { signal, budgetMs: SLICE_BUDGET_MS });
        if (added.length || highlighter.mentions().length !== before) options.onUpdate?.();
      } finally {
        running--;
      }
    });
    queue = queue.catch((error: unknown) => console.warn('[Attribution Lens] highlighting stopped on this page:', error));
  }

  run([body()]);
  const stop = () => {
    changes.disconnect();
    changes.paused(() => highlighter.clear());
    options.onUpdate?.();
  };
  signal.addEventListener('abort', stop, { once: true });
  return { highlighter, stop, settled: () => queue, busy: () => running > 0 };
}
