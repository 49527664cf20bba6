/**
 * Gets the hover card's code into this frame when it is first needed.
 *
 * Why not in the content script: Preact, the card's components and WXT's shadow-root UI were
 * a third of the content script, which every frame of every page compiles at load, while most
 * pages are read without hovering a single highlight. So card.js is its own script
 * (entrypoints/card.ts), and the first time a reader points at a highlight (or the keyboard
 * command visits one) the content script asks the background to inject it into this frame
 * (`loadCard`, scripting.executeScript). It runs in the content script's world and leaves its
 * factory there (card-view-contract.ts). No web-accessible resource is involved: a page cannot
 * load or probe card.js.
 */
import { sendMessage } from '../../messaging/protocol';
import { providedCardView, type CardViewFactory } from './card-view-contract';

let loading: Promise<CardViewFactory> | null = null;

/** The card's factory, loading card.js first if it is not here yet. Rejects if it could not be loaded (asked again next time). */
export function loadCardView(): Promise<CardViewFactory> {
  const ready = providedCardView();
  if (ready) return Promise.resolve(ready);
  loading ??= sendMessage('loadCard', undefined).then(() => {
    const factory = providedCardView();
    if (!factory) throw new Error('card.js did not load');
    return factory;
  });
  loading.catch(() => (loading = null));
  return loading;
}
