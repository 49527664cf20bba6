/**
 * Blocks read and matched, waiting to be written: DOM writes are batched so that the page
 * re-renders rarely, and cut so that no write holds the page long. Applies the per-document
 * cap on highlights.
 */
import type { EntityId, Mention } from '../../core';
import { sentenceOf, snippetAround } from '../../core/snippet';
import type { HighlightedMention, HighlightRegistry, Mutate } from './highlight-registry';
import { isIntact, type TextBlock } from './text-blocks';
import { cutsOf, writeMarks, type NodeCut, type Part } from './write-marks';

/**
 * About how many names are written in one go before the clock is read again: enough for
 * writeMarks to fill its mark.js calls, few enough to stay well inside a slice (docs/performance.md).
 */
const MENTIONS_PER_WRITE = 64;

/** A block whose mentions are waiting to be written (see flush). */
interface PendingBlock {
  block: TextBlock;
  /** Its mentions to highlight, in document order. */
  found: Mention[];
  /** How many of them are not written yet. */
  left: number;
  /** What writing them cuts from each text node, in document order (set when a write of the block begins). */
  cuts: NodeCut[] | null;
  /** cuts[0 .. todo) are still to write (from the last); the rest are written. */
  todo: number;
  /** The block's text before this offset is still as read: the later text has been cut into highlights. */
  cut: number;
  /** Highlights made so far (by writeSome: last first). */
  made: HighlightedMention[];
}

export interface WriteQueueOptions {
  registry: HighlightRegistry;
  entities: ReadonlySet<EntityId>;
  /** At most this many highlights per document, so a hostile page cannot make us build millions of nodes. */
  maxMarks: number;
  mutate: Mutate;
  doc: Document;
}

export type WriteQueue = ReturnType<typeof createWriteQueue>;

export function createWriteQueue({ registry, entities, maxMarks, mutate, doc }: WriteQueueOptions) {
  let pending: PendingBlock[] = [];
  /** Their mentions, written or not: a half-written block's highlights join the registry when it is done. */
  let pendingCount = 0;
  let skipped = 0;

  /** Queues a block's mentions for writing (within the per-document cap). */
  function add(block: TextBlock, found: readonly Mention[]): void {
    const wanted = found.filter((m) => entities.has(m.entity));
    // Counting the highlights on the page walks them all: only do it when the cap could bite
    // (all() is an upper bound of those on the page), not once per block of a big page.
    const room =
      registry.all().length + pendingCount + wanted.length <= maxMarks
        ? wanted.length
        : maxMarks - registry.countOnPage() - pendingCount;
    if (wanted.length > room) skipped += wanted.length - Math.max(0, room);
    const chosen = wanted.slice(0, Math.max(0, room));
    if (!chosen.length) return;
    pending.push({ block, found: chosen, left: chosen.length, cuts: null, todo: 0, cut: block.text.length, made: [] });
    pendingCount += chosen.length;
  }

  /**
   * Writes queued blocks, in one pause of the observer, until `deadline` (ms,
   * performance.now()). Blocks are written together, MENTIONS_PER_WRITE names at a time
   * (writeBlocks); a block with more names than that is written a part at a time
   * (writeSome), and may be left half written, finished by the next call.
   */
  function flush(out: HighlightedMention[], deadline = Infinity): void {
    if (!pending.length) return;
    mutate(() => {
      while (pending.length) {
        const whole = wholeBlocks();
        if (whole) {
          pending.splice(0, whole.length);
          writeBlocks(whole, out);
        } else {
          const entry = pending[0] as PendingBlock;
          if (!writeSome(entry, deadline)) break;
          pending.shift();
          out.push(...registry.inDocumentOrder(entry.made));
        }
        if (performance.now() >= deadline) break;
      }
    });
    registry.pruneBeyond(2 * maxMarks);
  }

  /**
   * The queued blocks, from the first, to write together: not begun, MENTIONS_PER_WRITE
   * names at most between them, no text node shared (a block read twice: writing the first
   * changes the second, which is then not intact). Null when the first cannot go.
   */
  function wholeBlocks(): PendingBlock[] | null {
    const taken: PendingBlock[] = [];
    const nodes = new Set<Text>();
    let mentions = 0;
    for (const entry of pending) {
      if (entry.cuts || mentions + entry.found.length > MENTIONS_PER_WRITE) break;
      if (entry.block.nodes.some((n) => nodes.has(n))) break;
      entry.block.nodes.forEach((n) => nodes.add(n));
      mentions += entry.found.length;
      taken.push(entry);
    }
    return taken.length ? taken : null;
  }

  /**
   * Writes whole blocks (see wholeBlocks), adding their highlights to `out` in document
   * order: those the page changed since they were read are given up.
   */
  function writeBlocks(entries: readonly PendingBlock[], out: HighlightedMention[]): void {
    const cuts: NodeCut[] = [];
    const intact: PendingBlock[] = [];
    for (const entry of entries) {
      pendingCount -= entry.left;
      entry.left = 0;
      // The page changed this text since it was read: its change will be scanned again.
      if (!isIntact(entry.block)) continue;
      cuts.push(...cutsOf(entry.block, entry.found));
      intact.push(entry);
    }
    const marks = writeMarks(cuts, doc);
    for (const entry of intact) {
      for (const mention of entry.found) {
        const els = marks.get(mention);
        if (!els) continue;
        out.push(made(entry, mention, els));
      }
    }
  }

  /**
   * Writes a block with many names from the last text node to the first, about
   * MENTIONS_PER_WRITE names at a time, until done (true) or `deadline`. Last first,
   * because cutting a text node leaves the text before the cut where it was: what is still
   * to write stays as it was read, and the work can stop between any two parts.
   */
  function writeSome(entry: PendingBlock, deadline: number): boolean {
    // The page may have changed this text since it was read (or since the last slice wrote
    // part of it): its change will be scanned again. Give up on what is left.
    if (!isIntact(entry.block, entry.cut)) {
      pendingCount -= entry.left;
      entry.left = 0;
      return true;
    }
    if (!entry.cuts) {
      entry.cuts = cutsOf(entry.block, entry.found);
      entry.todo = entry.cuts.length;
    }
    const cuts = entry.cuts;
    // A name across text nodes is written with all its parts at once.
    const joined = (i: number) => (cuts[i - 1] as NodeCut).parts.at(-1)?.mention === (cuts[i] as NodeCut).parts[0]?.mention;
    for (let wrote = 0; entry.todo > 0; wrote++) {
      // At least one part per call, so that every slice moves on.
      if (wrote && performance.now() >= deadline) return false;
      let from = entry.todo - 1;
      let parts = (cuts[from] as NodeCut).parts.length;
      while (from > 0 && (parts < MENTIONS_PER_WRITE || joined(from))) parts += (cuts[--from] as NodeCut).parts.length;
      const chunk = cuts.slice(from, entry.todo);
      const marks = writeMarks(chunk, doc);
      const mentions = [...new Set(chunk.flatMap((c) => c.parts.map((p) => p.mention)))];
      pendingCount -= mentions.length;
      entry.left -= mentions.length;
      for (let k = mentions.length - 1; k >= 0; k--) {
        const mention = mentions[k] as Mention;
        const els = marks.get(mention);
        if (els) made(entry, mention, els);
      }
      entry.cut = ((chunk[0] as NodeCut).parts[0] as Part).start;
      entry.todo = from;
    }
    return true;
  }

  /** Records a highlight just made (last first within its block). */
  function made(entry: PendingBlock, mention: Mention, marks: HTMLElement[]): HighlightedMention {
    const { text } = entry.block;
    const highlighted = registry.add(mention, marks, {
      snippet: snippetAround(text, mention.start, mention.end),
      sentence: sentenceOf(text, mention.start, mention.end),
    });
    entry.made.push(highlighted);
    return highlighted;
  }

  return {
    add,
    flush,
    /** How many names are queued, written or not. */
    waiting: () => pendingCount,
    /** True when no block is waiting. */
    empty: () => pending.length === 0,
    /** Drops what is queued (the pass was stopped). */
    cancel(): void {
      pending = [];
      pendingCount = 0;
    },
    /** Mentions found but not highlighted because of the cap. */
    skipped: () => skipped,
    resetSkipped(): void {
      skipped = 0;
    },
  };
}
