/**
 * A mention's snippet: the text around it in its block, on one line, for the popup's list.
 * Made from the block's text when the mention is highlighted (a slice of a string the
 * highlighter already holds), never by reading the page again: a report of hundreds of
 * mentions on a live page, or of 100 names in one 10 MB paragraph, costs a few slices.
 * Its sentence (for the export) is made the same way.
 */
import { SENTENCE_END, sentenceAround } from './sentences';

/** How many characters of the block are kept, at most, on either side of the name. */
export const SNIPPET_CONTEXT = 60;

/**
 * Text the word segmenter sees on either side of a cut, so the word under the cut is seen
 * whole: a longer word there may be taken for two, which only moves the cut within it.
 */
const SEGMENT_MARGIN = 32;

/** Scripts written without spaces between words: only there is a dictionary segmenter needed. */
const UNSPACED = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}]/u;

let wordSegmenter: Intl.Segmenter | undefined;

/** Word starts (side 'start') or ends (side 'end') in `text[lo, hi)`, found by Intl.Segmenter. */
function segmentedEdges(text: string, lo: number, hi: number, side: 'start' | 'end'): number[] {
  wordSegmenter ??= new Intl.Segmenter(undefined, { granularity: 'word' });
  const edges: number[] = [];
  for (const { segment, index, isWordLike } of wordSegmenter.segment(text.slice(lo, hi))) {
    if (isWordLike) edges.push(lo + index + (side === 'end' ? segment.length : 0));
  }
  return edges;
}

/** True when the cut at `at` falls between two characters of scripts that separate words with spaces. */
const spacedAt = (text: string, at: number) => !UNSPACED.test(text.slice(Math.max(0, at - 1), at + 1));

/**
 * Where a snippet begins when its window starts at `windowStart` inside the text: at the first
 * word that starts in the window, or at the name (`start`) when none does.
 */
function firstWordStart(text: string, windowStart: number, start: number): number {
  if (/\s/.test(text[windowStart - 1] ?? '')) return windowStart;
  if (spacedAt(text, windowStart)) {
    // Spaced scripts (Latin, Arabic, Cyrillic…): the next word begins after the next space.
    const space = text.slice(windowStart, start).search(/\s/);
    return space < 0 ? start : windowStart + space + 1;
  }
  const lo = Math.max(0, windowStart - SEGMENT_MARGIN);
  const edge = segmentedEdges(text, lo, Math.min(start, windowStart + SEGMENT_MARGIN), 'start').find((at) => at >= windowStart);
  return edge ?? start;
}

/**
 * Where a snippet ends when its window ends at `windowEnd` inside the text: after the last word
 * that ends in the window, or after the name (`end`) when none does.
 */
function lastWordEnd(text: string, windowEnd: number, end: number): number {
  if (/\s/.test(text[windowEnd] ?? '')) return windowEnd;
  if (spacedAt(text, windowEnd)) {
    // The last word ends before the last space.
    const space = text.slice(end, windowEnd).search(/\s\S*$/);
    return space < 0 ? end : end + space;
  }
  const hi = Math.min(text.length, windowEnd + SEGMENT_MARGIN);
  const edges = segmentedEdges(text, Math.max(end, windowEnd - SEGMENT_MARGIN), hi, 'end').filter((at) => at <= windowEnd);
  return edges.at(-1) ?? end;
}

/**
 * The widest `[from, to)` within `[windowStart, windowEnd)` that holds the name `[start, end)`
 * and begins and ends on whole words, in any script: Intl.Segmenter finds the words where
 * there are no spaces (Chinese, Japanese, Thai); elsewhere a space is the boundary, which is
 * what the segmenter would say and far cheaper for the content script's hundreds of snippets.
 * A side the window does not cut keeps its edge. Pure.
 */
export function wordBoundedRange(
  text: string,
  windowStart: number,
  windowEnd: number,
  start: number,
  end: number,
): { from: number; to: number } {
  return {
    from: windowStart > 0 ? firstWordStart(text, windowStart, start) : windowStart,
    to: windowEnd < text.length ? lastWordEnd(text, windowEnd, end) : windowEnd,
  };
}

/**
 * `text[start, end)` with up to SNIPPET_CONTEXT characters either side, cut on word boundaries,
 * white space collapsed, and "…" where the block goes on.
 */
export function snippetAround(text: string, start: number, end: number): string {
  const { from, to } = wordBoundedRange(
    text,
    Math.max(0, start - SNIPPET_CONTEXT),
    Math.min(text.length, end + SNIPPET_CONTEXT),
    start,
    end,
  );
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
