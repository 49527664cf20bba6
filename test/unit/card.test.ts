import { describe, expect, it } from 'vitest';
import { dataset } from '../../src/data/dataset';
import { cardWidth, MARGIN, placeCard, type Box, type Placement, type Size } from '../../src/page/card/card-position';
import { cardContent } from '../../src/background/card-texts';

describe('hover card content', () => {
  it('puts the name as written on the page first, and never repeats a name', () => {
    const c = cardContent(dataset, 'apt40', 'Kryptonite Panda', 'en')!;
    expect(c.entityId).toBe('apt40');
    expect(c.name).toBe('APT40');
    expect(c.matched).toBe('Kryptonite Panda');
    expect(c.otherNames).not.toContain('Kryptonite Panda');
    expect(c.otherNames).not.toContain('APT40');
    expect(new Set(c.otherNames.map((n) => n.toLowerCase())).size).toBe(c.otherNames.length);
  });

  it('does not repeat the name when the page wrote the canonical one', () => {
    expect(cardContent(dataset, 'apt31', 'APT31', 'en')!.matched).toBeNull();
  });

  it('speaks Arabic in Arabic: names, description, and the article sentence itself', () => {
    const c = cardContent(dataset, 'mss', 'MSS', 'ar')!;
    expect(c.name).toBe('وزارة أمن الدولة الصينية');
    expect(c.description).toMatch(/الاستخبارات/);
    const blinken = c.quotes.find((q) => q.claimId === 'blinken-exchange')!;
    expect(blinken.sentence).toBe(dataset.article.sentences.find((s) => s.id === 's6')!.ar);
    expect(blinken.speaker).toMatch(/بلينكن/);
  });

  it('quotes at most two claims about the entity, quotes first', () => {
    const c = cardContent(dataset, 'exchange-hack', 'ProxyLogon', 'en')!;
    expect(c.quotes).toHaveLength(2);
    expect(c.quotes.map((q) => q.claimId)).toEqual(['blinken-exchange', 'borrell-exchange']);
    expect(c.quotes[0]!.sentence).toMatch(/Microsoft Exchange/);
  });
});

describe('hover card placement (card-position.ts)', () => {
  const viewport = { width: 1000, height: 800 };
  const card = { width: 360, height: 300 };
  type Rect = { top: number; left: number; right: number; bottom: number };

  /** Where the card ends up on screen: its height is its natural one, capped by maxHeight. */
  function boxOf(p: Placement, height: number, vp: Size): Rect {
    const h = Math.min(height, p.maxHeight);
    const top = p.top ?? vp.height - (p.bottom ?? 0) - h;
    return { top, bottom: top + h, left: p.left, right: p.left + p.width };
  }
  const inside = (b: Rect, vp: Size) => b.top >= MARGIN - 0.5 && b.left >= MARGIN - 0.5 && b.bottom <= vp.height - MARGIN + 0.5 && b.right <= vp.width - MARGIN + 0.5;
  const covers = (b: Rect, a: Box) => b.top < a.top + a.height && a.top < b.bottom && b.left < a.left + a.width && a.left < b.right;

  it('goes below the highlight when there is room, aligned with its start edge', () => {
    expect(placeCard({ top: 100, left: 50, width: 80, height: 20 }, card, viewport)).toEqual({
      placement: 'below',
      top: 126,
      bottom: null,
      left: 50,
      width: 360,
      maxHeight: 666,
    });
  });

  it('flips above near the bottom of the viewport, its bottom edge just above the highlight (so it grows upwards)', () => {
    const p = placeCard({ top: 700, left: 50, width: 80, height: 20 }, card, viewport);
    expect(p).toMatchObject({ placement: 'above', top: null, bottom: 106, maxHeight: 686 });
    expect(boxOf(p, card.height, viewport)).toMatchObject({ top: 394, bottom: 694 });
    // Grown taller (More), it is capped by the room above and still clear of the highlight.
    const grown = boxOf(p, 5000, viewport);
    expect(grown.top).toBe(8);
    expect(grown.bottom).toBe(694);
  });

  it('stays inside the viewport at the right edge, and aligns to the right edge in Arabic', () => {
    expect(placeCard({ top: 100, left: 950, width: 40, height: 20 }, card, viewport).left).toBe(632);
    expect(placeCard({ top: 100, left: 500, width: 100, height: 20 }, card, viewport, true).left).toBe(240);
    expect(placeCard({ top: 100, left: 2, width: 10, height: 20 }, card, viewport, true).left).toBe(8);
  });

  it('is as wide as a narrow window allows, less its margins', () => {
    expect(cardWidth(1000)).toBe(360);
    expect(cardWidth(320)).toBe(304);
    expect(cardWidth(10)).toBe(0);
    expect(placeCard({ top: 100, left: 200, width: 60, height: 20 }, card, { width: 320, height: 600 })).toMatchObject({ left: 8, width: 304 });
  });

  it('shrinks a card taller than the room on either side rather than cover its highlight', () => {
    for (const anchorTop of [10, 360, 700]) {
      const anchor = { top: anchorTop, left: 10, width: 10, height: 20 };
      const p = placeCard(anchor, { width: 300, height: 2000 }, viewport);
      const b = boxOf(p, 2000, viewport);
      expect(covers(b, anchor), `anchor at ${anchorTop}: card ${b.top}..${b.bottom}`).toBe(false);
      expect(inside(b, viewport)).toBe(true);
    }
  });

  it('takes the whole height of a window too short for either side, and never leaves it', () => {
    const vp = { width: 320, height: 200 };
    const p = placeCard({ top: 90, left: 100, width: 50, height: 20 }, card, vp);
    expect(p).toMatchObject({ placement: 'over', top: 8, maxHeight: 184 });
    expect(inside(boxOf(p, card.height, vp), vp)).toBe(true);
  });

  // Every corner and edge of the window, a highlight partly or wholly scrolled out, wide and narrow
  // windows, short and long cards, left-to-right and right-to-left: the card is always wholly inside.
  const viewports: Size[] = [
    { width: 1280, height: 800 },
    { width: 320, height: 568 },
    { width: 320, height: 240 },
    { width: 360, height: 120 },
  ];
  for (const vp of viewports) {
    it(`is wholly inside a ${vp.width} × ${vp.height} window wherever its highlight is`, () => {
      const failures: string[] = [];
      const xs = [-40, 0, 4, vp.width / 2, vp.width - 60, vp.width - 4, vp.width + 10];
      const ys = [-30, -10, 0, 4, vp.height / 2, vp.height - 30, vp.height - 4, vp.height, vp.height + 20];
      for (const x of xs)
        for (const y of ys)
          for (const height of [120, 420, 3000])
            for (const rtl of [false, true]) {
              const anchor = { top: y, left: x, width: 50, height: 18 };
              const p = placeCard(anchor, { width: 360, height }, vp, rtl);
              const b = boxOf(p, height, vp);
              if (!inside(b, vp) || p.maxHeight < 0 || p.width <= 0) failures.push(`${JSON.stringify({ anchor, height, rtl })} → ${JSON.stringify(b)}`);
              // Beside the highlight whenever a side has reasonable room: it does not cover it.
              if (p.placement !== 'over' && covers(b, anchor) && y >= 0 && y + 18 <= vp.height) failures.push(`covers ${JSON.stringify({ anchor, height, rtl })}`);
            }
      expect(failures).toEqual([]);
    });
  }
});
