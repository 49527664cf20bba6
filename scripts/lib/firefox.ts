import { existsSync } from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { puppeteerFrames, settleAndCollect, type PageVisit } from './collect-marks.ts';
import { firefoxOfflinePrefs, startRefusingProxy } from './offline.ts';
import { FIREFOX_BUILD_DIR } from './paths.ts';

export const FIREFOX_PATH = '/usr/bin/firefox-esr';

/** Firefox with (optionally) the extension installed as a temporary add-on. */
export interface FirefoxSession {
  browser: Browser;
  /** The add-on id, or null when launched without the extension. */
  extensionId: string | null;
  close(): Promise<void>;
}

/**
 * Launches headless Firefox ESR (the system one) over WebDriver BiDi and installs the unpacked
 * extension in `extensionDir` as a temporary add-on; pass null for a browser without it.
 * Playwright cannot drive the system Firefox, so this uses puppeteer-core. The browser reaches
 * only 127.0.0.1 (see offline.ts).
 * Caveat: do not await `page.goto` on moz-extension:// pages; their load event never arrives.
 */
export async function launchFirefox(extensionDir: string | null = FIREFOX_BUILD_DIR): Promise<FirefoxSession> {
  if (!existsSync(FIREFOX_PATH)) {
    throw new Error(`Firefox not found at ${FIREFOX_PATH}: run \`apt-get install -y firefox-esr\``);
  }
  const dir = extensionDir === null ? null : path.resolve(extensionDir);
  if (dir !== null && !existsSync(path.join(dir, 'manifest.json'))) {
    throw new Error(`${path.join(dir, 'manifest.json')} is missing: run npm run build first`);
  }
  const proxy = await startRefusingProxy();
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX_PATH,
      headless: true,
      // Firefox 138+ refuses privileged remote commands (installing an add-on is one) without it.
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: firefoxOfflinePrefs(proxy),
    });
  } catch (err) {
    await proxy.close();
    throw err;
  }
  const close = async (): Promise<void> => {
    await browser.close().catch(() => undefined);
    await proxy.close();
  };
  if (dir === null) return { browser, extensionId: null, close };
  try {
    return { browser, extensionId: await browser.installExtension(dir), close };
  } catch (err) {
    await close();
    throw err;
  }
}

/** Firefox counterpart of chromium.ts `visitPage`: load, settle, collect, close the tab. */
export async function visitPage(browser: Browser, url: string): Promise<PageVisit> {
  const page = await browser.newPage();
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
    const { marks, settle } = await settleAndCollect(puppeteerFrames, page.mainFrame(), { start: Date.now() });
    const bodyText = await page.evaluate('document.body ? document.body.innerText : ""');
    return { marks, settle, bodyText: String(bodyText) };
  } finally {
    await page.close().catch(() => undefined);
  }
}
