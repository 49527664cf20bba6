/**
 * The popup suite's driver for Firefox ESR (puppeteer-core over WebDriver BiDi), on the
 * shared launcher (scripts/lib/firefox.ts) with the add-on's moz-extension:// UUID fixed in
 * advance, which opening popup.html needs.
 */
import type { Page } from 'puppeteer-core';
import { launchFirefox, newTab } from '../../../scripts/lib/firefox.ts';
import { FIREFOX_BUILD_DIR } from '../../../scripts/lib/paths.ts';
import { type DriverPage, type PopupBrowser, waitForPopup } from './driver.ts';

/** The add-on's moz-extension:// UUID, fixed at launch (scripts/lib/firefox.ts). */
const ADDON_UUID = '3c0b7f4e-2a71-4d1e-9f5b-6a8d2c4e1b90';

export function wrapPuppeteer(page: Page): DriverPage {
  return {
    // Plain JSON arguments: see chromium-driver.ts.
    evaluate: <A, R>(fn: (arg: A) => R | Promise<R>, arg: A) =>
      page.evaluate(fn as (arg: unknown) => R | Promise<R>, arg as unknown) as Promise<R>,
    click: (selector) => page.click(selector),
    hover: (selector) => page.hover(selector),
    select: async (selector, value) => {
      await page.select(selector, value);
    },
    press: (key) => page.keyboard.press(key as Parameters<Page['keyboard']['press']>[0]),
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
  };
}

/**
 * Starts a navigation without awaiting it: Firefox never reports the load event of
 * moz-extension:// and about: pages to puppeteer (see scripts/lib/firefox.ts), so
 * callers wait for the page's content instead. A failure still surfaces through that wait.
 */
function navigate(page: Page, url: string): void {
  page.goto(url, { timeout: 60_000 }).catch(() => undefined);
}

/** Launches Firefox ESR with the extension installed as a temporary add-on. */
export async function launchFirefoxForPopup(): Promise<PopupBrowser> {
  const { browser, close } = await launchFirefox(FIREFOX_BUILD_DIR, { addonUuid: ADDON_UUID });
  return {
    name: 'Firefox',
    async openPage(url) {
      const page = await newTab(browser);
      await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
      return wrapPuppeteer(page);
    },
    async openBrowserPage() {
      const page = await newTab(browser);
      navigate(page, 'about:robots');
      return wrapPuppeteer(page);
    },
    async openPopup(search = '') {
      // A window of its own, as a real popup floats over the page: Firefox does not scroll
      // a hidden tab (one behind the popup's tab), so the page must stay the visible tab.
      const page = await newTab(browser, { type: 'window' });
      // puppeteer sends the size and a screen orientation together; Firefox 140 does not know the
      // orientation command (it then rejects), but applies the size, as the check below makes sure.
      await page.setViewport({ width: 400, height: 600 }).catch((error: unknown) => {
        if (!/setScreenOrientationOverride/.test(String(error))) throw error;
      });
      navigate(page, `moz-extension://${ADDON_UUID}/popup.html${search}`);
      const wrapped = wrapPuppeteer(page);
      await waitForPopup(wrapped);
      const width = await wrapped.evaluate(() => innerWidth, null);
      if (width !== 400) throw new Error(`the popup's window is ${width} px wide, not 400`);
      return wrapped;
    },
    close,
  };
}
