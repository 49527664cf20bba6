/**
 * What the popup suite needs from a browser, whatever drives it (playwright-core for
 * Chromium, puppeteer-core for Firefox): tabs it can script and click, and the
 * extension's popup page opened as a tab.
 */
import { waitUntil } from '../fixtures/wait.ts';

/** A tab under test. */
export interface DriverPage {
  /**
   * Runs `fn` in the page's main world with `arg` (both serialised: `fn` must not
   * refer to anything outside itself) and returns its result.
   */
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** A real click (pointer events from the driver) on the first element matching `selector`. */
  click(selector: string): Promise<void>;
  /** Moves the pointer onto the first element matching `selector`. */
  hover(selector: string): Promise<void>;
  /** Chooses `value` in the <select> matching `selector`, as a user would. */
  select(selector: string, value: string): Promise<void>;
  /** Presses a key (e.g. "Tab", "ArrowRight") in the focused element. */
  press(key: string): Promise<void>;
  bringToFront(): Promise<void>;
  close(): Promise<void>;
}

export interface PopupBrowser {
  name: string;
  /** Opens `url` in a new tab and waits for its load event. */
  openPage(url: string): Promise<DriverPage>;
  /**
   * Opens a page of the browser itself (chrome://version, about:robots) that no
   * extension may read; such pages do not always report a load event, so it is not awaited.
   */
  openBrowserPage(): Promise<DriverPage>;
  /** Opens popup.html (with `search`, e.g. "?tabId=3") in a new tab, once it has rendered. */
  openPopup(search?: string): Promise<DriverPage>;
  close(): Promise<void>;
}

/** Resolves once popup.html has rendered (its heading is drawn after the settings are read). */
export async function waitForPopup(page: DriverPage): Promise<void> {
  // Generous: on the 2-core test machine another suite's browser may be busy at the same time.
  await waitUntil(
    'the popup to render',
    () => page.evaluate(() => document.querySelector('.popup h1') !== null, null),
    30_000,
  );
}
