/** Takes the reader to a highlight: scrolls it into view and flashes it briefly. */
import type { HighlightedMention } from '../highlighting/highlight-registry';

export const FLASH_ATTRIBUTE = 'data-attribution-lens-flash';
const FLASH_MS = 1600;

export function revealMention(mention: HighlightedMention): boolean {
  const marks = mention.marks.filter((m) => m.isConnected);
  const first = marks[0];
  if (!first) return false;
  first.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'smooth' });
  for (const m of marks) m.setAttribute(FLASH_ATTRIBUTE, '');
  setTimeout(() => marks.forEach((m) => m.removeAttribute(FLASH_ATTRIBUTE)), FLASH_MS);
  return true;
}
