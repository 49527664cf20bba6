/**
 * A mention's snippet: the text around it in its block, on one line, for the popup's list.
 * Made from the block's text when the mention is highlighted (a slice of a string the
 * highlighter already holds), never by reading the page again: a report of hundreds of
 * mentions on a live page, or of 100 names in one 10 MB paragraph, costs a few slices.
 * Its sentence (for the export) is made the same way.
 */
import { SENTENCE_END, sentenceAround } from './sentences';

/** How many characters of the block are kept on either side of the name. */
export const SNIPPET_CONTEXT = 60;

/** `text[start, end)` with up to SNIPPET_CONTEXT characters either side, white space collapsed, and "…" where the block goes on. */
export function snippetAround(text: string, start: number, end: number): string {
  const from = Math.max(0, start - SNIPPET_CONTEXT);
  const to = Math.min(text.length, end + SNIPPET_CONTEXT);
  const line = text.slice(from, to).replace(/\s+/g, ' ').trim();
  return `${from > 0 ? '… ' : ''}${line}${to < text.length ? ' …' : ''}`;
}

/**
 * How many characters of a mention's sentence are kept on either side of the name. The sentence
 * finder reaches SENTENCE_REACH either side; an export row does not need a run-on "sentence" of
 * 800 characters (a list of names with no full stop), and every frame's report carries one per mention.
 */
export const SENTENCE_CONTEXT = 200;

/**
 * The sentence `text[start, end)` stands in (sentences.ts finds it), with its closing mark, on one
 * line, at most SENTENCE_CONTEXT characters either side of the name, and "…" where it was cut.
 */
export function sentenceOf(text: string, start: number, end: number): string {
  const [from, to] = sentenceAround(text, start, end);
  // sentenceAround stops before the closing mark: keep it, so the row reads as a sentence.
  const close = to < text.length && SENTENCE_END.test(text[to] as string) ? to + 1 : to;
  const cutFrom = Math.max(from, start - SENTENCE_CONTEXT);
  const cutTo = Math.min(close, end + SENTENCE_CONTEXT);
  const line = text.slice(cutFrom, cutTo).replace(/\s+/g, ' ').trim();
  return `${cutFrom > from ? '… ' : ''}${line}${cutTo < close ? ' …' : ''}`;
}
