/**
 * Highlights mentions in a DOM tree with mark.js, following the public contract:
 * every mention is wrapped in `<mark data-attribution-lens="ENTITY_ID">` element(s).
 * Removing the highlights puts back the page's own text nodes exactly as they were.
 */
import Mark from 'mark.js';
import type { EntityId, Matcher, Mention } from '../core';
import { collectTextBlocks, MARK_ATTRIBUTE, type TextBlock } from './text-blocks';

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
}

interface RangeWithMention {
  start: number;
  length: number;
  mention: Mention;
}

export interface Highlighter {
  /** Scans `roots` (and the open shadow roots inside them) and highlights new mentions. */
  highlight(roots: readonly Node[]): HighlightedMention[];
  /** Every live highlighted mention, in the order they were made. */
  mentions(): HighlightedMention[];
  /** Mentions found but not highlighted because of `maxMarks`. */
  skipped(): number;
  /** Removes every highlight and restores the original text nodes. */
  clear(): void;
  /** The mention a mark element belongs to. */
  mentionOf(mark: Element): HighlightedMention | undefined;
  /**
   * The page changed or removed a text node that we had split (a framework
   * re-rendering its own text node): removes the pieces we cut from it, which no
   * longer match its text, and forgets their mentions. True if it had any.
   */
  forgetSplit(node: Node): boolean;
  /** True once the page has shown an unambiguous mention (ambiguous names then count). */
  aboutStory(): boolean;
}

/** Text nodes that mark.js split off after one of our marks: merged back on removal. */
const splitRemainders = new WeakSet<Node>();
/** For a page text node we split: the marks and remainders cut from it, in order. */
const piecesOf = new WeakMap<Node, Node[]>();
/** For each mark or remainder: the page text node it was cut from. */
const originOf = new WeakMap<Node, Node>();

export function createHighlighter(matcher: Matcher, options: HighlighterOptions, doc: Document = document): Highlighter {
  let live: HighlightedMention[] = [];
  let seq = 0;
  const byMark = new WeakMap<Element, HighlightedMention>();
  let aboutStory = false;
  let skipped = 0;

  function collect(roots: readonly Node[]): TextBlock[] {
    const blocks: TextBlock[] = [];
    const queue = [...roots];
    for (let root = queue.shift(); root; root = queue.shift()) {
      blocks.push(
        ...collectTextBlocks(root, (shadow) => {
          options.onShadowRoot?.(shadow);
          queue.push(shadow);
        }),
      );
    }
    return blocks;
  }

  function markBlock(block: TextBlock, found: Mention[]): HighlightedMention[] {
    const ranges: RangeWithMention[] = found
      .filter((m) => options.entities.has(m.entity))
      .map((m) => ({ start: m.start, length: m.end - m.start, mention: m }));
    if (!ranges.length) return [];
    const made = new Map<Mention, HTMLElement[]>();
    new Mark(block.nodes as unknown as HTMLElement[]).markRanges(ranges, {
      element: 'mark',
      each(el: Element, range: unknown) {
        const { mention } = range as RangeWithMention;
        el.setAttribute(MARK_ATTRIBUTE, mention.entity);
        const before = el.previousSibling;
        const origin = before ? (originOf.get(before) ?? before) : null;
        if (el.nextSibling) splitRemainders.add(el.nextSibling);
        if (origin) {
          const pieces = piecesOf.get(origin) ?? [];
          pieces.push(el);
          originOf.set(el, origin);
          if (el.nextSibling) {
            pieces.push(el.nextSibling);
            originOf.set(el.nextSibling, origin);
          }
          piecesOf.set(origin, pieces);
        }
        const list = made.get(mention) ?? [];
        list.push(el as HTMLElement);
        made.set(mention, list);
      },
    });
    return [...made].map(([mention, marks]) => {
      const highlighted = { ...mention, id: `m${++seq}`, marks };
      marks.forEach((el) => byMark.set(el, highlighted));
      return highlighted;
    });
  }

  return {
    highlight(roots) {
      const blocks = collect(roots);
      if (!blocks.length) return [];
      const result = matcher.mentionsInBlocks(
        blocks.map((b) => b.text),
        { aboutStory, extraContext: doc.title },
      );
      const flipped = result.aboutStory && !aboutStory;
      aboutStory = result.aboutStory;
      const added: HighlightedMention[] = [];
      blocks.forEach((block, i) => {
        let found = result.mentions[i] ?? [];
        const room = options.maxMarks - live.length - added.length;
        if (found.length > room) {
          skipped += found.length - Math.max(0, room);
          found = found.slice(0, Math.max(0, room));
        }
        if (found.length) added.push(...markBlock(block, found));
      });
      live.push(...added);
      // The page just turned out to be about the story: names held back as
      // ambiguous elsewhere on it now count, so look again at the whole document.
      if (flipped && roots.some((r) => r !== doc.body && r !== doc.documentElement)) {
        added.push(...this.highlight([doc.body]));
      }
      return added;
    },
    mentions() {
      // The page may have removed highlighted text (a re-render): forget those.
      live = live.filter((m) => m.marks.some((el) => el.isConnected));
      return live;
    },
    skipped: () => skipped,
    mentionOf: (mark) => byMark.get(mark),
    forgetSplit(node) {
      const pieces = piecesOf.get(node);
      if (!pieces) return false;
      piecesOf.delete(node);
      const gone = new Set<HighlightedMention>();
      for (const piece of pieces) {
        const m = piece.nodeType === 1 ? byMark.get(piece as Element) : undefined;
        if (m) gone.add(m);
        piece.parentNode?.removeChild(piece);
      }
      // A mention spanning several text nodes loses all its marks, not just these.
      for (const m of gone) for (const el of m.marks) if (el.isConnected) unwrap(el);
      live = live.filter((m) => !gone.has(m));
      return true;
    },
    aboutStory: () => aboutStory,
    clear() {
      for (const m of live) for (const el of m.marks) {
        const origin = originOf.get(el);
        if (origin) piecesOf.delete(origin);
        unwrap(el);
      }
      live = [];
      skipped = 0;
    },
  };
}

/** Replaces one of our marks by its text, merging it back into the text node it was cut from. */
function unwrap(mark: HTMLElement): void {
  const parent = mark.parentNode;
  if (!parent) return;
  const text = mark.textContent ?? '';
  const prev = mark.previousSibling;
  const next = mark.nextSibling;
  if (prev && prev.nodeType === 3) {
    const merged = text + (next && next.nodeType === 3 && splitRemainders.has(next) ? (next as Text).data : '');
    (prev as Text).appendData(merged);
    if (next && next.nodeType === 3 && splitRemainders.has(next)) parent.removeChild(next);
    parent.removeChild(mark);
  } else {
    parent.replaceChild(mark.ownerDocument.createTextNode(text), mark);
  }
}
