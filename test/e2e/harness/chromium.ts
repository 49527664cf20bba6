/**
 * The harness's Chromium: the shared launcher (scripts/lib/chromium.ts: system Chromium through
 * playwright-core, the built .output/chrome-mv3 unpacked, offline). The privileged extension
 * context is the MV3 background service worker, where the real messages come from. `raw` keeps
 * playwright's page reachable for Chromium-only checks (axe, media emulation, downloads).
 */
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { playwrightFrames } from '../../../scripts/lib/collect-marks.ts';
import { launchChromium, visitPage, type ChromiumSession } from '../../../scripts/lib/chromium.ts';
import { wrapTab } from './tab.ts';
import { waitForDrawn } from './wait.ts';
import {
  callExpression,
  DEFAULT_VIEWPORT,
  type BrowserKind,
  type PageFunction,
  type PageProblem,
  type TestBrowser,
  type TestTab,
} from './browser.ts';

export interface ChromiumTab extends TestTab {
  readonly raw: Page;
}

export interface ChromiumBrowser extends TestBrowser<ChromiumTab> {
  readonly session: ChromiumSession;
}

function wrapChromiumTab(page: Page, url: string): ChromiumTab {
  const problems: PageProblem[] = [];
  // Console messages of every frame and world (content scripts included) reach page.on('console').
  page.on('console', (m) => problems.push({ kind: 'console', level: m.type(), text: m.text(), source: m.location().url }));
  page.on('pageerror', (e) => problems.push({ kind: 'pageerror', level: 'error', text: String(e.stack ?? e.message), source: '' }));
  const tab = wrapTab(page, url, problems, {
    frames: playwrightFrames,
    select: (selector, value) => page.selectOption(selector, value),
    screenshot: (file) => page.screenshot({ path: file }),
  });
  return { ...tab, raw: page };
}

async function backgroundWorker(context: BrowserContext, origin: string): Promise<Worker> {
  const own = () => context.serviceWorkers().find((w) => w.url().startsWith(`${origin}/`));
  const running = own();
  if (running) return running;
  // Chromium stops an idle service worker; opening an extension page starts it again.
  const waiting = context.waitForEvent('serviceworker', { timeout: 15_000 });
  const page = await context.newPage();
  await page.goto(`${origin}/popup.html`);
  const worker = own() ?? (await waiting);
  await page.close();
  return worker;
}

export const chromium: BrowserKind<ChromiumBrowser> = {
  name: 'Chromium',
  async launch({ extension = true, viewport = DEFAULT_VIEWPORT, record } = {}) {
    const session = await launchChromium(extension ? undefined : null, { record });
    const { context, extensionId } = session;
    const origin = extensionId ? `chrome-extension://${extensionId}` : null;
    const needOrigin = (): string => {
      if (!origin) throw new Error('launched without the extension');
      return origin;
    };
    const newPage = async (size = viewport): Promise<Page> => {
      const page = await context.newPage();
      await page.setViewportSize(size);
      return page;
    };
    return {
      name: 'Chromium',
      session,
      origin,
      // Headless Chromium renders every page, so a tab needs no window of its own.
      async open(url, options = {}) {
        const page = await newPage();
        const tab = wrapChromiumTab(page, url);
        if (options.initScript) await page.addInitScript(options.initScript);
        await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
        await page.bringToFront();
        return tab;
      },
      async openExtensionPage(pathAndQuery, { drawn, viewport: size }) {
        const url = `${needOrigin()}/${pathAndQuery}`;
        const page = await newPage(size);
        const tab = wrapChromiumTab(page, url);
        await page.goto(url);
        await waitForDrawn(tab, drawn);
        return tab;
      },
      async openBrowserPage() {
        const page = await newPage();
        await page.goto('chrome://version/');
        return wrapChromiumTab(page, 'chrome://version/');
      },
      async extensionEvaluate<A, R>(fn: PageFunction<A, R>, arg: A): Promise<R> {
        const worker = await backgroundWorker(context, needOrigin());
        return (await worker.evaluate(callExpression(fn, arg))) as R;
      },
      visit: (url) => visitPage(context, url),
      close: session.close,
    };
  },
};
