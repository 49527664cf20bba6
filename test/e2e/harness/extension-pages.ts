/** The extension's own pages as the suites open them, in either browser. */
import type { TestBrowser, TestTab } from './browser.ts';

/** The size of a real popup, so layout checks and screenshots match what users see. */
const POPUP_VIEWPORT = { width: 400, height: 600 };

/** Opens popup.html (with `search`, e.g. "?tabId=3") once its heading is drawn (after the settings are read). */
export function openPopup<Tab extends TestTab>(browser: TestBrowser<Tab>, search = ''): Promise<Tab> {
  return browser.openExtensionPage(`popup.html${search}`, { drawn: '.popup h1', viewport: POPUP_VIEWPORT });
}

/** Opens options.html once its heading is drawn. */
export function openOptions<Tab extends TestTab>(browser: TestBrowser<Tab>): Promise<Tab> {
  return browser.openExtensionPage('options.html', { drawn: '.options h1' });
}
