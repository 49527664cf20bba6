/**
 * The options suite's driver for Firefox ESR (puppeteer-core over WebDriver BiDi), with the
 * add-on's moz-extension:// UUID fixed at launch so its pages can be opened by address.
 */
import { launchFirefox, newTab } from '../../../scripts/lib/firefox.ts';
import { FIREFOX_BUILD_DIR } from '../../../scripts/lib/paths.ts';
import { wrapPuppeteer } from '../popup/firefox-driver.ts';
import { waitForDrawn, type OptionsBrowser } from './driver.ts';

const ADDON_UUID = '5d2f8c1a-7b34-4e69-a0d2-3c9e8f1b6a47';

export async function launchFirefoxForOptions(): Promise<OptionsBrowser> {
  const { browser, close } = await launchFirefox(FIREFOX_BUILD_DIR, { addonUuid: ADDON_UUID, viewport: { width: 1000, height: 800 } });
  const origin = `moz-extension://${ADDON_UUID}`;
  const open = async (url: string, drawn: string) => {
    // A window of its own: Firefox does not run a hidden tab's animation frames, which the
    // content script of a page needs to redraw its highlights while this page is used.
    const page = await newTab(browser, { type: 'window' });
    // Firefox never reports the load event of moz-extension:// pages: wait for the content instead.
    page.goto(url, { timeout: 60_000 }).catch(() => undefined);
    const wrapped = wrapPuppeteer(page);
    await waitForDrawn(wrapped, drawn);
    return wrapped;
  };
  return {
    name: 'Firefox',
    origin,
    async openPage(url) {
      // Each page in its own window too, so every one stays visible while the options page is used.
      const page = await newTab(browser, { type: 'window' });
      await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
      return wrapPuppeteer(page);
    },
    openOptions: () => open(`${origin}/options.html`, '.options h1'),
    openPopup: () => open(`${origin}/popup.html`, '.popup h1'),
    close,
  };
}
