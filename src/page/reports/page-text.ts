/**
 * The page's text for the coverage check, on request: the background reads the
 * blocks of the top frame and finds the article's claims in them (src/core/coverage.ts
 * stays out of the content bundle). The blocks are kept so that the popup can take the
 * reader to a sentence, which is marked with the CSS Custom Highlight API: it paints a
 * range without touching the page's DOM.
 */
import { collectTextBlocks, type TextBlock } from '../highlighting/text-blocks';

const HIGHLIGHT_NAME = 'attribution-lens-claim';
const SHOW_MS = 2500;
/** Enough for any article; a huge page is read up to here. */
const MAX_CHARS = 2_000_000;

export function createPageText(doc: Document) {
  let last: TextBlock[] = [];

  return {
    /** The page's blocks of text as the reader sees them (our highlights' text included). */
    blocks(): string[] {
      const all = collectTextBlocks(doc.body ?? doc.documentElement, { withHighlights: true });
      let total = 0;
      last = all.filter((b) => (total += b.text.length) <= MAX_CHARS);
      return last.map((b) => b.text);
    },

    /** Scrolls to [start, end) of block `index` (as last read) and marks it briefly. */
    reveal(index: number, start: number, end: number): boolean {
      const block = last[index];
      const range = block && rangeOf(doc, block, start, end);
      if (!range) return false;
      range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'smooth' });
      const view = doc.defaultView as (Window & { Highlight?: typeof Highlight }) | null;
      if (view?.Highlight && typeof CSS !== 'undefined' && 'highlights' in CSS) {
        CSS.highlights.set(HIGHLIGHT_NAME, new view.Highlight(range));
        setTimeout(() => CSS.highlights.delete(HIGHLIGHT_NAME), SHOW_MS);
      }
      return true;
    },
  };
}

/** A DOM range over [start, end) of a block's text, if its text nodes are still there unchanged. */
function rangeOf(doc: Document, block: TextBlock, start: number, end: number): Range | null {
  if (start < 0 || end < start || block.nodes.map((n) => (n.isConnected ? n.data : '\u0000')).join('') !== block.text) return null;
  const range = doc.createRange();
  let offset = 0;
  let started = false;
  for (const node of block.nodes) {
    const len = node.data.length;
    if (!started && start <= offset + len) {
      range.setStart(node, start - offset);
      started = true;
    }
    if (started && end <= offset + len) {
      range.setEnd(node, end - offset);
      return range;
    }
    offset += len;
  }
  return null;
}
