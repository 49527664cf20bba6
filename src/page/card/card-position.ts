/**
 * Where the hover card goes: beside the highlight, below it when there is room,
 * above it otherwise, always inside the viewport. Pure geometry, tested in Node.
 */
export interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
}

export interface Placement {
  top: number;
  left: number;
  placement: 'above' | 'below';
  /** The card's height must not exceed this, so it never covers its own highlight. */
  maxHeight: number;
}

const GAP = 6;
const MARGIN = 8;

export function placeCard(anchor: Box, card: { width: number; height: number }, viewport: { width: number; height: number }, rtl = false): Placement {
  const below = anchor.top + anchor.height + GAP;
  const roomBelow = viewport.height - below - MARGIN;
  const roomAbove = anchor.top - GAP - MARGIN;
  const placement = card.height <= roomBelow || roomBelow >= roomAbove ? 'below' : 'above';
  // Where neither side has room for the whole card, it shrinks (and scrolls) to the side it is on.
  const maxHeight = Math.max(80, placement === 'below' ? roomBelow : roomAbove);
  const height = Math.min(card.height, maxHeight);
  const top = placement === 'below' ? below : Math.max(MARGIN, anchor.top - GAP - height);
  // Align with the highlight's start edge (its right edge in right-to-left text).
  let left = rtl ? anchor.left + anchor.width - card.width : anchor.left;
  left = Math.min(Math.max(MARGIN, left), Math.max(MARGIN, viewport.width - card.width - MARGIN));
  return { top: Math.round(top), left: Math.round(left), placement, maxHeight: Math.round(maxHeight) };
}
