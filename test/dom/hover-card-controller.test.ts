// @vitest-environment jsdom
/**
 * The hover card's controller (src/page/card/hover-card-controller.ts): when the card opens and
 * closes for the reader's pointer, focus and keys, in each `cardTrigger` mode, and where the focus
 * goes. card.js (the view) and the background's texts are fakes here; what the card shows is
 * tested in hover-card.test.ts and end to end.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CardContent } from '../../src/messaging/protocol';
import type { CardView, CardViewShow } from '../../src/page/card/card-view-contract';
import type { HighlightedMention } from '../../src/page/highlighting/highlight-registry';
import type { CardTrigger } from '../../src/settings/settings-schema';
import { useFakeTimers } from './helpers/fake-clock';
import { fireTrusted } from './helpers/trusted-events';

const fakes = vi.hoisted(() => ({
  loadCardView: vi.fn(),
  sendMessage: vi.fn(),
}));
vi.mock('../../src/page/card/card-loader', () => ({ loadCardView: fakes.loadCardView }));
vi.mock('../../src/messaging/protocol', () => ({ sendMessage: fakes.sendMessage }));
const { createHoverCardController } = await import('../../src/page/card/hover-card-controller');

/** What the controller waits before opening, and before closing: stated by the controller's tests as its behaviour. */
const OPEN_DELAY_MS = 350;
const CLOSE_DELAY_MS = 300;

/** A fake card view that records what it was asked to show; its host takes the focus as the real card does. */
function fakeView() {
  const host = document.createElement('div');
  host.tabIndex = -1;
  const view = {
    host,
    visible: false,
    shown: [] as CardViewShow[],
    show(what: CardViewShow) {
      view.shown.push(what);
      view.visible = true;
      if (!view.host.isConnected) document.body.append(view.host);
    },
    focus() {
      view.host.focus();
    },
    hide() {
      view.visible = false;
      view.host.remove();
    },
  } satisfies CardView & Record<string, unknown>;
  return view;
}

const content = (mention: HighlightedMention): CardContent => ({
  entityId: mention.entity,
  kind: 'group',
  name: mention.text,
  matched: null,
  otherNames: [],
  description: '',
  role: '',
  quotes: [],
  group: null,
  sources: [],
  dates: { event: '2021-07-19', published: '2021-07-20' },
});

let controller: AbortController;
let view: ReturnType<typeof fakeView>;
const mentions = new Map<Element, HighlightedMention>();

/** A highlight on the page, as the annotator writes it. */
function highlight(entity: 'apt40' | 'apt31', text: string): { mark: HTMLElement; mention: HighlightedMention } {
  const mark = document.createElement('mark');
  mark.dataset.attributionLens = entity;
  mark.textContent = text;
  document.body.append(mark);
  const mention = { id: `m${mentions.size + 1}`, entity, text, marks: [mark], snippet: text } as unknown as HighlightedMention;
  mentions.set(mark, mention);
  return { mark, mention };
}

function start(options: { watch?: boolean; alive?: () => boolean; trigger?: CardTrigger } = {}) {
  const card = createHoverCardController({
    trigger: options.trigger,
    ctx: {} as ContentScriptContext,
    doc: document,
    signal: controller.signal,
    mentionOf: (mark) => mentions.get(mark),
    language: () => 'en',
    alive: options.alive,
  });
  if (options.watch ?? true) card.watchMarks();
  return card;
}

/** A focusable control of the page, to move the focus to. */
function pageButton(): HTMLButtonElement {
  const button = document.createElement('button');
  button.textContent = 'elsewhere';
  document.body.append(button);
  return button;
}

beforeEach(() => {
  useFakeTimers();
  Element.prototype.scrollIntoView = vi.fn();
  controller = new AbortController();
  view = fakeView();
  fakes.loadCardView.mockImplementation(async () => async () => view);
  fakes.sendMessage.mockImplementation(async (type: string, data: { entity: string; matched: string }) =>
    type === 'getCardContent' ? content({ entity: data.entity, text: data.matched } as HighlightedMention) : undefined,
  );
});
afterEach(() => {
  controller.abort();
  vi.useRealTimers();
  vi.clearAllMocks();
  mentions.clear();
  document.body.replaceChildren();
});

describe('hover card controller', () => {
  it('opens for a highlight the pointer rests on, only after its delay, with that mention\'s texts', async () => {
    const card = start();
    const { mark } = highlight('apt40', 'APT40');
    fireTrusted(mark, 'pointerover', 'pointer');
    await vi.advanceTimersByTimeAsync(OPEN_DELAY_MS - 1);
    expect(view.visible).toBe(false);
    expect(card.shownEntity()).toBeNull();
    // The card's code is asked for while the pointer rests, before the card opens.
    expect(fakes.loadCardView).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(view.visible).toBe(true);
    expect(card.shownEntity()).toBe('apt40');
    expect(view.shown.at(-1)).toMatchObject({ mark, lang: 'en', content: { entityId: 'apt40', name: 'APT40' } });
    expect(fakes.sendMessage).toHaveBeenCalledWith('getCardContent', { entity: 'apt40', matched: 'APT40', lang: 'en' });
  });

  it('does not open when the pointer only passes over a highlight', async () => {
    const card = start();
    const { mark } = highlight('apt40', 'APT40');
    fireTrusted(mark, 'pointerover', 'pointer');
    await vi.advanceTimersByTimeAsync(OPEN_DELAY_MS / 2);
    fireTrusted(mark, 'pointerout', 'pointer');
    await vi.advanceTimersByTimeAsync(OPEN_DELAY_MS * 2);
    expect(view.visible).toBe(false);
    expect(card.shownEntity()).toBeNull();
  });

  it('opens at once when a highlight gets focus', async () => {
    const card = start();
    const { mark } = highlight('apt31', 'APT31');
    fireTrusted(mark, 'focusin', 'focus');
    await vi.advanceTimersByTimeAsync(0);
    expect(card.shownEntity()).toBe('apt31');
    expect(view.visible).toBe(true);
  });

  it('closes after its delay when the pointer leaves, and stays open while the pointer is on the card', async () => {
    const card = start();
    const { mark } = highlight('apt40', 'APT40');
    fireTrusted(mark, 'pointerover', 'pointer');
    await vi.advanceTimersByTimeAsync(OPEN_DELAY_MS);
    expect(view.visible).toBe(true);
    // From the highlight onto the card: the close is called off.
    fireTrusted(mark, 'pointerout', 'pointer');
    fireTrusted(view.host, 'pointerover', 'pointer');
    await vi.advanceTimersByTimeAsync(CLOSE_DELAY_MS * 2);
    expect(card.shownEntity()).toBe('apt40');
    // Off the card: it closes once the delay has passed, not before.
    fireTrusted(view.host, 'pointerout', 'pointer');
    await vi.advanceTimersByTimeAsync(CLOSE_DELAY_MS - 1);
    expect(view.visible).toBe(true);
    await vi.advanceTimersByTimeAsync(1);
    expect(view.visible).toBe(false);
    expect(card.shownEntity()).toBeNull();
  });

  it('closes on Escape; a card opened by the pointer leaves the focus where it was', async () => {
    const card = start();
    const { mark } = highlight('apt40', 'APT40');
    const field = pageButton();
    field.focus();
    fireTrusted(mark, 'pointerover', 'pointer');
    await vi.advanceTimersByTimeAsync(OPEN_DELAY_MS);
    expect(card.shownEntity()).toBe('apt40');
    expect(document.activeElement).toBe(field);
    fireTrusted(document.body, 'keydown', 'keyboard', { key: 'a' });
    expect(card.shownEntity()).toBe('apt40');
    fireTrusted(document.body, 'keydown', 'keyboard', { key: 'Escape' });
    expect(card.shownEntity()).toBeNull();
    expect(view.visible).toBe(false);
    expect(document.activeElement).toBe(field);
  });

  it('closes when its highlight scrolls out of view, and stays while it is in view', async () => {
    const card = start();
    const { mark } = highlight('apt40', 'APT40');
    fireTrusted(mark, 'pointerover', 'pointer');
    await vi.advanceTimersByTimeAsync(OPEN_DELAY_MS);
    const painted = view.shown.length;
    const at = (top: number) => vi.spyOn(mark, 'getBoundingClientRect').mockReturnValue(new DOMRect(0, top, 40, 16));
    at(100);
    fireTrusted(document, 'scroll', 'plain', { bubbles: false });
    expect(card.shownEntity()).toBe('apt40');
    // In view, a scroll repaints the card beside the highlight's new place.
    expect(view.shown.length).toBe(painted + 1);
    at(window.innerHeight + 10);
    fireTrusted(document, 'scroll', 'plain', { bubbles: false });
    expect(card.shownEntity()).toBeNull();
    expect(view.visible).toBe(false);
  });

  it('ignores the events a page makes up', async () => {
    const card = start();
    const { mark } = highlight('apt40', 'APT40');
    mark.dispatchEvent(new Event('pointerover', { bubbles: true, composed: true }));
    mark.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    await vi.advanceTimersByTimeAsync(OPEN_DELAY_MS * 2);
    expect(card.shownEntity()).toBeNull();
    expect(fakes.loadCardView).not.toHaveBeenCalled();
    expect(fakes.sendMessage).not.toHaveBeenCalled();
  });

  it('listens to the pointer only once watchMarks is called, and only once however often it is called', async () => {
    const listen = vi.spyOn(document, 'addEventListener');
    const card = start({ watch: false });
    const { mark } = highlight('apt40', 'APT40');
    fireTrusted(mark, 'pointerover', 'pointer');
    await vi.advanceTimersByTimeAsync(OPEN_DELAY_MS);
    expect(card.shownEntity()).toBeNull();
    card.watchMarks();
    card.watchMarks();
    const pointerListeners = listen.mock.calls.filter(([type]) => type === 'pointerover');
    expect(pointerListeners).toHaveLength(1);
    fireTrusted(mark, 'pointerover', 'pointer');
    await vi.advanceTimersByTimeAsync(OPEN_DELAY_MS);
    expect(card.shownEntity()).toBe('apt40');
    // One pointerover listener: the card's texts were asked for once.
    expect(fakes.sendMessage).toHaveBeenCalledTimes(1);
  });

  it('never opens once the extension is gone, and closes when its context ends', async () => {
    let alive = true;
    const card = start({ alive: () => alive });
    const { mark } = highlight('apt40', 'APT40');
    fireTrusted(mark, 'pointerover', 'pointer');
    await vi.advanceTimersByTimeAsync(OPEN_DELAY_MS);
    expect(card.shownEntity()).toBe('apt40');
    controller.abort();
    expect(card.shownEntity()).toBeNull();
    expect(view.visible).toBe(false);

    controller = new AbortController();
    alive = false;
    const again = start({ alive: () => alive });
    fireTrusted(mark, 'focusin', 'focus');
    await vi.advanceTimersByTimeAsync(OPEN_DELAY_MS);
    expect(again.shownEntity()).toBeNull();
  });
});

describe('hover card from the keyboard', () => {
  it('the keyboard command visits the highlight and moves the focus into its card; Escape gives it back', async () => {
    const card = start();
    const { mark, mention } = highlight('apt40', 'APT40');
    card.openFor(mention, mark);
    await vi.advanceTimersByTimeAsync(0);
    expect(card.shownEntity()).toBe('apt40');
    expect(document.activeElement).toBe(view.host);
    // The highlight stays reachable while the reader is in its card, and is the one "next" starts from.
    expect(mark.getAttribute('tabindex')).toBe('-1');
    expect(card.activeMark()).toBe(mark);
    // Leaving the highlight for the card does not close it, however long the reader stays.
    await vi.advanceTimersByTimeAsync(CLOSE_DELAY_MS * 5);
    expect(card.shownEntity()).toBe('apt40');
    fireTrusted(view.host, 'keydown', 'keyboard', { key: 'Escape' });
    expect(card.shownEntity()).toBeNull();
    expect(document.activeElement).toBe(mark);
    expect(card.activeMark()).toBe(mark);
    // Back on the highlight, its card does not open again by itself.
    await vi.advanceTimersByTimeAsync(OPEN_DELAY_MS * 2);
    expect(card.shownEntity()).toBeNull();
    // Leaving the highlight makes it an ordinary, unfocusable highlight again.
    pageButton().focus();
    expect(mark.hasAttribute('tabindex')).toBe(false);
    expect(card.activeMark()).toBeNull();
  });

  it('the Close button of a focused card gives the focus back to the highlight too', async () => {
    const card = start();
    const { mark, mention } = highlight('apt31', 'APT31');
    card.openFor(mention, mark);
    await vi.advanceTimersByTimeAsync(0);
    expect(document.activeElement).toBe(view.host);
    view.shown.at(-1)!.onClose();
    expect(card.shownEntity()).toBeNull();
    expect(document.activeElement).toBe(mark);
  });

  it('a focused card ignores the pointer: leaving it or resting on another highlight keeps it open', async () => {
    const card = start();
    const { mark, mention } = highlight('apt40', 'APT40');
    const other = highlight('apt31', 'APT31');
    card.openFor(mention, mark);
    await vi.advanceTimersByTimeAsync(0);
    fireTrusted(view.host, 'pointerover', 'pointer');
    fireTrusted(view.host, 'pointerout', 'pointer');
    view.shown.at(-1)!.onPointerLeave();
    fireTrusted(other.mark, 'pointerover', 'pointer');
    await vi.advanceTimersByTimeAsync(OPEN_DELAY_MS + CLOSE_DELAY_MS);
    expect(card.shownEntity()).toBe('apt40');
    expect(document.activeElement).toBe(view.host);
  });

  it('closes when the focus leaves the card for the page, and the highlight is unvisited', async () => {
    const card = start();
    const { mark, mention } = highlight('apt40', 'APT40');
    const button = pageButton();
    card.openFor(mention, mark);
    await vi.advanceTimersByTimeAsync(0);
    button.focus();
    expect(card.shownEntity()).toBeNull();
    expect(document.activeElement).toBe(button);
    expect(mark.hasAttribute('tabindex')).toBe(false);
  });

  it('the command again moves from the card to the next highlight, leaving one highlight focusable', async () => {
    const card = start();
    const a = highlight('apt40', 'APT40');
    const b = highlight('apt31', 'APT31');
    card.openFor(a.mention, a.mark);
    await vi.advanceTimersByTimeAsync(0);
    card.openFor(b.mention, b.mark);
    await vi.advanceTimersByTimeAsync(0);
    expect(card.shownEntity()).toBe('apt31');
    expect(document.activeElement).toBe(view.host);
    expect(card.activeMark()).toBe(b.mark);
    expect([a.mark.hasAttribute('tabindex'), b.mark.getAttribute('tabindex')]).toEqual([false, '-1']);
  });

  for (const trigger of ['hover', 'click'] as const) {
    it(`Enter on a focused highlight opens its card with the focus in it (${trigger})`, async () => {
      const card = start({ trigger });
      const { mark, mention } = highlight('apt40', 'APT40');
      card.openFor(mention, mark);
      await vi.advanceTimersByTimeAsync(0);
      fireTrusted(view.host, 'keydown', 'keyboard', { key: 'Escape' });
      expect(document.activeElement).toBe(mark);
      fireTrusted(mark, 'keydown', 'keyboard', { key: 'a' });
      await vi.advanceTimersByTimeAsync(OPEN_DELAY_MS);
      expect(card.shownEntity()).toBeNull();
      fireTrusted(mark, 'keydown', 'keyboard', { key: 'Enter' });
      await vi.advanceTimersByTimeAsync(0);
      expect(card.shownEntity()).toBe('apt40');
      expect(document.activeElement).toBe(view.host);
    });
  }

  it('a highlight that gets focus opens its card without taking the focus (hover)', async () => {
    const card = start();
    const { mark } = highlight('apt31', 'APT31');
    mark.tabIndex = -1;
    mark.focus();
    await vi.advanceTimersByTimeAsync(0);
    expect(card.shownEntity()).toBe('apt31');
    expect(document.activeElement).toBe(mark);
    // Enter then takes the reader into it.
    fireTrusted(mark, 'keydown', 'keyboard', { key: 'Enter' });
    await vi.advanceTimersByTimeAsync(0);
    expect(document.activeElement).toBe(view.host);
  });
});

describe('cardTrigger', () => {
  it('click: resting the pointer or focusing opens nothing; a click opens the card, which stays until a click elsewhere', async () => {
    const card = start({ trigger: 'click' });
    const { mark } = highlight('apt40', 'APT40');
    fireTrusted(mark, 'pointerover', 'pointer');
    mark.tabIndex = -1;
    mark.focus();
    await vi.advanceTimersByTimeAsync(OPEN_DELAY_MS * 2);
    expect(card.shownEntity()).toBeNull();
    expect(fakes.sendMessage).not.toHaveBeenCalled();
    fireTrusted(mark, 'click', 'pointer');
    await vi.advanceTimersByTimeAsync(0);
    expect(card.shownEntity()).toBe('apt40');
    // Opened by the pointer: the focus stays where it was.
    expect(document.activeElement).toBe(mark);
    fireTrusted(mark, 'pointerout', 'pointer');
    await vi.advanceTimersByTimeAsync(CLOSE_DELAY_MS * 3);
    expect(card.shownEntity()).toBe('apt40');
    // A click inside the card keeps it; one on the page closes it.
    fireTrusted(view.host, 'pointerdown', 'pointer');
    expect(card.shownEntity()).toBe('apt40');
    fireTrusted(document.body, 'pointerdown', 'pointer');
    expect(card.shownEntity()).toBeNull();
  });

  it('hover: a click alone does not open the card', async () => {
    const card = start({ trigger: 'hover' });
    const { mark } = highlight('apt40', 'APT40');
    fireTrusted(mark, 'click', 'pointer');
    await vi.advanceTimersByTimeAsync(0);
    expect(card.shownEntity()).toBeNull();
  });

  it('off: nothing opens the card, and the keyboard command still moves to the highlight', async () => {
    const card = start({ trigger: 'off' });
    const { mark, mention } = highlight('apt40', 'APT40');
    fireTrusted(mark, 'pointerover', 'pointer');
    fireTrusted(mark, 'click', 'pointer');
    await vi.advanceTimersByTimeAsync(OPEN_DELAY_MS * 2);
    card.openFor(mention, mark);
    fireTrusted(mark, 'keydown', 'keyboard', { key: 'Enter' });
    await vi.advanceTimersByTimeAsync(OPEN_DELAY_MS * 2);
    expect(card.shownEntity()).toBeNull();
    expect(view.visible).toBe(false);
    expect(fakes.sendMessage).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(mark);
    expect(card.activeMark()).toBe(mark);
  });

  it('follows the setting as it changes: an open card closes, and the new mode applies at once', async () => {
    const card = start({ trigger: 'hover' });
    const { mark } = highlight('apt40', 'APT40');
    fireTrusted(mark, 'pointerover', 'pointer');
    await vi.advanceTimersByTimeAsync(OPEN_DELAY_MS);
    expect(card.shownEntity()).toBe('apt40');
    card.setTrigger('off');
    expect(card.shownEntity()).toBeNull();
    fireTrusted(mark, 'pointerout', 'pointer');
    fireTrusted(mark, 'pointerover', 'pointer');
    await vi.advanceTimersByTimeAsync(OPEN_DELAY_MS * 2);
    expect(card.shownEntity()).toBeNull();
    card.setTrigger('click');
    fireTrusted(mark, 'click', 'pointer');
    await vi.advanceTimersByTimeAsync(0);
    expect(card.shownEntity()).toBe('apt40');
    card.setTrigger('hover');
    expect(card.shownEntity()).toBeNull();
    fireTrusted(mark, 'pointerout', 'pointer');
    fireTrusted(mark, 'pointerover', 'pointer');
    await vi.advanceTimersByTimeAsync(OPEN_DELAY_MS);
    expect(card.shownEntity()).toBe('apt40');
  });
});
