/**
 * The "about the story" rule, in one place for the content script and the background. Some
 * names are also ordinary words or other things (Leviathan, hafnium, a bare "MSS"): such a
 * candidate carries the verdict `page`, and counts only on a page that is about the story,
 * which a page shows by naming one of the four entities unambiguously somewhere (in any block,
 * or in its title).
 */
import type { Candidate } from './matcher-types';

/** True when these candidates name the story beyond doubt (so the page is about it). */
export const namesTheStory = (candidates: readonly Candidate[]): boolean => candidates.some((c) => c.unambiguous);

/** The candidates that count, given whether the page is about the story. */
export const countingCandidates = (candidates: readonly Candidate[], aboutStory: boolean): Candidate[] =>
  candidates.filter((c) => c.verdict === 'accept' || aboutStory);
