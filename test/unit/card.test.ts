import { describe, expect, it } from 'vitest';
import { dataset } from '../../src/data/dataset';
import { placeCard } from '../../src/page/card/card-position';
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

describe('hover card placement', () => {
  const viewport = { width: 1000, height: 800 };
  const card = { width: 360, height: 300 };

  it('goes below the highlight when there is room', () => {
    expect(placeCard({ top: 100, left: 50, width: 80, height: 20 }, card, viewport)).toEqual({
      top: 126,
      left: 50,
      placement: 'below',
      maxHeight: 666,
    });
  });

  it('flips above near the bottom of the viewport', () => {
    const p = placeCard({ top: 700, left: 50, width: 80, height: 20 }, card, viewport);
    expect(p.placement).toBe('above');
    expect(p.top).toBe(394);
  });

  it('stays inside the viewport at the right edge, and aligns to the right edge in Arabic', () => {
    expect(placeCard({ top: 100, left: 950, width: 40, height: 20 }, card, viewport).left).toBe(632);
    expect(placeCard({ top: 100, left: 500, width: 100, height: 20 }, card, viewport, true).left).toBe(240);
    expect(placeCard({ top: 100, left: 2, width: 10, height: 20 }, card, viewport, true).left).toBe(8);
  });

  it('shrinks a card taller than the room on either side rather than cover its highlight', () => {
    for (const anchorTop of [10, 360, 700]) {
      const anchor = { top: anchorTop, left: 10, width: 10, height: 20 };
      const p = placeCard(anchor, { width: 300, height: 2000 }, viewport);
      const bottom = p.top + Math.min(2000, p.maxHeight);
      const covers = p.top < anchor.top + anchor.height && bottom > anchor.top;
      expect(covers, `anchor at ${anchorTop}: card ${p.top}..${bottom}`).toBe(false);
      expect(p.top).toBeGreaterThanOrEqual(8);
      expect(bottom).toBeLessThanOrEqual(792);
    }
  });
});
