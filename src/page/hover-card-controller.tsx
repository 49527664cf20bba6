/**
 * Opens the hover card when the pointer rests on a highlight (or a highlight gets
 * focus), keeps it open while the pointer is on the highlight or the card, and
 * closes it on leaving, on Escape and when the highlight scrolls out of view.
 * The card lives in a shadow root (WXT createShadowRootUi), rendered with Preact.
 */
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { sendMessage } from '../messaging';
import type { CardContent } from '../ui/card-content';
import cardCss from '../ui/hover-card.css?inline';
import { HoverCard } from '../ui/hover-card';
import type { Lang } from '../ui/language';
import { placeCard } from './card-position';
import type { HighlightedMention } from './highlighter';
import { MARK_ATTRIBUTE, UI_HOST_ATTRIBUTE } from './text-blocks';

const OPEN_DELAY_MS = 350;
const CLOSE_DELAY_MS = 300;
const ESTIMATED_CARD = { width: 360, height: 320 };

export interface HoverCardController {
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
  let ui: ShadowRootContentScriptUi<void> | null = null;
  let uiLoading: Promise<ShadowRootContentScriptUi<void>> | null = null;
  let current: { mention: HighlightedMention; mark: HTMLElement } | null = null;
  let openTimer: ReturnType<typeof setTimeout> | undefined;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  let content: CardContent | null = null;
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

  const getUi = () =>
    (uiLoading ??= createShadowRootUi(options.ctx, {
      name: 'attribution-lens-card',
      position: 'overlay',
      zIndex: 2147483647,
      css: cardCss,
      isolateEvents: ['keydown', 'keyup', 'keypress'],
      onMount: () => undefined,
      onRemove: () => undefined,
    }).then((made) => {
      made.shadowHost.setAttribute(UI_HOST_ATTRIBUTE, '');
      ui = made;
      return made;
    }));

  function markFromEvent(event: Event): HTMLElement | null {
    // Marks inside a page's shadow root reach us retargeted to their host: look at the real target.
    const target = event.composedPath()[0] as Node | undefined;
    if (!target || target.nodeType !== 1) return null;
    return (target as Element).closest<HTMLElement>(`mark[${MARK_ATTRIBUTE}]`);
  }

  const inCard = (event: Event) => !!ui && event.composedPath().includes(ui.shadowHost);

  function paint() {
    if (!ui || !current || !content) return;
    const { mark } = current;
    const lang = options.language();
    const rect = mark.getBoundingClientRect();
    const existing = ui.uiContainer.querySelector('.card');
    const size = existing ? { width: existing.clientWidth, height: existing.clientHeight } : ESTIMATED_CARD;
    const pos = placeCard(rect, size, { width: view.innerWidth, height: view.innerHeight }, lang === 'ar');
    render(
      <HoverCard
        content={content}
        lang={lang}
        {...pos}
        onClose={() => close(true)}
        onPointerEnter={() => clearTimeout(closeTimer)}
        onPointerLeave={scheduleClose}
      />,
      ui.uiContainer,
    );
    // Place again with the card's real size, once it exists.
    const card = ui.uiContainer.querySelector<HTMLElement>('.card');
    if (card && !existing) {
      const real = placeCard(rect, { width: card.offsetWidth, height: card.offsetHeight }, { width: view.innerWidth, height: view.innerHeight }, lang === 'ar');
      card.style.top = `${real.top}px`;
      card.style.left = `${real.left}px`;
      card.style.maxHeight = `${real.maxHeight}px`;
    }
  }

  async function open(mention: HighlightedMention, mark: HTMLElement) {
    clearTimeout(closeTimer);
    current = { mention, mark };
    const lang = options.language();
    const [made, texts] = await Promise.all([getUi(), fetchContent(mention, lang)]);
    if (signal.aborted || current?.mark !== mark || !texts) return;
    content = texts;
    if (!made.shadowHost.isConnected) made.mount();
    paint();
  }

  function close(restoreFocus = false) {
    clearTimeout(openTimer);
    clearTimeout(closeTimer);
    const mark = current?.mark;
    current = null;
    content = null;
    if (ui) {
      render(null, ui.uiContainer);
      ui.remove();
    }
    if (restoreFocus && mark?.isConnected) mark.focus({ preventScroll: true });
  }

  function scheduleClose() {
    clearTimeout(closeTimer);
    closeTimer = setTimeout(() => close(), CLOSE_DELAY_MS);
  }

  // Only the user's own pointer, focus and keys: events the page makes up (isTrusted false) would
  // let it open the card and read the dataset's texts from the page (issue 6, forged events).
  const listen = <K extends keyof DocumentEventMap>(type: K, fn: (e: DocumentEventMap[K]) => void, passive = false) =>
    doc.addEventListener(type, (e) => e.isTrusted && (options.alive?.() ?? true) && fn(e), { capture: true, passive, signal });

  listen('pointerover', (e) => {
    const mark = markFromEvent(e);
    if (mark) {
      const mention = options.mentionOf(mark);
      if (!mention) return;
      clearTimeout(closeTimer);
      if (current?.mention === mention) return;
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
  listen('focusout', (e) => {
    if (markFromEvent(e) && current) scheduleClose();
  });
  listen('keydown', (e) => {
    if (e.key === 'Escape' && current) close(true);
  });
  listen(
    'scroll',
    () => {
      if (!current) return;
      const r = current.mark.getBoundingClientRect();
      if (!current.mark.isConnected || r.bottom < 0 || r.top > view.innerHeight) close();
      else paint();
    },
    true,
  );
  signal.addEventListener('abort', () => close(), { once: true });

  return {
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
