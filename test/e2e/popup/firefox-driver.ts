/**
 * The popup suite's driver for Firefox ESR (puppeteer-core over WebDriver BiDi). The
 * shared launcher (scripts/lib/firefox.ts) cannot tell the add-on's moz-extension://
 * UUID, which opening popup.html needs, so this one fixes the UUID in advance with the
 * `extensions.webextensions.uuids` preference; it reuses the shared offline settings.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { FIREFOX_PATH } from '../../../scripts/lib/firefox.ts';
import { firefoxOfflinePrefs, startRefusingProxy } from '../../../scripts/lib/offline.ts';
import { FIREFOX_BUILD_DIR } from '../../../scripts/lib/paths.ts';
import { type DriverPage, type PopupBrowser, waitForPopup } from './driver.ts';

/** The gecko id in wxt.config.ts. */
const ADDON_ID = 'attribution-lens@example.org';
const ADDON_UUID = '3c0b7f4e-2a71-4d1e-9f5b-6a8d2c4e1b90';

function wrapPuppeteer(page: Page): DriverPage {
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
  if (!existsSync(FIREFOX_PATH)) throw new Error(`Firefox not found at ${FIREFOX_PATH}`);
  const dir = path.resolve(FIREFOX_BUILD_DIR);
  if (!existsSync(path.join(dir, 'manifest.json'))) throw new Error(`${dir}/manifest.json is missing: run npm run build`);
  const proxy = await startRefusingProxy();
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX_PATH,
      headless: true,
      // Firefox 138+ refuses privileged remote commands (installing an add-on is one) without it.
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        ...firefoxOfflinePrefs(proxy),
        'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
      },
    });
  } catch (error) {
    await proxy.close();
    throw error;
  }
  const close = async () => {
    await browser.close().catch(() => undefined);
    await proxy.close();
  };
  try {
    const installed = await browser.installExtension(dir);
    if (installed !== ADDON_ID) throw new Error(`installed ${installed}, expected ${ADDON_ID}`);
  } catch (error) {
    await close();
    throw error;
  }
  return {
    name: 'Firefox',
    async openPage(url) {
      const page = await browser.newPage();
      await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
      return wrapPuppeteer(page);
    },
    async openBrowserPage() {
      const page = await browser.newPage();
      navigate(page, 'about:robots');
      return wrapPuppeteer(page);
    },
    async openPopup(search = '') {
      // A window of its own, as a real popup floats over the page: Firefox does not scroll
      // a hidden tab (one behind the popup's tab), so the page must stay the visible tab.
      const page = await browser.newPage({ type: 'window' });
      await page.setViewport({ width: 400, height: 600 });
      navigate(page, `moz-extension://${ADDON_UUID}/popup.html${search}`);
      const wrapped = wrapPuppeteer(page);
      await waitForPopup(wrapped);
      return wrapped;
    },
    close,
  };
}
