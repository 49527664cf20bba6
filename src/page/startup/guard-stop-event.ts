/**
 * WXT stops a content script when the document sees its start-up event from "a newer copy"
 * (a CustomEvent named after the extension id). A page can dispatch that event too and switch
 * the extension off on itself. We never inject a second copy into a live page, and an updated
 * extension's old copy stops by itself (content-main.ts watches ctx.isInvalid), so the event is
 * stopped at the window, before it reaches WXT's listener on the document.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

export function ignoreForgedStopEvents(ctx: ContentScriptContext): void {
  // The name WXT gives it (getUniqueEventName in wxt/utils/internal/custom-events).
  const type = `${browser.runtime.id}:${import.meta.env.ENTRYPOINT}:wxt:content-script-started`;
  window.addEventListener(type, (event) => event.stopImmediatePropagation(), { capture: true, signal: ctx.signal });
}
