/**
 * A mention's snippet: the text around it in its block, on one line, for the popup's list.
 * Made from the block's text when the mention is highlighted (a slice of a string the
 * highlighter already holds), never by reading the page again: a report of hundreds of
 * mentions on a live page, or of 100 names in one 10 MB paragraph, costs a few slices.
 */

/** How many characters of the block are kept on either side of the name. */
export const SNIPPET_CONTEXT = 60;

/** `text[start, end)` with up to SNIPPET_CONTEXT characters either side, white space collapsed, and "…" where the block goes on. */
export function snippetAround(text: string, start: number, end: number): string {
  const from = Math.max(0, start - SNIPPET_CONTEXT);
  const to = Math.min(text.length, end + SNIPPET_CONTEXT);
  const line = text.slice(from, to).replace(/\s+/g, ' ').trim();
  return `${from > 0 ? '… ' : ''}${line}${to < text.length ? ' …' : ''}`;
}
