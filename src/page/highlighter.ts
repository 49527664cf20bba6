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
import type { Candidate, EntityId, Matcher, Mention } from '../core';
import { CHECKPOINT, enclosingBlock, isInsideSkipped, isIntact, walkTextBlocks, MARK_ATTRIBUTE, type TextBlock } from './text-blocks';

export interface HighlightedMention extends Mention {
  /** Unique within the document while the highlight lives ("m1", "m2"…). */
  id: string;
  /** The mark elements of this mention, in order (several when it spans inline elements). */
  marks: HTMLElement[];
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
  /** Text nodes this long or longer are cut up off the page (see cutLongNode). Tests lower it. */
  detachFrom?: number;
}

export interface SliceOptions {
  signal: AbortSignal;
  /** Longest stretch of work before giving the page its main thread back. */
  budgetMs?: number;
  /** The first slice's budget: short, so what is in view is highlighted at once. */
  firstBudgetMs?: number;
}

/** A block whose mentions are being written, last first (see writeSome). */
interface PendingBlock {
  block: TextBlock;
  /** Its mentions to highlight, in document order. */
  found: Mention[];
  /** Index in `found` of the next mention to write; -1 when all are written. */
  next: number;
  /** Where each of the block's text nodes started in its text when it was read (set at the first write). */
  starts: number[] | null;
  /** The block's text before this offset is still as read: the later text has been cut into highlights. */
  cut: number;
  /** Highlights made so far, last first. */
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
   * Checks the highlights inside `root`, which the page has just put (back) into the
   * document: a page text node we split and that the page rewrote while it was out of the
   * document loses the stale pieces we cut from it.
   */
  revalidate(root: Node): void;
  /**
   * The page inserted `node` between a text node of its own and the pieces we cut from it (a
   * framework placing a new node before "the next sibling" of its text node, which is now our
   * mark): moves it after those pieces, where the page meant it. True if it moved it.
   */
  repairInsertion(node: Node): boolean;
}

/** Text nodes that mark.js split off after one of our marks: merged back on removal. */
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
 * Text nodes at least this long are cut into highlights off the page, then put back at
 * once: below it, cutting them on the page costs the browser little.
 */
const DETACH_FROM = 10_000;

const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function createHighlighter(matcher: Matcher, options: HighlighterOptions, doc: Document = document): Highlighter {
  let live: HighlightedMention[] = [];
  let seq = 0;
  let aboutStory = false;
  let skipped = 0;
  const byMark = new WeakMap<Element, HighlightedMention>();
  const mutate = options.mutate ?? (<T>(edit: () => T) => edit());
  const detachFrom = options.detachFrom ?? DETACH_FROM;
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
    pending.push({ block, found: chosen, next: chosen.length - 1, starts: null, cut: block.text.length, made: [] });
    pendingCount += chosen.length;
  }

  /**
   * Writes queued blocks, in one pause of the observer, until `deadline` (ms,
   * performance.now()). A block with many mentions may be left half written and finished
   * by the next call: a 10 MB text node with a hundred names is not cut up in one task.
   */
  function flush(out: HighlightedMention[], deadline = Infinity): void {
    if (!pending.length) return;
    mutate(() => {
      while (pending.length) {
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
        if (performance.now() >= deadline) break;
      }
    });
    // Forget highlights gone for good (the page dropped them) once they pile up.
    if (live.length > 2 * options.maxMarks) live = live.filter((m) => m.marks.some((el) => el.isConnected));
  }

  /**
   * Highlights the block's mentions from the last to the first, one mark.js call each over
   * just the text nodes it spans, until done (true) or `deadline`. Last first, because
   * cutting a text node leaves the text before the cut where it was: the offsets of the
   * mentions still to write stay true, and the work can stop after any of them.
   *
   * The mentions inside one long text node are cut off the page and put in at once (see
   * cutLongNode): cutting such a node on the page, name after name, copies all of it each
   * time, and makes the browser lay all of it out again after every slice (a 10 MB node:
   * one to two seconds each time in Chromium).
   */
  function writeSome(entry: PendingBlock, deadline: number): boolean {
    const { block, found } = entry;
    // The page may have changed this text since it was read (or since the last slice wrote
    // part of it): its change will be scanned again. Give up on what is left.
    if (!isIntact(block, entry.cut)) {
      pendingCount -= entry.next + 1;
      entry.next = -1;
      return true;
    }
    // A block of short text nodes (nearly all of them) is written in one mark.js call.
    if (!entry.starts && block.nodes.every((n) => n.length < detachFrom)) {
      const added = wrapBlock(block, found);
      // Kept last first like the mentions written one by one (flush puts them in order).
      for (const m of added.reverse()) made(entry, m);
      pendingCount -= found.length;
      entry.next = -1;
      return true;
    }
    const starts = (entry.starts ??= nodeStarts(block));
    const within = (m: Mention, index: number) => nodeAt(starts, m.start) === index && nodeAt(starts, m.end - 1) === index;
    for (let wrote = 0; entry.next >= 0; ) {
      // At least one per call, so that every slice moves on.
      if (wrote++ && performance.now() >= deadline) return false;
      const mention = found[entry.next] as Mention;
      const index = nodeAt(starts, mention.start);
      const node = block.nodes[index] as Text;
      if (node.length >= detachFrom && within(mention, index)) {
        let from = entry.next;
        while (from > 0 && within(found[from - 1] as Mention, index)) from--;
        const group = found.slice(from, entry.next + 1);
        const added = cutLongNode(node, starts[index] as number, group, doc);
        for (const m of added.reverse()) made(entry, m);
        if (added.length) entry.cut = (added[added.length - 1] as HighlightedMention).start;
        pendingCount -= group.length;
        entry.next = from - 1;
        continue;
      }
      const marks = wrapMention(starts, block.nodes, mention);
      pendingCount--;
      entry.next--;
      if (!marks.length) continue;
      entry.cut = mention.start;
      made(entry, { ...mention, id: '', marks });
    }
    return true;
  }

  /** Records a highlight just made: its id, its marks, the live list (last first within its block). */
  function made(entry: PendingBlock, highlighted: HighlightedMention): void {
    highlighted.id = `m${++seq}`;
    highlighted.marks.forEach((el) => byMark.set(el, highlighted));
    entry.made.push(highlighted);
    live.push(highlighted);
  }

  /** The mention whose marks lie on both sides of `node`, if any (a mention's marks are consecutive). */
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

  /** The candidates in a block's text; a long text a window at a time, pausing between windows. */
  function* matchBlock(text: string): Generator<void, Candidate[]> {
    if (text.length <= MATCH_WINDOW) return matcher.candidates(text);
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
    const queue = widened.filter(
      (n, i) =>
        widened.indexOf(n) === i &&
        !widened.some((o) => o !== n && o.contains(n)) &&
        // The walk never checks its root itself: a root the page just made editable is left alone.
        !(n.nodeType === 1 && isInsideSkipped(n, false)),
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
          const candidates = (yield* matchBlock(block.text)).filter(
            (c) => !block.highlighted?.some(([a, b]) => c.start < b && c.end > a),
          );
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
      for (;;) {
        if (signal.aborted) {
          pending = [];
          pendingCount = 0;
          return out;
        }
        // Read and match for half the slice, then write what was found in one batch: each
        // batch makes the page lay itself out again, so there are few of them. The first
        // slice is short, and the walk starts at the part in view, so that part comes first.
        while (!done && performance.now() - sliceStart < budget / 2) done = !!steps.next().done;
        flush(out, sliceStart + budget);
        if (done && !pending.length) return out;
        await yieldToPage();
        sliceStart = performance.now();
        budget = budgetMs;
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
      mutate(() => live.forEach(unwrapMention));
      live = [];
      skipped = 0;
    },
    removeWithin(root) {
      const inside = live.filter((m) => m.marks.some((el) => root.contains(el)));
      if (!inside.length) return;
      mutate(() => inside.forEach(unwrapMention));
      live = live.filter((m) => !inside.includes(m));
    },
    repairInsertion(node) {
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
    revalidate(root) {
      // Inserted between two marks of one mention (the page put text of its own inside a name
      // we highlighted across its nodes): that name is no longer on the page in one piece.
      const straddled = straddledBy(root);
      if (straddled) {
        mutate(() => unwrapMention(straddled));
        live = live.filter((m) => m !== straddled);
      }
      // A text node of the page we split, put in without the pieces we cut from it (it was taken
      // out of a tree that had itself left the document, where no observer saw it go): it gets
      // their text back.
      if (root.nodeType === 3) {
        const pieces = piecesOf.get(root);
        if (pieces?.length && root.nextSibling !== pieces[0]) this.forgetSplit(root);
        return;
      }
      if (root.nodeType !== 1 && root.nodeType !== 11) return;
      const marks = [...(root as ParentNode).querySelectorAll(`mark[${MARK_ATTRIBUTE}]`)];
      // Highlights in content that became editable (or excluded) while out of the document,
      // where no observer saw it change, go.
      const skipped = new Set<HighlightedMention>();
      for (const mark of marks) {
        const m = byMark.get(mark);
        if (m && mark.parentElement && isInsideSkipped(mark.parentElement, false)) skipped.add(m);
      }
      if (skipped.size) {
        mutate(() => skipped.forEach(unwrapMention));
        live = live.filter((m) => !skipped.has(m));
      }
      const origins = new Set<Node>();
      for (const mark of marks) {
        if (!mark.parentNode) continue; // unwrapped just above
        const origin = originOf.get(mark);
        if (origin && origin.nodeType === 3 && (origin as Text).data !== leftIn.get(origin)) origins.add(origin);
      }
      for (const origin of origins) this.forgetSplit(origin);
    },
  };
}

/** A stretch of a mark.js context to highlight as `mention`. */
interface MentionRange {
  start: number;
  length: number;
  mention: Mention;
}

/**
 * The one mark.js call every highlight goes through: wraps each range of `context` (text
 * nodes) in `<mark data-attribution-lens="ENTITY_ID">`, and tells `each` about every mark.
 */
function markRanges(context: Node | readonly Node[], ranges: MentionRange[], each: (mark: HTMLElement, mention: Mention) => void): void {
  new Mark(context as unknown as HTMLElement[]).markRanges(ranges, {
    element: 'mark',
    each(el: Element, range: unknown) {
      const { mention } = range as MentionRange;
      el.setAttribute(MARK_ATTRIBUTE, mention.entity);
      each(el as HTMLElement, mention);
    },
  });
}

/** Highlights all of a block's mentions in one mark.js call over its text nodes; returns them in document order. */
function wrapBlock(block: TextBlock, chosen: readonly Mention[]): HighlightedMention[] {
  const made = new Map<Mention, HTMLElement[]>();
  const ranges = chosen.map((mention) => ({ start: mention.start, length: mention.end - mention.start, mention }));
  markRanges(block.nodes, ranges, (el, mention) => {
    recordPieces(el);
    const list = made.get(mention) ?? [];
    list.push(el);
    made.set(mention, list);
  });
  return [...made].map(([mention, marks]) => ({ ...mention, id: '', marks }));
}

/**
 * Highlights `mentions` (in document order, all inside `node`, offsets in the block whose
 * text `node` starts at `nodeStart`) off the page, then puts them in with one change: the
 * text from each mention to the next goes into a small detached text node, mark.js
 * highlights the mention at its start, and the pieces follow the page's node, which keeps
 * the text before the first mention. The result, and its record for removal, is what
 * cutting the node on the page would have made; the work is proportional to its length
 * rather than to its length times the number of mentions.
 */
function cutLongNode(node: Text, nodeStart: number, mentions: readonly Mention[], doc: Document): HighlightedMention[] {
  const text = node.data;
  const holder = doc.createElement('div');
  const pieces: Node[] = [];
  const out: HighlightedMention[] = [];
  let head = text.slice(0, (mentions[0] as Mention).start - nodeStart);
  mentions.forEach((mention, i) => {
    const start = mention.start - nodeStart;
    const next = mentions[i + 1];
    const segment = doc.createTextNode(text.slice(start, next ? next.start - nodeStart : text.length));
    holder.replaceChildren(segment);
    const marks: HTMLElement[] = [];
    markRanges(segment, [{ start: 0, length: mention.end - mention.start, mention }], (el) => marks.push(el));
    const mark = marks[0];
    const rest = mark?.nextSibling;
    if (!mark || !rest) {
      // Not highlighted: its text belongs to the piece before it.
      const last = pieces[pieces.length - 1];
      if (last) (last as Text).appendData(segment.data);
      else head += segment.data;
      return;
    }
    // mark.js left the segment empty before the mark: only the mark and the text after it are kept.
    pieces.push(mark, rest);
    out.push({ ...mention, id: '', marks: [mark] });
  });
  if (!out.length) return out;
  node.data = head;
  node.after(...pieces);
  // The record recordPieces keeps for cuts made on the page: the pieces belong to the page's
  // node (or to the node it was itself cut from), right after it, in order.
  const origin = originOf.get(node) ?? node;
  const list = piecesOf.get(origin) ?? [];
  list.splice(node === origin ? 0 : list.indexOf(node) + 1, 0, ...pieces);
  piecesOf.set(origin, list);
  for (const piece of pieces) {
    originOf.set(piece, origin);
    if (piece.nodeType === 3) splitRemainders.add(piece);
  }
  if (node === origin) leftIn.set(origin, head);
  return out;
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

/**
 * Highlights one mention with mark.js, handing it only the text nodes the mention spans
 * (mark.js reads every node of its context for every call: the whole block would make a
 * long block cost more per mention). Returns its mark elements, in order.
 */
function wrapMention(starts: readonly number[], nodes: readonly Text[], mention: Mention): HTMLElement[] {
  const first = nodeAt(starts, mention.start);
  const last = nodeAt(starts, mention.end - 1);
  const marks: HTMLElement[] = [];
  markRanges(nodes.slice(first, last + 1), [{ start: mention.start - (starts[first] as number), length: mention.end - mention.start, mention }], (el) => {
    recordPieces(el);
    marks.push(el);
  });
  return marks;
}

/** Unwraps every mark of a mention, merging its text back where it was cut from. */
function unwrapMention(m: HighlightedMention): void {
  for (const el of m.marks) unwrap(el);
}

/** Remembers which page text node a new mark (and the remainder after it) was cut from. */
function recordPieces(mark: Element): void {
  const before = mark.previousSibling;
  const origin = before ? (originOf.get(before) ?? before) : null;
  const after = mark.nextSibling;
  if (after) splitRemainders.add(after);
  if (!origin) return;
  // What we left in the page's node: updated whenever we cut from the node itself.
  if (before === origin) leftIn.set(origin, (origin as Text).data);
  // The new pieces go right after the one they were cut from, keeping the list in document
  // order (mentions are written last first: a new cut usually comes before the older ones).
  const pieces = piecesOf.get(origin) ?? [];
  const added = after ? [mark, after] : [mark];
  pieces.splice(before === origin ? 0 : pieces.indexOf(before as Node) + 1, 0, ...added);
  for (const piece of added) originOf.set(piece, origin);
  piecesOf.set(origin, pieces);
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
