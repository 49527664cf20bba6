/**
 * Highlights mentions in a DOM tree with mark.js, following the public contract:
 * every mention is wrapped in `<mark data-attribution-lens="ENTITY_ID">` element(s).
 * Removing the highlights puts back the page's own text nodes exactly as they were.
 *
 * Put together from its parts: reading (read-pass.ts), writing (write-queue.ts,
 * write-marks.ts, cut-record.ts), time slicing (slices.ts), the record of what was made
 * (highlight-registry.ts) and repair when the page changes it (repair.ts).
 */
import type { EntityId, Matcher } from '../../core';
import { createRegistry, type HighlightedMention, type Mutate } from './highlight-registry';
import { createReader } from './read-pass';
import { createRepair, type HighlightRepair } from './repair';
import { runInSlices, type SliceOptions } from './slices';
import { createWriteQueue } from './write-queue';

export interface HighlighterOptions {
  /** Entities to highlight; the rest are left alone. */
  entities: ReadonlySet<EntityId>;
  /** At most this many highlights per document, so a hostile page cannot make us build millions of nodes. */
  maxMarks: number;
  /** Told about every open shadow root met while scanning. */
  onShadowRoot?: (root: ShadowRoot) => void;
  /** Wraps every DOM change we make (the annotator pauses its observer there). */
  mutate?: Mutate;
}

export interface Highlighter {
  /** Scans `roots` (and the open shadow roots inside them) and highlights new mentions, in one go. */
  highlight(roots: readonly Node[]): HighlightedMention[];
  /** The same, in slices of at most `budgetMs`, yielding to the page between them; the part in view first. */
  highlightInSlices(roots: readonly Node[], options: SliceOptions): Promise<HighlightedMention[]>;
  /** Every highlighted mention on the page, in the order they were made. */
  mentions(): HighlightedMention[];
  /** Mentions found but not highlighted because of `maxMarks`. */
  skipped(): number;
  /** Removes every highlight and restores the original text nodes. */
  clear(): void;
  /** True once the page has shown an unambiguous mention (ambiguous names then count). */
  aboutStory(): boolean;
  /** The mention a mark element belongs to. */
  mentionOf(mark: Element): HighlightedMention | undefined;
  /** What the annotator calls when the page changes what we highlighted. */
  readonly repair: HighlightRepair;
}

export function createHighlighter(matcher: Matcher, options: HighlighterOptions, doc: Document = document): Highlighter {
  const mutate: Mutate = options.mutate ?? ((edit) => edit());
  const registry = createRegistry(mutate);
  const writer = createWriteQueue({ registry, entities: options.entities, maxMarks: options.maxMarks, mutate, doc });
  const reader = createReader({ matcher, doc, onShadowRoot: options.onShadowRoot, queue: writer.add });
  return {
    highlight(roots) {
      const out: HighlightedMention[] = [];
      for (const _ of reader.pass(roots)) {
        // Run to the end at once.
      }
      writer.flush(out);
      return out;
    },
    highlightInSlices: (roots, sliceOptions) => runInSlices(reader.pass(roots), writer, sliceOptions),
    mentions: registry.onPage,
    skipped: writer.skipped,
    clear() {
      registry.clear();
      writer.resetSkipped();
    },
    aboutStory: reader.aboutStory,
    mentionOf: registry.mentionOf,
    repair: createRepair(registry, mutate, doc),
  };
}
