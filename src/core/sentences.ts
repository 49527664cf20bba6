/**
 * The one sentence finder of the core: the matcher's context rules and the coverage
 * detector both read "the sentence around" a position of folded text.
 */

/** Sentence ends in the scripts we read: Latin, Arabic (؟), Chinese and Japanese (。！？；). */
export const SENTENCE_END = /[.!?;。！？；؟]/;

/**
 * How far a sentence reaches on either side of a position. A "sentence" with no full stop can
 * be a whole page (a 10 MB text node, a list of names with no punctuation): reading it all for
 * each name made matching quadratic. A real sentence's cues sit well within this reach.
 */
export const SENTENCE_REACH = 400;

/**
 * The sentence around [start, end) of a folded text, as [from, to): `to` stops before the
 * sentence's closing mark. At most SENTENCE_REACH either side.
 */
export function sentenceAround(text: string, start: number, end: number = start): [number, number] {
  let from = start;
  const lo = Math.max(0, start - SENTENCE_REACH);
  const hi = Math.min(text.length, end + SENTENCE_REACH);
  while (from > lo) {
    const ch = text[from - 1] as string;
    // A full stop ends a sentence only before a space ("TEMP.Periscope" is one word).
    if (SENTENCE_END.test(ch) && (ch !== '.' || text[from] === ' ' || from === start)) break;
    from--;
  }
  let to = end;
  while (to < hi) {
    const ch = text[to] as string;
    if (SENTENCE_END.test(ch) && (ch !== '.' || to + 1 >= text.length || text[to + 1] === ' ')) break;
    to++;
  }
  return [from, to];
}
