// @vitest-environment jsdom
/**
 * The hover card's view (src/ui/card/hover-card.tsx) with the dataset's real texts: the compact
 * card (what it is, its role, one sentence with its provenance), "More" for the rest, its controls
 * reachable with Tab, and its Arabic (punctuation, dates, the extension's Arabic name).
 */
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cardContent } from '../../src/background/card-texts';
import { dataset } from '../../src/data/dataset';
import type { CardContent, Lang } from '../../src/messaging/protocol';
import { CARD_STRINGS } from '../../src/ui/card/card-strings';
import { HoverCard } from '../../src/ui/card/hover-card';
import { formatDatasetDate } from '../../src/ui/format-date';

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

function show(content: CardContent, lang: Lang, onClose = vi.fn(), onLayout = vi.fn()) {
  act(() => render(h(HoverCard, { content, lang, onClose, onLayout, onPointerEnter: vi.fn(), onPointerLeave: vi.fn() }), root));
  const card = root.querySelector<HTMLElement>('.card')!;
  const more = card.querySelector<HTMLButtonElement>('.card__more')!;
  return { card, more, onClose, onLayout, text: () => card.textContent ?? '' };
}
const content = (id: string, matched: string, lang: Lang) => cardContent(dataset, id, matched, lang)!;
const press = (el: Element, key: string, shiftKey = false) =>
  act(() => void el.dispatchEvent(new KeyboardEvent('keydown', { key, shiftKey, bubbles: true, cancelable: true })));

describe('the compact card', () => {
  it('says what the entity is, its role and ONE sentence with its provenance, and no more', () => {
    const c = content('exchange-hack', 'ProxyLogon', 'en');
    const { card, more, text } = show(c, 'en');
    expect(card.getAttribute('role')).toBe('dialog');
    expect(card.getAttribute('aria-label')).toBe(c.name);
    expect(card.querySelector('.card__kind')?.textContent).toBe('Cyber incident');
    expect(card.querySelector('.card__name')?.textContent).toBe(c.name);
    expect(card.querySelector('.card__matched')?.textContent).toBe('ProxyLogon (as written here)');
    // The first sentence of the description and of the role, never a sentence cut.
    expect(card.querySelector('.card__description')?.textContent).toBe(c.description.slice(0, c.description.indexOf(').') + 2));
    expect(c.role.startsWith(card.querySelector('.card__role')!.textContent!)).toBe(true);
    expect(card.querySelector('.card__role')?.textContent).toMatch(/\.$/);
    // The most relevant sentence, with what its wording is and who said it.
    const quotes = card.querySelectorAll('.card__quote');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.getAttribute('data-kind')).toBe(c.quotes[0]!.kind);
    expect(quotes[0]!.querySelector('blockquote')?.textContent).toBe(c.quotes[0]!.sentence);
    expect(quotes[0]!.querySelector('.card__wording')?.textContent).toBe(CARD_STRINGS.en.wording[c.quotes[0]!.kind]);
    expect(quotes[0]!.querySelector('.card__speaker')?.textContent).toBe(`— ${c.quotes[0]!.speaker}, 19 July 2021`);
    // The rest waits behind More.
    expect(more.textContent).toBe('More');
    expect(more.getAttribute('aria-expanded')).toBe('false');
    expect(card.querySelector(`#${more.getAttribute('aria-controls')}`)?.hasAttribute('hidden')).toBe(true);
    for (const hidden of ['.card__aliases', '.card__group', '.card__original']) {
      expect(card.querySelector(hidden), hidden).toBeNull();
    }
    // What the sources say against the shown sentence is never folded away, nor whence the
    // description and role come (they are not the article's).
    expect(c.quotes[0]!.check).toBeTruthy();
    expect(quotes[0]!.querySelector('.card__check')?.textContent).toContain(c.quotes[0]!.check!);
    expect(card.querySelector('.card__sources')?.textContent).toContain('Microsoft');
    expect(text()).not.toContain(c.group!.names[0]!.text);
    expect(text()).toContain('citing Reuters');
    expect(text()).toContain('Attribution Lens');
  });

  it('More opens the rest in place (other names, the group, other sentences, own words, checks, sources); Less folds it', () => {
    const c = content('exchange-hack', 'ProxyLogon', 'en');
    const { card, more, text, onLayout } = show(c, 'en');
    const layouts = onLayout.mock.calls.length;
    expect(layouts).toBeGreaterThan(0);
    act(() => more.click());
    expect(more.textContent).toBe('Less');
    expect(more.getAttribute('aria-expanded')).toBe('true');
    expect(card.querySelector(`#${more.getAttribute('aria-controls')}`)?.hasAttribute('hidden')).toBe(false);
    // The card was placed again for its new height.
    expect(onLayout.mock.calls.length).toBeGreaterThan(layouts);
    expect(card.querySelector('.card__description')?.textContent).toBe(c.description);
    expect(card.querySelector('.card__role')?.textContent).toBe(c.role);
    expect(card.querySelectorAll('.card__quote')).toHaveLength(c.quotes.length);
    for (const name of c.otherNames) expect(card.querySelector('.card__aliases')?.textContent).toContain(name);
    for (const n of c.group!.names) expect(card.querySelector('.card__group')?.textContent).toContain(`${n.text} (${n.vendor}, ${n.coined})`);
    const borrell = c.quotes.find((q) => q.claimId === 'borrell-exchange')!;
    expect(text()).toContain(borrell.original!.text);
    expect(card.querySelector('.card__sources')?.textContent).toContain('Microsoft');
    act(() => more.click());
    expect(card.querySelectorAll('.card__quote')).toHaveLength(1);
    expect(card.querySelector('.card__aliases')).toBeNull();
  });

  it('never signs the article’s narration with a speaker', () => {
    const c = content('apt40', 'APT40', 'en');
    const narration: CardContent = { ...c, quotes: [{ ...c.quotes[0]!, kind: 'narration', speaker: null, original: null }] };
    const { card } = show(narration, 'en');
    expect(card.querySelector('.card__speaker')?.textContent).toBe(CARD_STRINGS.en.narration);
    expect(card.querySelector('.card__wording')?.textContent).toBe(CARD_STRINGS.en.wording.narration);
  });

  it('Tab and Shift+Tab cycle the card’s own controls, Close and More', () => {
    const { card, more, onClose } = show(content('apt31', 'APT31', 'en'), 'en');
    const close = card.querySelector<HTMLButtonElement>('.card__close')!;
    expect(close.getAttribute('aria-label')).toBe('Close');
    act(() => card.focus());
    expect(document.activeElement).toBe(card);
    press(card, 'Tab');
    expect(document.activeElement).toBe(close);
    press(close, 'Tab');
    expect(document.activeElement).toBe(more);
    press(more, 'Tab');
    expect(document.activeElement).toBe(close);
    press(close, 'Tab', true);
    expect(document.activeElement).toBe(more);
    act(() => close.click());
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});

describe('the Arabic card', () => {
  it('is right-to-left, with Arabic commas between names, Intl dates and the extension’s Arabic name', () => {
    const c = content('apt31', 'APT31', 'ar');
    const { card, more, text } = show(c, 'ar');
    expect([card.getAttribute('lang'), card.getAttribute('dir')]).toEqual(['ar', 'rtl']);
    const date = formatDatasetDate('2021-07-19', 'ar');
    expect(card.querySelector('.card__subhead')?.textContent).toBe(`في اتهامات ${date}`);
    expect(card.querySelector('.card__speaker')?.textContent).toBe(`— ${c.quotes[0]!.speaker}، ${date}`);
    expect(card.querySelector('.card__source')?.textContent).toContain(formatDatasetDate('2021-07-20', 'ar'));
    expect(text()).toContain('عدسة الإسناد');
    expect(text()).not.toContain('Attribution Lens');
    expect(more.textContent).toBe('المزيد');
    act(() => more.click());
    const names = card.querySelector('.card__aliases')!.textContent!;
    expect(c.otherNames.length).toBeGreaterThan(1);
    expect(names).toContain('، ');
    expect(names).not.toContain(', ');
  });
});
