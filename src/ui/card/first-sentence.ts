/**
 * A dataset text split after its first sentence, so the compact card can say what an entity is
 * in one sentence and "More" can add the rest in place. Intl.Segmenter knows each script's sentence
 * ends (Arabic ones too); the text itself is never cut inside a sentence or altered. Pure.
 */
import type { Lang } from '../../messaging/protocol';

/** [the first sentence, the rest] of `text`; the rest is '' for a single sentence. */
export function splitFirstSentence(text: string, lang: Lang): [string, string] {
  const first = new Intl.Segmenter(lang, { granularity: 'sentence' }).segment(text)[Symbol.iterator]().next();
  if (first.done) return [text, ''];
  const head = first.value.segment;
  return [head.trimEnd(), text.slice(head.length).trimStart()];
}
