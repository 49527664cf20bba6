/**
 * Highlights mentions in a DOM tree with mark.js, following the public contract:
 * every mention is wrapped in `<mark data-attribution-lens="ENTITY_ID">` element(s).
 * Removing the highlights puts back the page's own text nodes exactly as they were.
 *
 * A pass reads the page block by block and can pause between blocks, so a big page
 * is done in slices that never hold the main thread long (highlightInSlices), the
 * part in view first. Tests and small updates run a pass to the end at once (highlight).
 */
import Mark from 'mark.js';
import type { Candidate, EntityId, Matcher, Mention } from '../../core';
import { snippetAround } from '../../core/snippet';
import { outermost } from './outermost';
import { CHECKPOINT, enclosingBlock, insideSkippedTest, isIntact, walkTextBlocks, MARK_ATTRIBUTE, type TextBlock } from './text-blocks';

export interface HighlightedMention extends Mention {
  /** Unique within the document while the highlight lives ("m1", "m2"…). */
  id: string;
  /** The mark elements of this mention, in order (several when it spans inline elements). */
  marks: HTMLElement[];
  /** The text around it in its block, as it was when highlighted (the popup's list shows it). */
  snippet: string;
}

export interface HighlighterOptions {
  /** Entities to highlight; the rest are left alone. */
  entities: ReadonlySet<EntityId>;
  /** At most this many highlights per document, so a hostile page cannot make us build millions of nodes. */
  maxMarks: number;
  /** Told about every open shadow root met while scanning. */
  onShadowRoot?: (root: ShadowRoot) => void;
  /** Wraps every DOM change we make (the annotator pauses its observer there). */
  mutate?: <T>(edit: () => T) => T;
}

export interface SliceOptions {
  signal: AbortSignal;
  /** Longest stretch of work before giving the page its main thread back. */
  budgetMs?: number;
  /** The first slice's budget: short, so what is in view is highlighted at once. */
  firstBudgetMs?: number;
}

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

export interface Highlighter {
  /** Scans `roots` (and the open shadow roots inside them) and highlights new mentions, in one go. */
  highlight(roots: readonly Node[]): HighlightedMention[];
  /** The same, in slices of at most `budgetMs`, yielding to the page between them; the part in view first. */
  highlightInSlices(roots: readonly Node[], options: SliceOptions): Promise<HighlightedMention[]>;
  /** Every live highlighted mention, in the order they were made. */
  mentions(): HighlightedMention[];
  /** Mentions found but not highlighted because of `maxMarks`. */
  skipped(): number;
  /** Removes every highlight and restores the original text nodes. */
  clear(): void;
  /** True once the page has shown an unambiguous mention (ambiguous names then count). */
  aboutStory(): boolean;
  /** The mention a mark element belongs to. */
  mentionOf(mark: Element): HighlightedMention | undefined;
  /**
   * The page changed or removed a text node that we had split (a framework
   * re-rendering its own text node): removes the pieces we cut from it, which no
   * longer match its text, and forgets their mentions. True if it had any.
   */
  forgetSplit(node: Node, rewritten?: boolean): boolean;
  /** Removes our highlights inside `root`, restoring its text: it became editable or excluded. */
  removeWithin(root: Node): void;
  /**
   * Checks the highlights inside `roots`, which the page has just put (back) into the
   * document: a page text node we split and that the page rewrote while it was out of the
   * document loses the stale pieces we cut from it, and one that comes back without them
   * gets their text back. With `returning` false (the page has taken nothing out of the
   * document, so nothing of ours can be coming back) only text put inside a highlighted
   * name is looked for.
   */
  revalidate(roots: readonly Node[], returning?: boolean): void;
  /**
   * Removes the highlights of every name the page has cut in two, part of it taken out of the
   * document with the element that held it: what is left in the page is not the name.
   */
  dropBroken(): void;
  /**
   * The page inserted `node` between a text node of its own and the pieces we cut from it (a
   * framework placing a new node before "the next sibling" of its text node, which is now our
   * mark): moves it after those pieces, where the page meant it. True if it moved it.
   */
  repairInsertion(node: Node): boolean;
}

/** The text nodes put after our marks, holding the page's text up to the next one: merged back on removal. */
const splitRemainders = new WeakSet<Node>();
/** For a page text node we split: the marks and remainders cut from it, in order. */
const piecesOf = new WeakMap<Node, Node[]>();
/** For each mark or remainder: the page text node it was cut from. */
const originOf = new WeakMap<Node, Node>();
/** For a page text node we split: the text we left in it (still so if the page moved it rather than rewrote it). */
const leftIn = new WeakMap<Node, string>();

/**
 * A block's text longer than this is matched a window at a time, pausing between windows
 * (a 10 MB text node would otherwise hold the page for a quarter of a second or more).
 */
const MATCH_WINDOW = 64 * 1024;

/**
 * About how many names are written in one go before the clock is read again: enough for
 * cutOffPage to fill its mark.js calls, few enough to stay well inside a slice. (256 took
 * 20-40 ms on the 5 MB page here, so a slice that began writing near its end ran to 60 ms.)
 */
const MENTIONS_PER_WRITE = 64;

/** After the first slice, names wait to be written until the pass ends or this many are found (see highlightInSlices). */
const WRITE_BACKLOG = 1000;

const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function createHighlighter(matcher: Matcher, options: HighlighterOptions, doc: Document = document): Highlighter {
  let live: HighlightedMention[] = [];
  let seq = 0;
  let aboutStory = false;
  let skipped = 0;
  const byMark = new WeakMap<Element, HighlightedMention>();
  const mutate = options.mutate ?? (<T>(edit: () => T) => edit());
  // The page title counts as context: an article titled "APT40 …" is about the story.
  const titleIsAboutStory = () => !!doc.title && matcher.candidates(doc.title).some((c) => c.unambiguous);

  /** Blocks read and matched, waiting to be written: DOM writes are batched so the page re-renders rarely. */
  let pending: PendingBlock[] = [];
  /** Their mentions, written or not: a half-written block's highlights join `live` when it is done. */
  let pendingCount = 0;

  /** Queues a block's mentions for writing (within the per-document cap). */
  function markBlock(block: TextBlock, found: readonly Mention[]): void {
    const wanted = found.filter((m) => options.entities.has(m.entity));
    // Counting the live highlights walks them all: only do it when the cap could bite
    // (live.length is an upper bound of the connected ones), not once per block of a big page.
    const room =
      live.length + pendingCount + wanted.length <= options.maxMarks
        ? wanted.length
        : options.maxMarks - connectedCount() - pendingCount;
    if (wanted.length > room) skipped += wanted.length - Math.max(0, room);
    const chosen = wanted.slice(0, Math.max(0, room));
    if (!chosen.length) return;
    pending.push({ block, found: chosen, left: chosen.length, cuts: null, todo: 0, cut: block.text.length, made: [] });
    pendingCount += chosen.length;
  }

  /**
   * Writes queued blocks, in one pause of the observer, until `deadline` (ms,
   * performance.now()). Blocks are written together, a few hundred names at a time
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
          // Written last first, each joining `live` as it was made (so that clearing or an
          // abort mid-block finds them): put the block's highlights in document order.
          const mine = new Set(entry.made);
          let from = live.length;
          while (from > 0 && mine.has(live[from - 1] as HighlightedMention)) from--;
          const added = live.slice(from).reverse();
          live.splice(from, added.length, ...added);
          out.push(...added);
        }
        if (performance.now() >= deadline) break;
      }
    });
    // Forget highlights gone for good (the page dropped them) once they pile up.
    if (live.length > 2 * options.maxMarks) live = live.filter((m) => m.marks.some((el) => el.isConnected));
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
    const marks = cutOffPage(cuts, doc);
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
      const marks = cutOffPage(chunk, doc);
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

  /** Records a highlight just made: its id, its marks, its snippet, the live list (last first within its block). */
  function made(entry: PendingBlock, mention: Mention, marks: HTMLElement[]): HighlightedMention {
    const highlighted: HighlightedMention = {
      ...mention,
      id: `m${++seq}`,
      marks,
      snippet: snippetAround(entry.block.text, mention.start, mention.end),
    };
    marks.forEach((el) => byMark.set(el, highlighted));
    entry.made.push(highlighted);
    live.push(highlighted);
    return highlighted;
  }

  /** The mention whose marks lie on both sides of `node`, if any (a mention's marks are consecutive). */
  /** Removes these mentions' highlights (as one change of ours) and forgets them. */
  function drop(gone: readonly HighlightedMention[]): void {
    if (!gone.length) return;
    mutate(() => gone.forEach(unwrapMention));
    const set = new Set(gone);
    live = live.filter((m) => !set.has(m));
  }

  /** A page text node we split, no longer followed by the first piece we cut from it. */
  function withoutItsPieces(node: Node): boolean {
    const pieces = piecesOf.get(node);
    return !!pieces?.length && node.nextSibling !== pieces[0];
  }

  function straddledBy(node: Node): HighlightedMention | undefined {
    if (!node.parentNode) return undefined;
    // A mention never spans blocks: a block element never splits one, and no mark of it lies
    // outside the block the node was put in.
    if (node.nodeType === 1 && enclosingBlock(node) === node) return undefined;
    const block = enclosingBlock(node.parentNode);
    const isMark = (n: Node) => n.nodeType === 1 && (n as Element).localName === 'mark' && (n as Element).hasAttribute(MARK_ATTRIBUTE);
    const walker = doc.createTreeWalker(block, 0x1 /* SHOW_ELEMENT */, {
      acceptNode: (n) => (isMark(n) ? 1 /* FILTER_ACCEPT */ : 3 /* FILTER_SKIP */),
    });
    walker.currentNode = node;
    const before = walker.previousNode();
    let last: Node = node;
    while (last.lastChild) last = last.lastChild;
    walker.currentNode = last;
    const after = walker.nextNode();
    const m = before && after ? byMark.get(before as Element) : undefined;
    return m && m === byMark.get(after as Element) ? m : undefined;
  }

  const connectedCount = () => live.reduce((n, m) => n + (m.marks.some((el) => el.isConnected) ? 1 : 0), 0);

  /**
   * Where to start reading the document: the block at the top of the viewport,
   * so what the reader sees is highlighted first. Null: from the beginning.
   */
  function firstVisibleBlock(root: Node): Element | null {
    const view = doc.defaultView;
    if (!view || root !== doc.body || view.scrollY < 50 || typeof doc.elementFromPoint !== 'function') return null;
    const hit = doc.elementFromPoint(view.innerWidth / 2, Math.min(40, view.innerHeight / 4));
    const block = hit?.closest('p,li,td,th,dd,dt,h1,h2,h3,h4,h5,h6,blockquote,pre,article,section,div');
    return block && block !== doc.body && root.contains(block) ? block : null;
  }

  /** The candidates in a long block's text, a window at a time, pausing between windows (a short one: matcher.candidates). */
  function* matchLongBlock(text: string): Generator<void, Candidate[]> {
    const found: Candidate[] = [];
    for (let from = 0; from < text.length; from += MATCH_WINDOW) {
      found.push(...matcher.candidates(text, { from, to: from + MATCH_WINDOW }));
      yield;
    }
    return found;
  }

  /** One pass over `roots`, pausing (yield) after each piece of work. Returns what it highlighted. */
  function* pass(roots: readonly Node[]): Generator<void> {
    const wasAbout = aboutStory;
    aboutStory ||= titleIsAboutStory();
    // Each root is read with the whole block it is part of; nested roots once.
    const widened = roots.map(enclosingBlock).map((n) => (n.nodeType === 9 ? (doc.body ?? doc.documentElement) : n));
    const inSkipped = insideSkippedTest(false);
    const queue = outermost(widened).filter(
      // The walk never checks its root itself: a root the page just made editable is left alone.
      (n) => !(n.nodeType === 1 && inSkipped(n)),
    );
    // Blocks holding names that only count on a page about the story: kept until that is known.
    let held: { block: TextBlock; candidates: Candidate[] }[] = [];
    const settle = (list: Candidate[]) => list.filter((c) => c.verdict === 'accept' || aboutStory);
    const onShadowRoot = (shadow: ShadowRoot) => {
      options.onShadowRoot?.(shadow);
      queue.push(shadow);
    };
    for (let root = queue.shift(); root; root = queue.shift()) {
      const start = firstVisibleBlock(root);
      const walks = start ? [walkTextBlocks(root, { onShadowRoot, from: start, withHighlights: true }), walkTextBlocks(root, { onShadowRoot, until: start, withHighlights: true })] : [walkTextBlocks(root, { onShadowRoot, withHighlights: true })];
      for (const walk of walks) {
        for (const block of walk) {
          if (block === CHECKPOINT) {
            yield;
            continue;
          }
          // The block is read with the text of our highlights, so that every name is judged by
          // the same words around it in every pass; names already highlighted (or overlapping
          // a highlight) are left out.
          // (Most blocks are short: no generator for them.)
          const { text, highlighted } = block;
          const found = text.length <= MATCH_WINDOW ? matcher.candidates(text) : yield* matchLongBlock(text);
          const candidates = highlighted ? found.filter((c) => !highlighted.some(([a, b]) => c.start < b && c.end > a)) : found;
          if (!candidates.length) continue;
          if (!aboutStory && candidates.some((c) => c.unambiguous)) {
            aboutStory = true;
            // The page just turned out to be about the story: the held blocks count now.
            for (const h of held) {
              markBlock(h.block, settle(h.candidates));
              yield;
            }
            held = [];
          }
          if (aboutStory || candidates.every((c) => c.verdict === 'accept')) markBlock(block, settle(candidates));
          // Its sure names wait with the rest, so that a block is marked once.
          else held.push({ block, candidates });
          yield;
        }
      }
    }
    for (const h of held) {
      markBlock(h.block, settle(h.candidates));
      yield;
    }
    // This pass made the page about the story: names held back elsewhere in the document
    // by earlier passes now count, so read the whole document again.
    if (aboutStory && !wasAbout && doc.body && !roots.includes(doc.body)) yield* pass([doc.body]);
  }

  return {
    highlight(roots) {
      const out: HighlightedMention[] = [];
      for (const _ of pass(roots)) {
        // Run to the end at once.
      }
      flush(out);
      return out;
    },
    async highlightInSlices(roots, { signal, budgetMs = 40, firstBudgetMs = 8 }) {
      const out: HighlightedMention[] = [];
      const steps = pass(roots);
      let done = false;
      let budget = firstBudgetMs;
      let sliceStart = performance.now();
      let first = true;
      for (;;) {
        if (signal.aborted) {
          pending = [];
          pendingCount = 0;
          return out;
        }
        // Read and match for half the slice, then write what was found in one batch. The first
        // slice is short, and the walk starts at the part in view, so that part comes first.
        // After it, a slice writes only when the pass is done or much is waiting, and reads on
        // otherwise: each slice that writes makes the browser lay out and repaint the page
        // again, which on a big page cost it more than all our work.
        // At least one step a slice, however coarse the clock (Firefox rounds performance.now()
        // when it resists fingerprinting): every slice moves the pass on.
        if (!done) {
          do done = !!steps.next().done;
          while (!done && performance.now() - sliceStart < budget / 2);
        }
        const write = first || done || pendingCount >= WRITE_BACKLOG;
        if (!write) {
          // Three quarters: the rest is room for a write, should the pass end or the backlog fill.
          while (!done && pendingCount < WRITE_BACKLOG && performance.now() - sliceStart < (budget * 3) / 4) done = !!steps.next().done;
        }
        if (write || done || pendingCount >= WRITE_BACKLOG) flush(out, sliceStart + budget);
        if (done && !pending.length) return out;
        await yieldToPage();
        sliceStart = performance.now();
        budget = budgetMs;
        first = false;
      }
    },
    mentions() {
      // Highlights the page has taken out are not listed, but kept: it may put them back.
      return live.filter((m) => m.marks.some((el) => el.isConnected));
    },
    skipped: () => skipped,
    aboutStory: () => aboutStory,
    mentionOf: (mark) => byMark.get(mark),
    forgetSplit(node, rewritten) {
      const pieces = piecesOf.get(node);
      if (!pieces) return false;
      piecesOf.delete(node);
      const gone = new Set<HighlightedMention>();
      // Moved (wrapped, unwrapped, re-appended), not rewritten: the text we cut off goes back in, not away.
      // A node the observer saw rewritten was; one it did not see may still have been rewritten
      // while out of the document (unobserved there): its text no longer being what we left in it tells.
      const moved = !rewritten && node.nodeType === 3 && (node as Text).data === leftIn.get(node);
      mutate(() => {
        if (moved) (node as Text).appendData(pieces.map((p) => p.textContent ?? '').join(''));
        for (const piece of pieces) {
          const m = piece.nodeType === 1 ? byMark.get(piece as Element) : undefined;
          if (m) gone.add(m);
          piece.parentNode?.removeChild(piece);
        }
        // A mention spanning several text nodes loses all its marks, not just these.
        for (const m of gone) for (const el of m.marks) if (el.isConnected) unwrap(el);
      });
      live = live.filter((m) => !gone.has(m));
      return true;
    },
    clear() {
      // Nothing written, nothing to change: no edit of ours, so a frame that never had a
      // highlight is not taken for one that has (the annotator's onPageEdit).
      if (live.length) mutate(() => live.forEach(unwrapMention));
      live = [];
      skipped = 0;
    },
    removeWithin(root) {
      drop(live.filter((m) => m.marks.some((el) => root.contains(el))));
    },
    repairInsertion(node) {
      // One of our own pieces, which the page moved along with the rest (unwrapping their
      // element moves each node in turn): its place among the pieces is already right.
      if (originOf.has(node)) return false;
      const parent = node.parentNode;
      const next = node.nextSibling;
      const origin = next && originOf.get(next);
      if (!parent || !origin) return false;
      // The node sits right after the page's own node (or one of its pieces), before more pieces.
      const prev = node.previousSibling;
      if (prev !== origin && (!prev || originOf.get(prev) !== origin)) return false;
      const pieces = (piecesOf.get(origin) ?? []).filter((p) => p.parentNode === parent);
      const last = pieces[pieces.length - 1];
      if (!last) return false;
      mutate(() => parent.insertBefore(node, last.nextSibling));
      return true;
    },
    dropBroken() {
      const broken = live.filter(
        (m) => m.marks.length > 1 && m.marks.some((el) => el.isConnected) && m.marks.some((el) => !el.isConnected),
      );
      // Its marks out of the document go too: put back, its text is read again and found whole.
      drop(broken);
    },
    revalidate(roots, returning = true) {
      // Whether any highlight is out of the document now (computed once for the batch, when
      // first needed): only then can a split text node come back without its pieces.
      let someOut: boolean | undefined;
      const piecesOut = () => (someOut ??= live.some((m) => m.marks.some((el) => !el.isConnected)));
      for (const root of roots) {
        // Inserted between two marks of one mention (the page put text of its own inside a name
        // we highlighted across its nodes): that name is no longer on the page in one piece.
        const straddled = straddledBy(root);
        if (straddled) drop([straddled]);
        if (!returning) continue;
        // A text node of the page we split, put in without the pieces we cut from it (it was taken
        // out of a tree that had itself left the document, where no observer saw it go): it gets
        // their text back.
        if (root.nodeType === 3) {
          if (withoutItsPieces(root)) this.forgetSplit(root);
          continue;
        }
        if (root.nodeType !== 1 && root.nodeType !== 11) continue;
        const marks = [...(root as ParentNode).querySelectorAll(`mark[${MARK_ATTRIBUTE}]`)];
        // Highlights in content that became editable (or excluded) while out of the document,
        // where no observer saw it change, go.
        const skipped = new Set<HighlightedMention>();
        const inSkipped = insideSkippedTest(false); // the marks share their ancestors
        for (const mark of marks) {
          const m = byMark.get(mark);
          if (m && mark.parentElement && inSkipped(mark.parentElement)) skipped.add(m);
        }
        drop([...skipped]);
        const origins = new Set<Node>();
        for (const mark of marks) {
          if (!mark.parentNode) continue; // unwrapped just above
          const origin = originOf.get(mark);
          // Rewritten while out of the document, or moved away from its pieces there.
          if (origin && origin.nodeType === 3 && ((origin as Text).data !== leftIn.get(origin) || withoutItsPieces(origin))) {
            origins.add(origin);
          }
        }
        // The same inside an element: the page wrapped the text node while its tree was out of
        // the document, then put the wrapper in and left the rest (our pieces) out.
        if (piecesOut()) {
          const texts = doc.createTreeWalker(root, 0x4 /* SHOW_TEXT */);
          for (let t = texts.nextNode(); t; t = texts.nextNode()) if (withoutItsPieces(t)) origins.add(t);
        }
        for (const origin of origins) this.forgetSplit(origin);
      }
    },
  };
}

/** The stretch [start, end) of a mention that lies in one text node (offsets in its block's text). */
interface Part {
  start: number;
  end: number;
  mention: Mention;
}

/** The parts of mentions inside one text node, which starts at `nodeStart` in its block's text, in document order. */
interface NodeCut {
  node: Text;
  nodeStart: number;
  parts: Part[];
}

/** A stretch of a mark.js context to highlight as `part`. */
interface PartRange {
  start: number;
  length: number;
  part: Part;
}

/**
 * The one mark.js call every highlight goes through: wraps each range of `context` in
 * `<mark data-attribution-lens="ENTITY_ID">`, and tells `each` about every mark.
 */
function markRanges(context: Node, ranges: PartRange[], each: (mark: HTMLElement, part: Part) => void): void {
  new Mark(context as HTMLElement).markRanges(ranges, {
    element: 'mark',
    each(el: Element, range: unknown) {
      const { part } = range as PartRange;
      el.setAttribute(MARK_ATTRIBUTE, part.mention.entity);
      each(el as HTMLElement, part);
    },
  });
}

/** What highlighting `mentions` (document order) cuts from each of the block's text nodes: a name across inline elements has a part in each. */
function cutsOf(block: TextBlock, mentions: readonly Mention[]): NodeCut[] {
  const starts = nodeStarts(block);
  const cuts: NodeCut[] = [];
  for (const mention of mentions) {
    const last = nodeAt(starts, mention.end - 1);
    for (let i = nodeAt(starts, mention.start); i <= last; i++) {
      const node = block.nodes[i] as Text;
      const nodeStart = starts[i] as number;
      const start = Math.max(mention.start, nodeStart);
      const end = Math.min(mention.end, nodeStart + node.length);
      if (end <= start) continue;
      let cut = cuts[cuts.length - 1];
      if (cut?.node !== node) cuts.push((cut = { node, nodeStart, parts: [] }));
      cut.parts.push({ start, end, mention });
    }
  }
  return cuts;
}

/**
 * How many parts one mark.js call highlights. Its work grows with the square of its
 * ranges, and each call leaves the browser a node iterator that every removal of a node in
 * the document consults until the next garbage collection (Chromium): one call per name
 * made writing 2,000 names cost half a second, one call per page a tenth of that; a few
 * dozen per call costs a fifth of either.
 */
const MARKS_PER_CALL = 32;

/**
 * Highlights the parts of `cuts` off the page, then puts each text node's in with one
 * change: mark.js wraps the parts' texts in a detached holder (MARKS_PER_CALL a call); the
 * page's node keeps its text before its first part, and the marks follow it, each with the
 * text up to the next part in a node of its own. The result, and its record for removal, is
 * what mark.js cutting the node on the page would have made, without reading the page's
 * nodes once per name or copying a long node once per name. Returns the marks of each
 * mention highlighted, in order (a part mark.js leaves, blank text, stays text).
 */
function cutOffPage(cuts: readonly NodeCut[], doc: Document): Map<Mention, HTMLElement[]> {
  const texts = cuts.map((cut) => cut.node.data); // read once: a copy in some browsers (Firefox)
  const markOf = new Map<Part, HTMLElement>();
  // The names go into the holder side by side in one text node: mark.js reads each node of
  // its context several times, through a filter of five selector tests a time.
  const holder = doc.createElement('div');
  let names = '';
  let ranges: PartRange[] = [];
  const markNames = () => {
    holder.replaceChildren(doc.createTextNode(names));
    markRanges(holder, ranges, (el, part) => markOf.set(part, el));
    names = '';
    ranges = [];
  };
  cuts.forEach((cut, i) => {
    for (const part of cut.parts) {
      const name = (texts[i] as string).slice(part.start - cut.nodeStart, part.end - cut.nodeStart);
      ranges.push({ start: names.length, length: name.length, part });
      names += name;
      if (ranges.length === MARKS_PER_CALL) markNames();
    }
  });
  if (ranges.length) markNames();
  const marks = new Map<Mention, HTMLElement[]>();
  cuts.forEach((cut, i) => {
    const { node, nodeStart, parts } = cut;
    const text = texts[i] as string;
    const pieces: Node[] = [];
    let head = text.slice(0, (parts[0] as Part).start - nodeStart);
    parts.forEach((part, k) => {
      const next = parts[k + 1];
      const rest = text.slice(part.end - nodeStart, next ? next.start - nodeStart : text.length);
      const mark = markOf.get(part);
      if (!mark) {
        // Not highlighted: its text belongs to the piece before it.
        const last = pieces[pieces.length - 1];
        const own = text.slice(part.start - nodeStart, part.end - nodeStart) + rest;
        if (last) (last as Text).appendData(own);
        else head += own;
        return;
      }
      // Always a remainder after the mark, even empty, as mark.js leaves when it cuts a node.
      pieces.push(mark, doc.createTextNode(rest));
      const list = marks.get(part.mention);
      if (list) list.push(mark);
      else marks.set(part.mention, [mark]);
    });
    if (!pieces.length) return;
    node.data = head;
    node.after(...pieces);
    // The record of the pieces cut from the page's text node (or from the node it was itself
    // cut from): they belong to it, right after it, in order.
    const origin = originOf.get(node) ?? node;
    const list = piecesOf.get(origin) ?? [];
    list.splice(node === origin ? 0 : list.indexOf(node) + 1, 0, ...pieces);
    piecesOf.set(origin, list);
    for (const piece of pieces) {
      originOf.set(piece, origin);
      if (piece.nodeType === 3) splitRemainders.add(piece);
    }
    if (node === origin) leftIn.set(origin, head);
  });
  return marks;
}

/** Where each text node of a block starts in the block's text. */
function nodeStarts(block: TextBlock): number[] {
  const starts: number[] = [];
  let at = 0;
  for (const n of block.nodes) {
    starts.push(at);
    // The length alone: reading `data` copies the text in some browsers (Firefox).
    at += n.length;
  }
  return starts;
}

/** The last index whose start is at or before `offset` (an empty node yields to the one after it). */
function nodeAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Unwraps every mark of a mention, merging its text back where it was cut from. */
function unwrapMention(m: HighlightedMention): void {
  for (const el of m.marks) unwrap(el);
}

/** Replaces one of our marks by its text, merging it back into the text node it was cut from. */
function unwrap(mark: HTMLElement): void {
  const parent = mark.parentNode;
  if (!parent) return;
  const text = mark.textContent ?? '';
  const prev = mark.previousSibling;
  const next = mark.nextSibling;
  let merged: Node[] = [mark];
  const origin = originOf.get(mark);
  if (origin && prev === origin && (origin as Text).data !== leftIn.get(origin)) {
    // The page rewrote its node since we cut this from it: the piece is stale, not its text.
    const takeNext = next && next.nodeType === 3 && splitRemainders.has(next);
    if (takeNext) parent.removeChild(next);
    parent.removeChild(mark);
    merged = takeNext ? [mark, next] : [mark];
  } else if (prev && prev.nodeType === 3) {
    const takeNext = next && next.nodeType === 3 && splitRemainders.has(next);
    (prev as Text).appendData(text + (takeNext ? (next as Text).data : ''));
    if (takeNext) {
      parent.removeChild(next);
      merged = [mark, next];
    }
    parent.removeChild(mark);
  } else {
    parent.replaceChild(mark.ownerDocument.createTextNode(text), mark);
  }
  // Keep the record of what was cut from the page's text node true: these pieces are back in
  // it (other highlights cut from it may remain), and it now holds more of its own text.
  const pieces = origin && piecesOf.get(origin);
  if (!origin || !pieces) return;
  const rest = pieces.filter((p) => !merged.includes(p));
  if (rest.length) piecesOf.set(origin, rest);
  else piecesOf.delete(origin);
  if (prev === origin) leftIn.set(origin, (origin as Text).data);
}
