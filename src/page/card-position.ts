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
}

const GAP = 6;
const MARGIN = 8;

export function placeCard(anchor: Box, card: { width: number; height: number }, viewport: { width: number; height: number }, rtl = false): Placement {
  const below = anchor.top + anchor.height + GAP;
  const roomBelow = viewport.height - below - MARGIN;
  const roomAbove = anchor.top - GAP - MARGIN;
  const placement = card.height <= roomBelow || roomBelow >= roomAbove ? 'below' : 'above';
  let top = placement === 'below' ? below : anchor.top - GAP - card.height;
  top = Math.min(Math.max(MARGIN, top), Math.max(MARGIN, viewport.height - card.height - MARGIN));
  // Align with the highlight's start edge (its right edge in right-to-left text).
  let left = rtl ? anchor.left + anchor.width - card.width : anchor.left;
  left = Math.min(Math.max(MARGIN, left), Math.max(MARGIN, viewport.width - card.width - MARGIN));
  return { top: Math.round(top), left: Math.round(left), placement };
}
