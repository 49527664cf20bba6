/** Builds this frame's report (for the badge and the popup) from the live highlights. */
import type { FrameReport, MentionSummary } from '../messaging';
import type { HighlightedMention } from './highlighter';

const SNIPPET_CONTEXT = 60;
const BLOCKS = 'p,li,td,th,dd,dt,h1,h2,h3,h4,h5,h6,blockquote,figcaption,caption,pre,section,article,div,body';

/** A short piece of the text around a mention, on one line. */
export function snippetFor(mention: HighlightedMention): string {
  const first = mention.marks[0];
  if (!first) return mention.text;
  const block = first.closest(BLOCKS) ?? first.parentElement;
  if (!block) return mention.text;
  const before = first.ownerDocument.createRange();
  before.setStart(block, 0);
  before.setEndBefore(first);
  const offset = before.toString().length;
  const all = block.textContent ?? '';
  const from = Math.max(0, offset - SNIPPET_CONTEXT);
  const to = Math.min(all.length, offset + mention.text.length + SNIPPET_CONTEXT);
  const text = all.slice(from, to).replace(/\s+/g, ' ').trim();
  return `${from > 0 ? '… ' : ''}${text}${to < all.length ? ' …' : ''}`;
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
