/**
 * Writing highlights: every mark goes through one mark.js call (markRanges), made off the
 * page, and each page text node is then cut with one change (writeMarks). See
 * docs/performance.md for why the work is batched this way.
 */
import Mark from 'mark.js';
import type { Mention } from '../../core';
import { recordCut } from './cut-record';
import { MARK_ATTRIBUTE, type TextBlock } from './text-blocks';

/** The stretch [start, end) of a mention that lies in one text node (offsets in its block's text). */
export interface Part {
  start: number;
  end: number;
  mention: Mention;
}

/** The parts of mentions inside one text node, which starts at `nodeStart` in its block's text, in document order. */
export interface NodeCut {
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
 * How many parts one mark.js call highlights: its work grows with the square of its ranges,
 * and each call leaves Chromium a node iterator consulted at every removal until the next
 * garbage collection, so a few dozen a call is the cheapest (docs/performance.md).
 */
const MARKS_PER_CALL = 32;

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
export function cutsOf(block: TextBlock, mentions: readonly Mention[]): NodeCut[] {
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
 * Highlights the parts of `cuts` off the page, then puts each text node's in with one
 * change: mark.js wraps the parts' texts in a detached holder (MARKS_PER_CALL a call); the
 * page's node keeps its text before its first part, and the marks follow it, each with the
 * text up to the next part in a node of its own. The result, and its record for removal, is
 * what mark.js cutting the node on the page would have made, without reading the page's
 * nodes once per name or copying a long node once per name. Returns the marks of each
 * mention highlighted, in order (a part mark.js leaves, blank text, stays text).
 */
export function writeMarks(cuts: readonly NodeCut[], doc: Document): Map<Mention, HTMLElement[]> {
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
    recordCut(node, head, pieces);
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
