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
import { placeCard } from './card-position';
import type { CardView, CardViewOptions, CardViewShow } from './card-view-contract';
import { UI_HOST_ATTRIBUTE } from '../highlighting/text-blocks';

const ESTIMATED_CARD = { width: 360, height: 320 };

/** Makes the card's shadow-root UI (not yet in the page: `show` puts it in). */
export async function createCardView({ ctx, doc }: CardViewOptions): Promise<CardView> {
  const view = doc.defaultView as Window;
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

  function paint({ content, mark, lang, onClose, onPointerEnter, onPointerLeave }: CardViewShow) {
    const rect = mark.getBoundingClientRect();
    const viewport = { width: view.innerWidth, height: view.innerHeight };
    const existing = ui.uiContainer.querySelector('.card');
    const size = existing ? { width: existing.clientWidth, height: existing.clientHeight } : ESTIMATED_CARD;
    const pos = placeCard(rect, size, viewport, lang === 'ar');
    render(
      <HoverCard content={content} lang={lang} {...pos} onClose={onClose} onPointerEnter={onPointerEnter} onPointerLeave={onPointerLeave} />,
      ui.uiContainer,
    );
    // Place again with the card's real size, once it exists.
    const card = ui.uiContainer.querySelector<HTMLElement>('.card');
    if (card && !existing) {
      const real = placeCard(rect, { width: card.offsetWidth, height: card.offsetHeight }, viewport, lang === 'ar');
      card.style.top = `${real.top}px`;
      card.style.left = `${real.left}px`;
      card.style.maxHeight = `${real.maxHeight}px`;
    }
  }

  return {
    show(what) {
      if (!ui.shadowHost.isConnected) ui.mount();
      paint(what);
    },
    hide() {
      render(null, ui.uiContainer);
      ui.remove();
    },
    host: ui.shadowHost,
  };
}
