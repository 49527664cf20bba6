/**
 * The popup suite's driver for Chromium: the shared launcher (scripts/lib/chromium.ts,
 * playwright-core, the built .output/chrome-mv3) with pages wrapped as DriverPage.
 */
import type { Page } from 'playwright-core';
import { launchChromium, type ChromiumSession } from '../../../scripts/lib/chromium.ts';
import { type DriverPage, type PopupBrowser, waitForPopup } from './driver.ts';

/** Wraps a playwright page; `raw` stays reachable for Chromium-only checks (axe, screenshots). */
export function wrapPlaywright(page: Page): DriverPage & { raw: Page } {
  return {
    raw: page,
    // The arguments are plain JSON, which the drivers' own boxed/unboxed argument types
    // cannot see through; the cast says only that.
    evaluate: <A, R>(fn: (arg: A) => R | Promise<R>, arg: A) =>
      page.evaluate(fn as (arg: unknown) => R | Promise<R>, arg as unknown) as Promise<R>,
    click: (selector) => page.click(selector),
    hover: (selector) => page.hover(selector),
    select: async (selector, value) => {
      await page.selectOption(selector, value);
    },
    press: (key) => page.keyboard.press(key),
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
  };
}

export interface ChromiumPopupBrowser extends PopupBrowser {
  session: ChromiumSession;
  openPopup(search?: string): Promise<DriverPage & { raw: Page }>;
}

/** Launches Chromium with the extension (the Chrome build unless `extensionDir` names another). */
export async function launchChromiumForPopup(extensionDir?: string): Promise<ChromiumPopupBrowser> {
  const session = await launchChromium(extensionDir);
  const { context, extensionId } = session;
  if (!extensionId) throw new Error('the extension did not load');
  return {
    name: 'Chromium',
    session,
    async openPage(url) {
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return wrapPlaywright(page);
    },
    async openBrowserPage() {
      const page = await context.newPage();
      await page.goto('chrome://version/');
      return wrapPlaywright(page);
    },
    async openPopup(search = '') {
      const page = await context.newPage();
      // The size of a real popup, so screenshots and layout checks match what users see.
      await page.setViewportSize({ width: 400, height: 600 });
      await page.goto(`chrome-extension://${extensionId}/popup.html${search}`);
      const wrapped = wrapPlaywright(page);
      await waitForPopup(wrapped);
      return wrapped;
    },
    close: () => session.close(),
  };
}
