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
import { CHECKPOINT, isIntact, walkTextBlocks, MARK_ATTRIBUTE, type TextBlock } from './text-blocks';

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
}

export interface SliceOptions {
  signal: AbortSignal;
  /** Longest stretch of work before giving the page its main thread back. */
  budgetMs?: number;
}

interface RangeWithMention {
  start: number;
  length: number;
  mention: Mention;
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
  forgetSplit(node: Node): boolean;
}

/** Text nodes that mark.js split off after one of our marks: merged back on removal. */
const splitRemainders = new WeakSet<Node>();
/** For a page text node we split: the marks and remainders cut from it, in order. */
const piecesOf = new WeakMap<Node, Node[]>();
/** For each mark or remainder: the page text node it was cut from. */
const originOf = new WeakMap<Node, Node>();
/** For a page text node we split: the text we left in it (still so if the page moved it rather than rewrote it). */
const leftIn = new WeakMap<Node, string>();

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

  function markBlock(block: TextBlock, found: readonly Mention[]): HighlightedMention[] {
    const room = options.maxMarks - live.length;
    const wanted = found.filter((m) => options.entities.has(m.entity));
    if (wanted.length > room) skipped += wanted.length - Math.max(0, room);
    const chosen = wanted.slice(0, Math.max(0, room));
    // The page may have changed this text since it was read: its change will be scanned again.
    if (!chosen.length || !isIntact(block)) return [];
    const ranges: RangeWithMention[] = chosen.map((m) => ({ start: m.start, length: m.end - m.start, mention: m }));
    const made = new Map<Mention, HTMLElement[]>();
    mutate(() =>
      new Mark(block.nodes as unknown as HTMLElement[]).markRanges(ranges, {
        element: 'mark',
        each(el: Element, range: unknown) {
          const { mention } = range as RangeWithMention;
          el.setAttribute(MARK_ATTRIBUTE, mention.entity);
          recordPieces(el);
          const list = made.get(mention) ?? [];
          list.push(el as HTMLElement);
          made.set(mention, list);
        },
      }),
    );
    const added = [...made].map(([mention, marks]) => {
      const highlighted = { ...mention, id: `m${++seq}`, marks };
      marks.forEach((el) => byMark.set(el, highlighted));
      return highlighted;
    });
    live.push(...added);
    return added;
  }

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

  /** One pass over `roots`, pausing (yield) after each piece of work. Returns what it highlighted. */
  function* pass(roots: readonly Node[], out: HighlightedMention[]): Generator<void> {
    const wasAbout = aboutStory;
    aboutStory ||= titleIsAboutStory();
    const queue = [...roots];
    // Blocks holding names that only count on a page about the story: kept until that is known.
    let held: { block: TextBlock; candidates: Candidate[] }[] = [];
    const settle = (list: Candidate[]) => list.filter((c) => c.verdict === 'accept' || aboutStory);
    const onShadowRoot = (shadow: ShadowRoot) => {
      options.onShadowRoot?.(shadow);
      queue.push(shadow);
    };
    for (let root = queue.shift(); root; root = queue.shift()) {
      const start = firstVisibleBlock(root);
      const walks = start ? [walkTextBlocks(root, { onShadowRoot, from: start }), walkTextBlocks(root, { onShadowRoot, until: start })] : [walkTextBlocks(root, { onShadowRoot })];
      for (const walk of walks) {
        for (const block of walk) {
          if (block === CHECKPOINT) {
            yield;
            continue;
          }
          // A name made of the text on both sides of an existing highlight is not on the page.
          const candidates = matcher.candidates(block.text).filter((c) => !block.gaps?.some((g) => g > c.start && g < c.end));
          if (!candidates.length) continue;
          if (!aboutStory && candidates.some((c) => c.unambiguous)) {
            aboutStory = true;
            // The page just turned out to be about the story: the held blocks count now.
            for (const h of held) {
              out.push(...markBlock(h.block, settle(h.candidates)));
              yield;
            }
            held = [];
          }
          if (aboutStory || candidates.every((c) => c.verdict === 'accept')) out.push(...markBlock(block, settle(candidates)));
          // Its sure names wait with the rest, so that a block is marked once.
          else held.push({ block, candidates });
          yield;
        }
      }
    }
    for (const h of held) {
      out.push(...markBlock(h.block, settle(h.candidates)));
      yield;
    }
    // This pass made the page about the story: names held back elsewhere in the document
    // by earlier passes now count, so read the whole document again.
    if (aboutStory && !wasAbout && doc.body && !roots.includes(doc.body)) yield* pass([doc.body], out);
  }

  return {
    highlight(roots) {
      const out: HighlightedMention[] = [];
      for (const _ of pass(roots, out)) {
        // Run to the end at once.
      }
      return out;
    },
    async highlightInSlices(roots, { signal, budgetMs = 8 }) {
      const out: HighlightedMention[] = [];
      const steps = pass(roots, out);
      let sliceStart = performance.now();
      for (let step = steps.next(); !step.done; step = steps.next()) {
        if (signal.aborted) return out;
        if (performance.now() - sliceStart >= budgetMs) {
          await yieldToPage();
          if (signal.aborted) return out;
          sliceStart = performance.now();
        }
      }
      return out;
    },
    mentions() {
      // The page may have removed highlighted text (a re-render): forget those.
      live = live.filter((m) => m.marks.some((el) => el.isConnected));
      return live;
    },
    skipped: () => skipped,
    aboutStory: () => aboutStory,
    mentionOf: (mark) => byMark.get(mark),
    forgetSplit(node) {
      const pieces = piecesOf.get(node);
      if (!pieces) return false;
      piecesOf.delete(node);
      const gone = new Set<HighlightedMention>();
      // Moved (wrapped, unwrapped, re-appended), not rewritten: the text we cut off goes back in, not away.
      const moved = node.nodeType === 3 && (node as Text).data === leftIn.get(node);
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
      mutate(() => {
        for (const m of live) {
          for (const el of m.marks) {
            const origin = originOf.get(el);
            if (origin) piecesOf.delete(origin);
            unwrap(el);
          }
        }
      });
      live = [];
      skipped = 0;
    },
  };
}

/** Remembers which page text node a new mark (and the remainder after it) was cut from. */
function recordPieces(mark: Element): void {
  const before = mark.previousSibling;
  const origin = before ? (originOf.get(before) ?? before) : null;
  const after = mark.nextSibling;
  if (after) splitRemainders.add(after);
  if (!origin) return;
  if (!piecesOf.has(origin)) leftIn.set(origin, (origin as Text).data);
  const pieces = piecesOf.get(origin) ?? [];
  pieces.push(mark);
  originOf.set(mark, origin);
  if (after) {
    pieces.push(after);
    originOf.set(after, origin);
  }
  piecesOf.set(origin, pieces);
}

/** Replaces one of our marks by its text, merging it back into the text node it was cut from. */
function unwrap(mark: HTMLElement): void {
  const parent = mark.parentNode;
  if (!parent) return;
  const text = mark.textContent ?? '';
  const prev = mark.previousSibling;
  const next = mark.nextSibling;
  if (prev && prev.nodeType === 3) {
    const takeNext = next && next.nodeType === 3 && splitRemainders.has(next);
    (prev as Text).appendData(text + (takeNext ? (next as Text).data : ''));
    if (takeNext) parent.removeChild(next);
    parent.removeChild(mark);
  } else {
    parent.replaceChild(mark.ownerDocument.createTextNode(text), mark);
  }
}
