/**
 * Time slicing: runs a reading pass and writes what it queued in slices that give the page
 * its main thread back between them. The first slice is short and writes at once, so the
 * part in view is highlighted first; after it a slice writes only when the pass is done or
 * much is waiting, since each write makes the browser lay out and repaint the page again.
 */
import type { HighlightedMention } from './highlight-registry';
import type { WriteQueue } from './write-queue';

export interface SliceOptions {
  signal: AbortSignal;
  /** Longest stretch of work before giving the page its main thread back. */
  budgetMs?: number;
  /** The first slice's budget: short, so what is in view is highlighted at once. */
  firstBudgetMs?: number;
}

/** After the first slice, names wait to be written until the pass ends or this many are found. */
const WRITE_BACKLOG = 1000;

const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Runs `steps` (a pass) to its end in slices, writing through `writer`; resolves to what was highlighted. */
export async function runInSlices(
  steps: Generator<void>,
  writer: Pick<WriteQueue, 'flush' | 'waiting' | 'empty' | 'cancel'>,
  { signal, budgetMs = 40, firstBudgetMs = 8 }: SliceOptions,
): Promise<HighlightedMention[]> {
  const out: HighlightedMention[] = [];
  let done = false;
  let budget = firstBudgetMs;
  let sliceStart = performance.now();
  let first = true;
  for (;;) {
    if (signal.aborted) {
      writer.cancel();
      return out;
    }
    // Read and match for half the slice, then write what was found in one batch. At least
    // one step a slice, however coarse the clock (Firefox rounds performance.now() when it
    // resists fingerprinting): every slice moves the pass on.
    if (!done) {
      do done = !!steps.next().done;
      while (!done && performance.now() - sliceStart < budget / 2);
    }
    const write = first || done || writer.waiting() >= WRITE_BACKLOG;
    if (!write) {
      // Three quarters: the rest is room for a write, should the pass end or the backlog fill.
      while (!done && writer.waiting() < WRITE_BACKLOG && performance.now() - sliceStart < (budget * 3) / 4) done = !!steps.next().done;
    }
    if (write || done || writer.waiting() >= WRITE_BACKLOG) writer.flush(out, sliceStart + budget);
    if (done && writer.empty()) return out;
    await yieldToPage();
    sliceStart = performance.now();
    budget = budgetMs;
    first = false;
  }
}
