/**
 * "The story" as the popup shows it, resolved from the bundled dataset: each claim
 * with its speaker and the article sentence it comes from, the quotes, and the
 * sources in reading order. Pure, so it is tested in Node against the real dataset.
 */
import type { Claim, Dataset, Entity, EntityId } from '../../../data/schema';

type Sentence = Dataset['article']['sentences'][number];
type Speaker = Dataset['speakers'][number];
export type Source = Dataset['sources'][number];

export interface StoryClaim {
  claim: Claim;
  speaker: Speaker;
  sentence: Sentence;
  /** The sentence's position in the article, from 1. */
  sentenceNumber: number;
}

export interface Story {
  /** Claims that report what was said, in article order. */
  points: StoryClaim[];
  /** Claims that quote someone, in article order. */
  quotes: StoryClaim[];
  /** The entities the claims name, in dataset order (the accused). */
  accused: Entity[];
  sources: Source[];
}

/**
 * Resolves every reference of the story. The dataset is validated at build time,
 * so a dangling reference here is a programming error and throws with its name.
 */
export function buildStory(dataset: Dataset): Story {
  const sentences = new Map(dataset.article.sentences.map((s, i) => [s.id, { sentence: s, number: i + 1 }]));
  const speakers = new Map(dataset.speakers.map((s) => [s.id, s]));
  const resolved = dataset.claims.map((claim): StoryClaim => {
    const at = sentences.get(claim.sentence);
    const speaker = speakers.get(claim.speaker);
    if (!at) throw new Error(`claim ${claim.id}: no article sentence ${claim.sentence}`);
    if (!speaker) throw new Error(`claim ${claim.id}: no speaker ${claim.speaker}`);
    return { claim, speaker, sentence: at.sentence, sentenceNumber: at.number };
  });
  const named = new Set<EntityId>(dataset.claims.flatMap((c) => c.entities));
  return {
    points: resolved.filter((c) => !c.claim.quote),
    quotes: resolved.filter((c) => c.claim.quote),
    accused: dataset.entities.filter((e) => named.has(e.id)),
    sources: dataset.sources,
  };
}

/** A source by id (timeline and China's response cite sources by id). */
export function sourceById(dataset: Dataset, id: string): Source | undefined {
  return dataset.sources.find((s) => s.id === id);
}
