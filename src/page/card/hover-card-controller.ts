/**
 * When the hover card opens and closes, as the reader's `cardTrigger` setting says:
 * - hover: the pointer resting on a highlight opens it (so does a highlight getting focus);
 *   it stays while the pointer is on the highlight or the card, and closes on leaving both;
 * - click: a click on a highlight opens it, and it stays until a click elsewhere;
 * - off: it never opens.
 * Opened from the keyboard (the next-mention command, or Enter on a focused highlight) in hover
 * or click mode, the card takes the focus as a dialog: Tab cycles its controls, Escape closes it
 * and gives the focus back to the highlight. Opened by the pointer, it never takes the focus.
 * Every card closes on Escape, on its Close button and when its highlight scrolls out of view.
 * The card itself (a shadow root, rendered with Preact) is card.js, loaded into the frame the
 * first time it is needed (card-loader.ts): pointing at a highlight starts loading it, well
 * within the open delay.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { sendMessage } from '../../messaging/protocol';
import type { CardContent } from '../../messaging/protocol';
import type { Lang } from '../../messaging/protocol';
import type { CardTrigger } from '../../settings/settings-schema';
import { loadCardView } from './card-loader';
import type { CardView } from './card-view-contract';
import type { HighlightedMention } from '../highlighting/highlight-registry';
import { MARK_ATTRIBUTE } from '../highlighting/text-blocks';

const OPEN_DELAY_MS = 350;
const CLOSE_DELAY_MS = 300;

/**
 * How the shown card was opened, weakest first: a stronger way takes over a weaker one for the same highlight.
 * pointer: hover; focus: the highlight got focus (hover mode); click: clicked (click mode); keyboard: the card has the focus.
 */
const HOW = ['pointer', 'focus', 'click', 'keyboard'] as const;
type How = (typeof HOW)[number];

export interface HoverCardController {
  /**
   * Starts listening for the pointer and focus on highlights; call it once the frame has some.
   * Until then, moving the pointer over a page that names nothing would run this script at every
   * element it crosses. Calling it again does nothing.
   */
  watchMarks(): void;
  /**
   * The keyboard command: focuses a mention's highlight, scrolls to it and opens its card with the
   * focus in it (unless the card is off, when it only moves to the highlight).
   */
  openFor(mention: HighlightedMention, mark: HTMLElement): void;
  close(): void;
  /** The entity shown, or null when closed (for tests and the popup). */
  shownEntity(): string | null;
  /** The highlight the reader is on: the focused one, or the one whose card holds the focus (for next and previous). */
  activeMark(): HTMLElement | null;
  /** Follows the setting as it changes: an open card closes when it does. */
  setTrigger(trigger: CardTrigger): void;
}

export function createHoverCardController(options: {
  ctx: ContentScriptContext;
  doc: Document;
  signal: AbortSignal;
  mentionOf: (mark: Element) => HighlightedMention | undefined;
  language: () => Lang;
  /** What opens the card (the `cardTrigger` setting); hover when not given. */
  trigger?: CardTrigger;
  /** False once the extension is gone: the card then never opens (its texts come from the background). */
  alive?: () => boolean;
}): HoverCardController {
  const { doc, signal } = options;
  const view = doc.defaultView as Window;
  let trigger: CardTrigger = options.trigger ?? 'hover';
  let card: CardView | null = null;
  let cardLoading: Promise<CardView | null> | null = null;
  let current: { mention: HighlightedMention; mark: HTMLElement; how: How } | null = null;
  let openTimer: ReturnType<typeof setTimeout> | undefined;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  /** The texts of the current card, once they arrived. */
  let content: CardContent | null = null;
  /** Aborted when the card closes: removes the listeners only an open card needs (listenWhileOpen). */
  let whileOpen: AbortController | null = null;
  /** True once the pointer and focus on highlights are listened to (watchMarks). */
  let watching = false;
  /** The highlight the keyboard visited: focusable (tabindex -1) while the reader is on it or its card. */
  let visited: { mark: HTMLElement; done: AbortController } | null = null;
  /** True while the focus goes back to a highlight, which must not open its card again. */
  let restoring = false;
  const cache = new Map<string, Promise<CardContent | null>>();
  const isAlive = () => options.alive?.() ?? true;

  /** The card's texts come from the background, which holds the dataset; asked once per name and language. */
  const fetchContent = (mention: HighlightedMention, lang: Lang) => {
    const key = `${mention.entity}|${lang}|${mention.text}`;
    let hit = cache.get(key);
    if (!hit) {
      hit = sendMessage('getCardContent', { entity: mention.entity, matched: mention.text, lang }).catch(() => null);
      cache.set(key, hit);
    }
    return hit;
  };

  /** The card's view, loading its code into this frame the first time (null if that failed: tried again next time). */
  const getCard = () =>
    (cardLoading ??= loadCardView()
      .then((make) => make({ ctx: options.ctx, doc }))
      .then((made) => (card = made))
      .catch(() => {
        cardLoading = null;
        return null;
      }));

  function markFromEvent(event: Event): HTMLElement | null {
    // Marks inside a page's shadow root reach us retargeted to their host: look at the real target.
    const target = event.composedPath()[0] as Node | undefined;
    if (!target || target.nodeType !== 1) return null;
    return (target as Element).closest<HTMLElement>(`mark[${MARK_ATTRIBUTE}]`);
  }

  const inCard = (event: Event) => !!card && event.composedPath().includes(card.host);
  const cardHasFocus = () => !!card && doc.activeElement === card.host;
  /** A card the pointer no longer closes: opened by a click or the keyboard, or one the reader moved into. */
  const pinned = () => !!current && (current.how === 'click' || current.how === 'keyboard' || cardHasFocus());

  function visit(mark: HTMLElement) {
    if (visited?.mark === mark) return;
    unvisit();
    // Reachable from the keyboard without one tab stop per highlight: only the highlight being
    // visited is focusable, while the reader is on it or in its card.
    mark.setAttribute('tabindex', '-1');
    const done = new AbortController();
    visited = { mark, done };
    mark.addEventListener(
      'blur',
      (e) => {
        if (!(card && e.relatedTarget === card.host)) unvisit();
      },
      { signal: AbortSignal.any([signal, done.signal]) },
    );
  }

  function unvisit() {
    visited?.mark.removeAttribute('tabindex');
    visited?.done.abort();
    visited = null;
  }

  function paint() {
    if (!card || !current || !content) return;
    card.show({
      content,
      mark: current.mark,
      lang: options.language(),
      onClose: () => close(cardHasFocus()),
      onPointerEnter: () => clearTimeout(closeTimer),
      onPointerLeave: () => current?.how === 'pointer' && !pinned() && scheduleClose(),
    });
  }

  async function open(mention: HighlightedMention, mark: HTMLElement, how: How) {
    clearTimeout(openTimer);
    clearTimeout(closeTimer);
    if (current?.mark === mark) {
      if (HOW.indexOf(how) > HOW.indexOf(current.how)) current.how = how;
      // Already painted: the keyboard takes it over now; otherwise the paint below does.
      if (how === 'keyboard' && content) card?.focus();
      return;
    }
    current = { mention, mark, how };
    content = null;
    listenWhileOpen();
    const [made, texts] = await Promise.all([getCard(), fetchContent(mention, options.language())]);
    if (signal.aborted || current?.mark !== mark || !made || !texts) return;
    content = texts;
    paint();
    if (current.how === 'keyboard') made.focus();
  }

  /**
   * `restoreFocus`: the card held the focus; give it back to the highlight. `to`: where the focus
   * is going, when it left the card (the visited highlight stays focusable if it goes there).
   */
  function close(restoreFocus = false, to: EventTarget | null = null) {
    clearTimeout(openTimer);
    clearTimeout(closeTimer);
    const mark = current?.mark;
    current = null;
    content = null;
    whileOpen?.abort();
    whileOpen = null;
    card?.hide();
    if (restoreFocus && mark?.isConnected && mark === visited?.mark) {
      restoring = true;
      try {
        mark.focus({ preventScroll: true });
      } finally {
        restoring = false;
      }
    } else if (visited && doc.activeElement !== visited.mark && to !== visited.mark) {
      unvisit();
    }
  }

  function scheduleClose() {
    clearTimeout(closeTimer);
    closeTimer = setTimeout(() => close(), CLOSE_DELAY_MS);
  }

  // Only the user's own pointer, focus and keys: events the page makes up (isTrusted false) would
  // let it open the card and read the dataset's texts from the page (issue 6, forged events).
  const listen = <K extends keyof DocumentEventMap>(
    type: K,
    fn: (e: DocumentEventMap[K]) => void,
    { passive = false, until = signal }: { passive?: boolean; until?: AbortSignal } = {},
  ) => doc.addEventListener(type, (e) => e.isTrusted && isAlive() && fn(e), { capture: true, passive, signal: until });

  // Scrolls, keys, clicks and focus leaving matter only while a card is open, so they are listened
  // to only then: otherwise every frame of every scroll and every key typed, on every page, would
  // run this script, and even a listener that returns at once costs entering the extension's world
  // (docs/performance.md).
  function listenWhileOpen() {
    if (whileOpen) return;
    whileOpen = new AbortController();
    const until = AbortSignal.any([signal, whileOpen.signal]);
    listen(
      'focusout',
      (e) => {
        if (!current) return;
        if (inCard(e)) {
          // Out of the card into the page: the reader has gone elsewhere. With no new target the
          // window itself may have lost focus (another window, the browser's UI): the card stays then.
          if (e.relatedTarget && e.relatedTarget !== card?.host) close(false, e.relatedTarget);
          else if (!e.relatedTarget) setTimeout(() => current && doc.activeElement !== card?.host && doc.hasFocus() && close(), 0);
        } else if (markFromEvent(e) === current.mark && current.how === 'focus' && e.relatedTarget !== card?.host) {
          scheduleClose();
        }
      },
      { until },
    );
    listen('keydown', (e) => e.key === 'Escape' && current && close(cardHasFocus()), { until });
    listen('pointerdown', (e) => current && !inCard(e) && markFromEvent(e) !== current.mark && close(), { until });
    listen(
      'scroll',
      () => {
        if (!current) return;
        const r = current.mark.getBoundingClientRect();
        if (!current.mark.isConnected || r.bottom < 0 || r.top > view.innerHeight) close();
        else paint();
      },
      { passive: true, until },
    );
  }

  /** While a highlight has focus, Enter opens its card with the focus in it (hover and click modes). */
  function listenForEnter(mark: HTMLElement, mention: HighlightedMention) {
    const blurred = new AbortController();
    const until = AbortSignal.any([signal, blurred.signal]);
    mark.addEventListener(
      'keydown',
      (e) => {
        if (!e.isTrusted || !isAlive() || e.key !== 'Enter' || trigger === 'off') return;
        e.preventDefault();
        void open(mention, mark, 'keyboard');
      },
      { signal: until },
    );
    mark.addEventListener('blur', () => blurred.abort(), { signal: until });
  }

  function watchMarks() {
    if (watching) return;
    watching = true;
    listen('pointerover', (e) => {
      if (trigger !== 'hover') return;
      const mark = markFromEvent(e);
      if (mark) {
        const mention = options.mentionOf(mark);
        if (!mention) return;
        clearTimeout(closeTimer);
        if (current?.mention === mention || pinned()) return;
        // The card's code loads while the pointer rests (the first time only).
        void getCard();
        clearTimeout(openTimer);
        openTimer = setTimeout(() => void open(mention, mark, 'pointer'), OPEN_DELAY_MS);
      } else if (inCard(e)) {
        clearTimeout(closeTimer);
      }
    });
    listen('pointerout', (e) => {
      const from = markFromEvent(e);
      if (!from && !inCard(e)) return;
      clearTimeout(openTimer);
      if (current?.how === 'pointer' && !pinned()) scheduleClose();
    });
    listen('click', (e) => {
      if (trigger !== 'click') return;
      const mark = markFromEvent(e);
      const mention = mark && options.mentionOf(mark);
      if (mark && mention) void open(mention, mark, 'click');
    });
    listen('focusin', (e) => {
      const mark = markFromEvent(e);
      const mention = mark && options.mentionOf(mark);
      if (!mark || !mention) return;
      listenForEnter(mark, mention);
      if (trigger === 'hover' && !restoring) void open(mention, mark, 'focus');
    });
  }

  signal.addEventListener(
    'abort',
    () => {
      close();
      unvisit();
    },
    { once: true },
  );

  return {
    watchMarks,
    openFor(mention, mark) {
      visit(mark);
      mark.focus();
      mark.scrollIntoView({ block: 'center', behavior: 'smooth' });
      if (trigger !== 'off') void open(mention, mark, 'keyboard');
    },
    close: () => close(),
    shownEntity: () => current?.mention.entity ?? null,
    activeMark() {
      if (cardHasFocus()) return current?.mark ?? null;
      const active = doc.activeElement;
      return active?.matches(`mark[${MARK_ATTRIBUTE}]`) ? (active as HTMLElement) : null;
    },
    setTrigger(next) {
      if (next === trigger) return;
      trigger = next;
      if (current) close(cardHasFocus());
    },
  };
}
