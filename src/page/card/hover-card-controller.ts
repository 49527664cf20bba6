/**
 * Opens the hover card when the pointer rests on a highlight (or a highlight gets
 * focus), keeps it open while the pointer is on the highlight or the card, and
 * closes it on leaving, on Escape and when the highlight scrolls out of view.
 * The card itself (a shadow root, rendered with Preact) is card.js, loaded into the
 * frame the first time it is needed (card-loader.ts): pointing at a highlight starts
 * loading it, well within the open delay.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { sendMessage } from '../../messaging/protocol';
import type { CardContent } from '../../messaging/protocol';
import type { Lang } from '../../messaging/protocol';
import { loadCardView } from './card-loader';
import type { CardView } from './card-view-contract';
import type { HighlightedMention } from '../highlighting/highlight-registry';
import { MARK_ATTRIBUTE } from '../highlighting/text-blocks';

const OPEN_DELAY_MS = 350;
const CLOSE_DELAY_MS = 300;

export interface HoverCardController {
  /**
   * Starts listening for the pointer and focus on highlights; call it once the frame has some.
   * Until then, moving the pointer over a page that names nothing would run this script at every
   * element it crosses. Calling it again does nothing.
   */
  watchMarks(): void;
  /** Opens the card for a mention's first highlight (keyboard path). */
  openFor(mention: HighlightedMention, mark: HTMLElement): void;
  close(): void;
  /** The entity shown, or null when closed (for tests and the popup). */
  shownEntity(): string | null;
}

export function createHoverCardController(options: {
  ctx: ContentScriptContext;
  doc: Document;
  signal: AbortSignal;
  mentionOf: (mark: Element) => HighlightedMention | undefined;
  language: () => Lang;
  /** False once the extension is gone: the card then never opens (its texts come from the background). */
  alive?: () => boolean;
}): HoverCardController {
  const { doc, signal } = options;
  const view = doc.defaultView as Window;
  let card: CardView | null = null;
  let cardLoading: Promise<CardView | null> | null = null;
  let current: { mention: HighlightedMention; mark: HTMLElement } | null = null;
  let openTimer: ReturnType<typeof setTimeout> | undefined;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  let content: CardContent | null = null;
  /** Aborted when the card closes: removes the listeners only an open card needs (listenWhileOpen). */
  let whileOpen: AbortController | null = null;
  /** True once the pointer and focus on highlights are listened to (watchMarks). */
  let watching = false;
  const cache = new Map<string, Promise<CardContent | null>>();

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

  function paint() {
    if (!card || !current || !content) return;
    card.show({
      content,
      mark: current.mark,
      lang: options.language(),
      onClose: () => close(true),
      onPointerEnter: () => clearTimeout(closeTimer),
      onPointerLeave: scheduleClose,
    });
  }

  async function open(mention: HighlightedMention, mark: HTMLElement) {
    clearTimeout(closeTimer);
    current = { mention, mark };
    listenWhileOpen();
    const [made, texts] = await Promise.all([getCard(), fetchContent(mention, options.language())]);
    if (signal.aborted || current?.mark !== mark || !made || !texts) return;
    content = texts;
    paint();
  }

  function close(restoreFocus = false) {
    clearTimeout(openTimer);
    clearTimeout(closeTimer);
    const mark = current?.mark;
    current = null;
    content = null;
    whileOpen?.abort();
    whileOpen = null;
    card?.hide();
    if (restoreFocus && mark?.isConnected) mark.focus({ preventScroll: true });
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
  ) => doc.addEventListener(type, (e) => e.isTrusted && (options.alive?.() ?? true) && fn(e), { capture: true, passive, signal: until });

  // Scrolls, keys and focus leaving matter only while a card is open, so they are listened to only
  // then: otherwise every frame of every scroll and every key typed, on every page, would run this
  // script, and even a listener that returns at once costs entering the extension's world
  // (docs/performance.md).
  function listenWhileOpen() {
    if (whileOpen) return;
    whileOpen = new AbortController();
    const until = AbortSignal.any([signal, whileOpen.signal]);
    listen('focusout', (e) => markFromEvent(e) && current && scheduleClose(), { until });
    listen('keydown', (e) => e.key === 'Escape' && current && close(true), { until });
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

  function watchMarks() {
    if (watching) return;
    watching = true;
    listen('pointerover', (e) => {
      const mark = markFromEvent(e);
      if (mark) {
        const mention = options.mentionOf(mark);
        if (!mention) return;
        clearTimeout(closeTimer);
        if (current?.mention === mention) return;
        // The card's code loads while the pointer rests (the first time only).
        void getCard();
        clearTimeout(openTimer);
        openTimer = setTimeout(() => void open(mention, mark), OPEN_DELAY_MS);
      } else if (inCard(e)) {
        clearTimeout(closeTimer);
      }
    });
    listen('pointerout', (e) => {
      const from = markFromEvent(e);
      if (!from && !inCard(e)) return;
      clearTimeout(openTimer);
      if (current) scheduleClose();
    });
    listen('focusin', (e) => {
      const mark = markFromEvent(e);
      const mention = mark && options.mentionOf(mark);
      if (mark && mention) void open(mention, mark);
    });
  }

  signal.addEventListener('abort', () => close(), { once: true });

  return {
    watchMarks,
    openFor(mention, mark) {
      // Reachable from the keyboard without one tab stop per highlight: only the
      // highlight being visited is focusable, and only while it is visited.
      mark.setAttribute('tabindex', '-1');
      mark.addEventListener('blur', () => mark.removeAttribute('tabindex'), { once: true });
      mark.focus();
      mark.scrollIntoView({ block: 'center', behavior: 'smooth' });
      void open(mention, mark);
    },
    close: () => close(),
    shownEntity: () => current?.mention.entity ?? null,
  };
}
