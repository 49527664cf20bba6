/**
 * The harness's Firefox: the shared launcher (scripts/lib/firefox.ts: system Firefox ESR through
 * puppeteer-core over WebDriver BiDi, the built .output/firefox-mv2 as a temporary add-on,
 * offline) with the add-on's moz-extension:// UUID fixed at launch, so that its pages can be
 * opened by address. The privileged extension context is an extension page kept open in a tab.
 * Firefox never reports the load event of moz-extension:// and about: pages to puppeteer: those
 * navigations are started, not awaited, and the page's content is waited for instead.
 */
import type { Browser, Page } from 'puppeteer-core';
import { puppeteerFrames } from '../../../scripts/lib/collect-marks.ts';
import { launchFirefox, newTab, visitPage } from '../../../scripts/lib/firefox.ts';
import { FIREFOX_BUILD_DIR } from '../../../scripts/lib/paths.ts';
import { wrapTab } from './tab.ts';
import { waitForDrawn, waitUntil } from './wait.ts';
import {
  callExpression,
  DEFAULT_VIEWPORT,
  type BrowserKind,
  type PageFunction,
  type PageProblem,
  type TestBrowser,
  type TestTab,
} from './browser.ts';

/** The add-on's moz-extension:// UUID, fixed at launch (scripts/lib/firefox.ts). */
const ADDON_UUID = '9e4f6a2b-1c3d-4e5f-8a7b-0c1d2e3f4a5b';

export interface FirefoxBrowser extends TestBrowser {
  /** The puppeteer browser, for Firefox-only checks (the export suite's downloads). */
  readonly puppeteer: Browser;
}

function wrapFirefoxTab(page: Page, url: string): TestTab {
  const problems: PageProblem[] = [];
  // BiDi log entries of the tab: every frame, content scripts included. The source is the top of
  // the message's stack, or '' without one (Firefox 140 sends none for a content script's
  // console call; puppeteer's location() would then name the frame's page instead).
  page.on('console', (m) => problems.push({ kind: 'console', level: m.type(), text: m.text(), source: m.stackTrace()[0]?.url ?? '' }));
  page.on('pageerror', (e) => {
    const err = e as Error;
    problems.push({ kind: 'pageerror', level: 'error', text: String(err.stack ?? err.message ?? err), source: '' });
  });
  return wrapTab(page, url, problems, {
    frames: puppeteerFrames,
    select: (selector, value) => page.select(selector, value),
    screenshot: (file) => page.screenshot({ path: file as `${string}.png` }),
  });
}

/** Starts a navigation whose load event Firefox will not report; a failure shows in the wait that follows. */
function navigate(page: Page, url: string): void {
  page.goto(url, { timeout: 60_000 }).catch(() => undefined);
}

/**
 * Sets a tab's viewport. puppeteer sends the size and a screen orientation together; Firefox 140
 * does not know the orientation command (it then rejects) but applies the size, which is checked.
 */
async function setViewport(page: Page, size: { width: number; height: number }): Promise<void> {
  await page.setViewport(size).catch((error: unknown) => {
    if (!/setScreenOrientationOverride/.test(String(error))) throw error;
  });
  const width = await page.evaluate('innerWidth');
  if (width !== size.width) throw new Error(`the tab is ${String(width)} px wide, not ${size.width}`);
}

export const firefox: BrowserKind<FirefoxBrowser> = {
  name: 'Firefox',
  async launch({ extension = true, viewport = DEFAULT_VIEWPORT, record } = {}) {
    const { browser, close } = await launchFirefox(extension ? FIREFOX_BUILD_DIR : null, { addonUuid: ADDON_UUID, viewport, record });
    const origin = extension ? `moz-extension://${ADDON_UUID}` : null;
    const needOrigin = (): string => {
      if (!origin) throw new Error('launched without the extension');
      return origin;
    };
    // Opened at launch, before any test's tab: opened later it would hide the tab under test.
    let extensionContext: Page | null = null;
    try {
      if (origin) {
        const page = await newTab(browser);
        navigate(page, `${origin}/popup.html`);
        await waitUntil('the extension page', () => page.evaluate('typeof browser !== "undefined" && typeof browser.tabs === "object"') as Promise<boolean>);
        extensionContext = page;
      }
    } catch (error) {
      await close();
      throw error;
    }
    return {
      name: 'Firefox',
      puppeteer: browser,
      origin,
      async open(url, options = {}) {
        const page = await newTab(browser, options.window ? { type: 'window' } : undefined);
        const tab = wrapFirefoxTab(page, url);
        if (options.initScript) await page.evaluateOnNewDocument(options.initScript);
        try {
          await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
        } catch (error) {
          // Some copied pages (readability-cnn) try to reach outside hosts in ways that make
          // Firefox's BiDi navigation report "Address rejected" although the page itself loaded.
          // Carry on when it did; the page's own errors are then compared like any other.
          const loaded = await waitUntil('the page despite the navigation error', () =>
            page.evaluate('document.readyState === "complete" && location.href') as Promise<string | false>,
          ).catch(() => null);
          if (loaded !== url) throw error;
        }
        // Bringing the tab forward is for the hover tests' sake; Firefox's BiDi sometimes reports
        // the tab's browsing context as discarded here while the page itself is fine.
        await page.bringToFront().catch(() => undefined);
        return tab;
      },
      async openExtensionPage(pathAndQuery, { drawn, viewport: size }) {
        const url = `${needOrigin()}/${pathAndQuery}`;
        // A window of its own, as a real popup floats over the page: the page stays the visible tab.
        const page = await newTab(browser, { type: 'window' });
        if (size) await setViewport(page, size);
        const tab = wrapFirefoxTab(page, url);
        navigate(page, url);
        await waitForDrawn(tab, drawn);
        return tab;
      },
      async openBrowserPage() {
        const page = await newTab(browser);
        navigate(page, 'about:robots');
        return wrapFirefoxTab(page, 'about:robots');
      },
      async extensionEvaluate<A, R>(fn: PageFunction<A, R>, arg: A): Promise<R> {
        if (!extensionContext) throw new Error('launched without the extension');
        return (await extensionContext.evaluate(callExpression(fn, arg))) as R;
      },
      visit: (url) => visitPage(browser, url),
      close,
    };
  },
};
