/**
 * The hover card on the page: a WXT shadow-root UI (page CSS cannot reach it, its CSS cannot
 * leak out) with the Preact card in it, placed beside its highlight inside the viewport.
 *
 * This is the code of `card.js` (entrypoints/card.ts), which the background injects into a
 * frame only when its reader first points at a highlight (card-loader.ts): Preact, the card
 * and WXT's UI helpers are about a third of what the content script would otherwise be,
 * and every frame of every page would compile them.
 */
import { render } from 'preact';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import cardCss from '../../ui/card/hover-card.css?inline';
import { HoverCard } from '../../ui/card/hover-card';
import { cardWidth, placeCard } from './card-position';
import type { CardView, CardViewOptions, CardViewShow } from './card-view-contract';
import { UI_HOST_ATTRIBUTE } from '../highlighting/text-blocks';

/** The viewport a fixed element lives in: the window less its scroll bars (the body's box in quirks mode). */
function viewportOf(doc: Document): { width: number; height: number } {
  const root = doc.compatMode === 'BackCompat' && doc.body ? doc.body : doc.documentElement;
  const view = doc.defaultView as Window;
  return { width: root.clientWidth || view.innerWidth, height: root.clientHeight || view.innerHeight };
}

/** Makes the card's shadow-root UI (not yet in the page: `show` puts it in). */
export async function createCardView({ ctx, doc }: CardViewOptions): Promise<CardView> {
  const ui: ShadowRootContentScriptUi<void> = await createShadowRootUi(ctx, {
    name: 'attribution-lens-card',
    position: 'overlay',
    zIndex: 2147483647,
    css: cardCss,
    isolateEvents: ['keydown', 'keyup', 'keypress'],
    onMount: () => undefined,
    onRemove: () => undefined,
  });
  ui.shadowHost.setAttribute(UI_HOST_ATTRIBUTE, '');
  let shown: CardViewShow | null = null;

  /** Sizes and places the rendered card beside its highlight; run after every render (More changes its height). */
  function place(card: HTMLElement) {
    if (!shown) return;
    const viewport = viewportOf(doc);
    // The width first: the card's natural height depends on it.
    const width = cardWidth(viewport.width);
    card.style.width = `${width}px`;
    const natural = { width, height: card.scrollHeight + (card.offsetHeight - card.clientHeight) };
    const pos = placeCard(shown.mark.getBoundingClientRect(), natural, viewport, shown.lang === 'ar');
    Object.assign(card.style, {
      top: pos.top === null ? 'auto' : `${pos.top}px`,
      bottom: pos.bottom === null ? 'auto' : `${pos.bottom}px`,
      left: `${pos.left}px`,
      width: `${pos.width}px`,
      maxHeight: `${pos.maxHeight}px`,
    });
    card.dataset.placement = pos.placement;
  }

  return {
    show(what) {
      shown = what;
      if (!ui.shadowHost.isConnected) ui.mount();
      const { content, lang } = what;
      // Keyed by what it shows: another entity or name starts folded again.
      render(
        <HoverCard key={`${content.entityId}|${content.matched ?? ''}|${lang}`} {...what} onLayout={place} />,
        ui.uiContainer,
      );
    },
    focus() {
      ui.uiContainer.querySelector<HTMLElement>('.card')?.focus({ preventScroll: true });
    },
    hide() {
      shown = null;
      render(null, ui.uiContainer);
      ui.remove();
    },
    host: ui.shadowHost,
  };
}
