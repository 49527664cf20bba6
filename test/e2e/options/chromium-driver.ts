/**
 * The options suite's driver for Chromium: the shared launcher (scripts/lib/chromium.ts) with
 * pages wrapped as in the popup suite; `raw` stays reachable for axe and media emulation.
 */
import type { Page } from 'playwright-core';
import { launchChromium } from '../../../scripts/lib/chromium.ts';
import { wrapPlaywright } from '../popup/chromium-driver.ts';
import type { DriverPage } from '../popup/driver.ts';
import { waitForDrawn, type OptionsBrowser } from './driver.ts';

export interface ChromiumOptionsBrowser extends OptionsBrowser {
  openOptions(): Promise<DriverPage & { raw: Page }>;
}

export async function launchChromiumForOptions(): Promise<ChromiumOptionsBrowser> {
  const session = await launchChromium();
  const { context, extensionId } = session;
  if (!extensionId) throw new Error('the extension did not load');
  const origin = `chrome-extension://${extensionId}`;
  const open = async (url: string, drawn: string) => {
    const page = await context.newPage();
    await page.goto(url);
    const wrapped = wrapPlaywright(page);
    await waitForDrawn(wrapped, drawn);
    return wrapped;
  };
  return {
    name: 'Chromium',
    origin,
    async openPage(url) {
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return wrapPlaywright(page);
    },
    openOptions: () => open(`${origin}/options.html`, '.options h1'),
    openPopup: () => open(`${origin}/popup.html`, '.popup h1'),
    close: () => session.close(),
  };
}
