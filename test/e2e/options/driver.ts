/**
 * What the options suite needs from a browser with the built extension: web pages, the
 * options page and the popup as tabs (scriptable and clickable, as in the popup suite).
 */
import type { DriverPage } from '../popup/driver.ts';
import { waitUntil } from '../fixtures/wait.ts';

export interface OptionsBrowser {
  name: string;
  /** Opens `url` in a new tab and waits for its load event. */
  openPage(url: string): Promise<DriverPage>;
  /** Opens options.html, in a window of its own, once it has rendered. */
  openOptions(): Promise<DriverPage>;
  /** Opens popup.html (as a tab, describing no page) once it has rendered. */
  openPopup(): Promise<DriverPage>;
  /** The extension's own origin (chrome-extension://ID, moz-extension://UUID), no slash at the end. */
  origin: string;
  close(): Promise<void>;
}

/** Resolves once an extension page has drawn `selector` (after the settings are read). */
export async function waitForDrawn(page: DriverPage, selector: string): Promise<void> {
  // Generous: on the 2-core test machine another suite's browser may be busy at the same time.
  await waitUntil(`${selector} to render`, () => page.evaluate((s) => document.querySelector(s) !== null, selector), 30_000);
}
