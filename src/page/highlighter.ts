/**
 * Highlights mentions in a DOM tree with mark.js, following the public contract:
 * every mention is wrapped in `<mark data-attribution-lens="ENTITY_ID">` element(s).
 * Removing the highlights puts back the page's own text nodes exactly as they were.
 */
import Mark from 'mark.js';
import type { EntityId, Matcher, Mention } from '../core';
import { collectTextBlocks, MARK_ATTRIBUTE, type TextBlock } from './text-blocks';

export interface HighlightedMention extends Mention {
  /** The mark elements of this mention, in order (several when it spans inline elements). */
  marks: HTMLElement[];
}

export interface HighlighterOptions {
  /** Entities to highlight; the rest are left alone. */
  entities: ReadonlySet<EntityId>;
  /** At most this many highlights per document, so a hostile page cannot make us build millions of nodes. */
  maxMarks: number;
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
  /** True once the page has shown an unambiguous mention (ambiguous names then count). */
  aboutStory(): boolean;
}

/** Text nodes that mark.js split off after one of our marks: merged back on removal. */
const splitRemainders = new WeakSet<Node>();

export function createHighlighter(matcher: Matcher, options: HighlighterOptions, doc: Document = document): Highlighter {
  let live: HighlightedMention[] = [];
  let aboutStory = false;
  let skipped = 0;

  function collect(roots: readonly Node[]): TextBlock[] {
    const blocks: TextBlock[] = [];
    const queue = [...roots];
    for (let root = queue.shift(); root; root = queue.shift()) {
      blocks.push(...collectTextBlocks(root, (shadow) => queue.push(shadow)));
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
        if (el.nextSibling) splitRemainders.add(el.nextSibling);
        const list = made.get(mention) ?? [];
        list.push(el as HTMLElement);
        made.set(mention, list);
      },
    });
    return [...made].map(([mention, marks]) => ({ ...mention, marks }));
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
    mentions: () => live.filter((m) => m.marks.some((el) => el.isConnected)),
    skipped: () => skipped,
    aboutStory: () => aboutStory,
    clear() {
      for (const m of live) for (const el of m.marks) unwrap(el);
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
