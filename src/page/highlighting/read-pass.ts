/**
 * Reading: a pass walks the page block by block, matches each block's text and queues what
 * counts for writing, pausing (a generator's yield) after each piece of work so the caller can
 * cut it into slices. The part in view is read first. Names that count only on a page about
 * the story (src/core/about-story.ts) are held until the page shows it is.
 */
import type { Candidate, Matcher, Mention } from '../../core';
import { countingCandidates, namesTheStory } from '../../core/about-story';
import { outermost } from './outermost';
import { CHECKPOINT, enclosingBlock, insideSkippedTest, walkTextBlocks, type TextBlock } from './text-blocks';

/**
 * A block's text longer than this is matched a window at a time, pausing between windows
 * (a text node of megabytes would otherwise hold the page at once).
 */
const MATCH_WINDOW = 64 * 1024;

export interface ReaderOptions {
  matcher: Matcher;
  doc: Document;
  /** Told about every open shadow root met while reading. */
  onShadowRoot?: (root: ShadowRoot) => void;
  /** Takes a block's mentions that count, for writing. */
  queue: (block: TextBlock, found: readonly Mention[]) => void;
}

export function createReader({ matcher, doc, onShadowRoot: toldShadowRoot, queue }: ReaderOptions) {
  let aboutStory = false;
  // The page title counts as context: an article titled "APT40 …" is about the story.
  const titleIsAboutStory = () => !!doc.title && namesTheStory(matcher.candidates(doc.title));

  /**
   * Where to start reading the document: the block at the top of the viewport,
   * so what the reader sees is highlighted first. Null: from the beginning.
   */
  function firstVisibleBlock(root: Node): Element | null {
    const view = doc.defaultView;
    if (!view || root !== doc.body || view.scrollY < 50 || typeof doc.elementFromPoint !== 'function') return null;
    const hit = doc.elementFromPoint(view.innerWidth / 2, Math.min(40, view.innerHeight / 4));
    const block = hit?.closest('p,li,td,th,dd,dt,h1,h2,h3,h4,h5,h6,blockquote,pre,article,section,div');
    return block && block !== doc.body && root.contains(block) ? block : null;
  }

  /** The candidates in a long block's text, a window at a time, pausing between windows (a short one: matcher.candidates). */
  function* matchLongBlock(text: string): Generator<void, Candidate[]> {
    const found: Candidate[] = [];
    for (let from = 0; from < text.length; from += MATCH_WINDOW) {
      found.push(...matcher.candidates(text, { from, to: from + MATCH_WINDOW }));
      yield;
    }
    return found;
  }

  /** One pass over `roots`, pausing (yield) after each piece of work. */
  function* pass(roots: readonly Node[]): Generator<void> {
    const wasAbout = aboutStory;
    aboutStory ||= titleIsAboutStory();
    // Each root is read with the whole block it is part of; nested roots once.
    const widened = roots.map(enclosingBlock).map((n) => (n.nodeType === 9 ? (doc.body ?? doc.documentElement) : n));
    const inSkipped = insideSkippedTest(false);
    const rootsToRead = outermost(widened).filter(
      // The walk never checks its root itself: a root the page just made editable is left alone.
      (n) => !(n.nodeType === 1 && inSkipped(n)),
    );
    // Blocks holding names that only count on a page about the story: kept until that is known.
    let held: { block: TextBlock; candidates: Candidate[] }[] = [];
    const onShadowRoot = (shadow: ShadowRoot) => {
      toldShadowRoot?.(shadow);
      rootsToRead.push(shadow);
    };
    for (let root = rootsToRead.shift(); root; root = rootsToRead.shift()) {
      const start = firstVisibleBlock(root);
      const walks = start
        ? [walkTextBlocks(root, { onShadowRoot, from: start, withHighlights: true }), walkTextBlocks(root, { onShadowRoot, until: start, withHighlights: true })]
        : [walkTextBlocks(root, { onShadowRoot, withHighlights: true })];
      for (const walk of walks) {
        for (const block of walk) {
          if (block === CHECKPOINT) {
            yield;
            continue;
          }
          // The block is read with the text of our highlights, so that every name is judged by
          // the same words around it in every pass; names already highlighted (or overlapping
          // a highlight) are left out. (Most blocks are short: no generator for them.)
          const { text, highlighted } = block;
          const found = text.length <= MATCH_WINDOW ? matcher.candidates(text) : yield* matchLongBlock(text);
          const candidates = highlighted ? found.filter((c) => !highlighted.some(([a, b]) => c.start < b && c.end > a)) : found;
          if (!candidates.length) continue;
          if (!aboutStory && namesTheStory(candidates)) {
            aboutStory = true;
            // The page just turned out to be about the story: the held blocks count now.
            for (const h of held) {
              queue(h.block, countingCandidates(h.candidates, aboutStory));
              yield;
            }
            held = [];
          }
          if (aboutStory || candidates.every((c) => c.verdict === 'accept')) queue(block, countingCandidates(candidates, aboutStory));
          // Its sure names wait with the rest, so that a block is written once.
          else held.push({ block, candidates });
          yield;
        }
      }
    }
    for (const h of held) {
      queue(h.block, countingCandidates(h.candidates, aboutStory));
      yield;
    }
    // This pass made the page about the story: names held back elsewhere in the document
    // by earlier passes now count, so read the whole document again.
    if (aboutStory && !wasAbout && doc.body && !roots.includes(doc.body)) yield* pass([doc.body]);
  }

  return { pass, aboutStory: () => aboutStory };
}
