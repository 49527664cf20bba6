/**
 * Where the hover card goes and how big it may be: beside the highlight, below it when there
 * is room, above it otherwise, and always wholly inside the viewport, however small the window
 * or wherever the highlight (even partly scrolled out). Pure geometry, tested in Node.
 */
export interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
}

export interface Size {
  width: number;
  height: number;
}

export interface Placement {
  /**
   * below: under the highlight; above: over it, its bottom edge held just above the highlight
   * (so a card that grows, e.g. on "More", grows upwards, away from it); over: the window is too
   * short for either side, so the card takes the viewport's height and may cover the highlight.
   */
  placement: 'above' | 'below' | 'over';
  /** Distance of the card's top edge from the viewport's top (below, over), else null. */
  top: number | null;
  /** Distance of the card's bottom edge from the viewport's bottom (above), else null. */
  bottom: number | null;
  left: number;
  width: number;
  /** The card scrolls inside itself beyond this height. */
  maxHeight: number;
}

/** The card's width when the window has room for it. */
export const CARD_WIDTH = 360;
const GAP = 6;
export const MARGIN = 8;
/** Below this room on either side, the card is too short to read: it takes the whole height instead. */
const MIN_HEIGHT = 140;

/** The card's width in a viewport this wide: its own width, or the viewport's less the margins. */
export function cardWidth(viewportWidth: number, preferred = CARD_WIDTH): number {
  return Math.max(0, Math.floor(Math.min(preferred, viewportWidth - 2 * MARGIN)));
}

const clamp = (v: number, lo: number, hi: number) => Math.min(Math.max(v, lo), hi);

/** Places a card of natural size `card` beside `anchor` (viewport coordinates) in `viewport`. */
export function placeCard(anchor: Box, card: Size, viewport: Size, rtl = false): Placement {
  const width = cardWidth(viewport.width, card.width);
  // The card's edges beside the highlight, kept inside the margins: a highlight partly or wholly
  // scrolled out still has a side for the card.
  const belowTop = clamp(anchor.top + anchor.height + GAP, MARGIN, viewport.height - MARGIN);
  const aboveBottom = clamp(anchor.top - GAP, MARGIN, viewport.height - MARGIN);
  const roomBelow = Math.floor(viewport.height - MARGIN - belowTop);
  const roomAbove = Math.floor(aboveBottom - MARGIN);
  const whole = Math.max(0, Math.floor(viewport.height - 2 * MARGIN));

  let vertical: Pick<Placement, 'placement' | 'top' | 'bottom' | 'maxHeight'>;
  if (card.height <= roomBelow || (roomBelow >= roomAbove && roomBelow >= MIN_HEIGHT)) {
    vertical = { placement: 'below', top: Math.round(belowTop), bottom: null, maxHeight: roomBelow };
  } else if (roomAbove >= MIN_HEIGHT || card.height <= roomAbove) {
    vertical = { placement: 'above', top: null, bottom: Math.round(viewport.height - aboveBottom), maxHeight: roomAbove };
  } else {
    vertical = { placement: 'over', top: MARGIN, bottom: null, maxHeight: whole };
  }

  // Aligned with the highlight's start edge (its right edge in right-to-left text), then kept inside.
  const start = rtl ? anchor.left + anchor.width - width : anchor.left;
  const left = Math.round(clamp(start, MARGIN, Math.max(MARGIN, viewport.width - width - MARGIN)));
  return { ...vertical, left, width };
}
