/**
 * Which highlight the keyboard commands visit: the one after or before the current one, in
 * page order, wrapping round at either end. With no current one, "next" starts at the first
 * and "previous" at the last, so either key finds something on a fresh page.
 */
import type { MentionDirection } from '../../messaging/protocol';

/** The mention to visit and its first mark still in the page, or null when there is none. */
export function mentionToVisit<M extends { marks: HTMLElement[] }>(
  mentions: readonly M[],
  current: M | null,
  direction: MentionDirection,
): { mention: M; mark: HTMLElement } | null {
  const n = mentions.length;
  if (!n) return null;
  const at = current ? mentions.indexOf(current) : -1;
  // With none current, "next" steps from just before the first and "previous" from just after the last.
  const from = at >= 0 ? at : direction === 'next' ? -1 : n;
  const mention = mentions[(from + (direction === 'next' ? 1 : -1) + n) % n];
  const mark = mention?.marks.find((el) => el.isConnected);
  return mention && mark ? { mention, mark } : null;
}
