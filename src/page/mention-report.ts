/** Builds this frame's report (for the badge and the popup) from the live highlights. */
import type { FrameReport, MentionSummary } from '../messaging';
import type { HighlightedMention } from './highlighter';

const SNIPPET_CONTEXT = 60;
const BLOCKS = 'p,li,td,th,dd,dt,h1,h2,h3,h4,h5,h6,blockquote,figcaption,caption,pre,section,article,div,body';

/**
 * A short piece of the text around a mention, on one line. Read from the text nodes next to
 * the mention, a few characters each way, never the whole block: in Firefox each read of a
 * node's text copies all of it, and one 10 MB paragraph with 100 names took 11 s to report.
 */
export function snippetFor(mention: HighlightedMention): string {
  const first = mention.marks[0];
  const last = mention.marks[mention.marks.length - 1];
  if (!first || !last) return mention.text;
  const block = first.closest(BLOCKS) ?? first.parentElement;
  if (!block) return mention.text;
  let end: Node = last;
  while (end.lastChild) end = end.lastChild;
  const before = nearbyText(block, first, false);
  const after = nearbyText(block, end, true);
  const text = `${before.text}${mention.text}${after.text}`.replace(/\s+/g, ' ').trim();
  return `${before.more ? '… ' : ''}${text}${after.more ? ' …' : ''}`;
}

/** Up to SNIPPET_CONTEXT characters of the block's text before (or after) `from`, and whether there is more. */
function nearbyText(block: Element, from: Node, forward: boolean): { text: string; more: boolean } {
  const walker = block.ownerDocument.createTreeWalker(block, 0x4 /* SHOW_TEXT */);
  walker.currentNode = from;
  const step = () => (forward ? walker.nextNode() : walker.previousNode()) as Text | null;
  let text = '';
  for (let node = step(); node; node = step()) {
    const need = SNIPPET_CONTEXT - text.length;
    if (need <= 0) {
      if (node.length > 0) return { text, more: true };
      continue;
    }
    // substringData copies only what is taken.
    text = forward ? text + node.substringData(0, need) : node.substringData(Math.max(0, node.length - need), need) + text;
    if (node.length > need) return { text, more: true };
  }
  return { text, more: false };
}

export function buildReport(
  url: string,
  mentions: readonly HighlightedMention[],
  skipped: number,
  aboutStory: boolean,
): FrameReport {
  const list: MentionSummary[] = mentions.map((m) => ({
    id: m.id,
    entity: m.entity,
    text: m.text.slice(0, 500),
    snippet: snippetFor(m).slice(0, 1000),
  }));
  return { url, mentions: list, skipped, aboutStory };
}
