/**
 * The highlights one highlighter made: each mention with its id, its marks, its snippet and sentence,
 * in the order they were made, and the mention each mark belongs to.
 */
import type { Mention } from '../../core';
import { unwrapAll } from './cut-record';

export interface HighlightedMention extends Mention {
  /** Unique within the document while the highlight lives ("m1", "m2"…). */
  id: string;
  /** The mark elements of this mention, in order (several when it spans inline elements). */
  marks: HTMLElement[];
  /** The text around it in its block, as it was when highlighted (the popup's list shows it). */
  snippet: string;
  /** Its sentence, cut to a reasonable length (the export's context column). */
  sentence: string;
}

/** Wraps every DOM change we make (the annotator pauses its observer there). */
export type Mutate = <T>(edit: () => T) => T;

export type HighlightRegistry = ReturnType<typeof createRegistry>;

const onPage = (m: HighlightedMention) => m.marks.some((el) => el.isConnected);

export function createRegistry(mutate: Mutate) {
  let live: HighlightedMention[] = [];
  let seq = 0;
  const byMark = new WeakMap<Element, HighlightedMention>();

  const forget = (gone: ReadonlySet<HighlightedMention>) => {
    live = live.filter((m) => !gone.has(m));
  };

  return {
    /** Records a highlight just written. */
    add(mention: Mention, marks: HTMLElement[], context: { snippet: string; sentence: string }): HighlightedMention {
      const highlighted: HighlightedMention = { ...mention, id: `m${++seq}`, marks, ...context };
      marks.forEach((el) => byMark.set(el, highlighted));
      live.push(highlighted);
      return highlighted;
    },
    /**
     * A block written last first adds its highlights in reverse (each joins the list as it is
     * made, so that clearing or an abort mid-block finds them): puts `made`, the latest
     * additions, back in document order, and returns them so.
     */
    inDocumentOrder(made: readonly HighlightedMention[]): HighlightedMention[] {
      const mine = new Set(made);
      let from = live.length;
      while (from > 0 && mine.has(live[from - 1] as HighlightedMention)) from--;
      const added = live.slice(from).reverse();
      live.splice(from, added.length, ...added);
      return added;
    },
    /** Every highlight made and not removed, on the page or not (the page may put one back). */
    all: (): readonly HighlightedMention[] => live,
    /** The highlights on the page, in the order they were made. */
    onPage: () => live.filter(onPage),
    /** How many are on the page; walks them all. */
    countOnPage: () => live.reduce((n, m) => n + (onPage(m) ? 1 : 0), 0),
    mentionOf: (mark: Element): HighlightedMention | undefined => byMark.get(mark),
    /** Forgets these highlights (their marks are gone already). */
    forget,
    /** Removes these highlights from the page (as one change of ours) and forgets them. */
    drop(gone: readonly HighlightedMention[]): void {
      if (!gone.length) return;
      mutate(() => gone.forEach((m) => unwrapAll(m.marks)));
      forget(new Set(gone));
    },
    /** Forgets highlights gone for good (the page dropped them) once there are more than `limit`. */
    pruneBeyond(limit: number): void {
      if (live.length > limit) live = live.filter(onPage);
    },
    /** Removes every highlight. Nothing written, nothing changed: no edit of ours is reported then. */
    clear(): void {
      if (live.length) mutate(() => live.forEach((m) => unwrapAll(m.marks)));
      live = [];
    },
  };
}
