import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { puppeteerFrames, settleAndCollect, type PageVisit } from './collect-marks.ts';
import { firefoxOfflinePrefs, startRefusingProxy, type ProxyRecorder } from './offline.ts';
import { FIREFOX_BUILD_DIR } from './paths.ts';

export const FIREFOX_PATH = '/usr/bin/firefox-esr';
/**
 * The add-on's gecko id as the build under test declares it (wxt.config.ts, FIREFOX_ADDON_ID):
 * read from the build, so the harness follows the manifest.
 */
function addonIdOf(dir: string): string {
  const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: unknown } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (typeof id !== 'string') throw new Error(`${path.join(dir, 'manifest.json')} declares no gecko id`);
  return id;
}

/** Firefox with (optionally) the extension installed as a temporary add-on. */
export interface FirefoxSession {
  browser: Browser;
  /** The add-on id, or null when launched without the extension. */
  extensionId: string | null;
  close(): Promise<void>;
}

export interface FirefoxOptions {
  /**
   * The add-on's moz-extension:// UUID, fixed in advance (the `extensions.webextensions.uuids`
   * preference): needed to open its pages (popup.html), which Firefox would otherwise name at random.
   */
  addonUuid?: string;
  /** The tabs' viewport (puppeteer's default is 800×600). */
  viewport?: { width: number; height: number };
  /** Told what the refusing proxy is asked (see offline.ts). */
  record?: ProxyRecorder;
}

/**
 * Launches headless Firefox ESR (the system one) over WebDriver BiDi and installs the unpacked
 * extension in `extensionDir` as a temporary add-on; pass null for a browser without it.
 * Playwright cannot drive the system Firefox, so this uses puppeteer-core. The browser reaches
 * only 127.0.0.1 (see offline.ts).
 * Caveat: do not await `page.goto` on moz-extension:// pages; their load event never arrives.
 */
export async function launchFirefox(
  extensionDir: string | null = FIREFOX_BUILD_DIR,
  { addonUuid, viewport, record }: FirefoxOptions = {},
): Promise<FirefoxSession> {
  if (!existsSync(FIREFOX_PATH)) {
    throw new Error(`Firefox not found at ${FIREFOX_PATH}: run \`apt-get install -y firefox-esr\``);
  }
  const dir = extensionDir === null ? null : path.resolve(extensionDir);
  if (dir !== null && !existsSync(path.join(dir, 'manifest.json'))) {
    throw new Error(`${path.join(dir, 'manifest.json')} is missing: run npm run build first`);
  }
  const addonId = dir === null ? null : addonIdOf(dir);
  const proxy = await startRefusingProxy(record);
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX_PATH,
      headless: true,
      ...(viewport && { defaultViewport: viewport }),
      // Firefox 138+ refuses privileged remote commands (installing an add-on is one) without it.
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        ...firefoxOfflinePrefs(proxy),
        ...(addonUuid && addonId && { 'extensions.webextensions.uuids': JSON.stringify({ [addonId]: addonUuid }) }),
      },
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
    const installed = await browser.installExtension(dir);
    // The UUID preference is keyed by the add-on id: a different id would leave the UUID random.
    if (addonUuid && installed !== addonId) throw new Error(`installed ${installed}, expected ${addonId}`);
    return { browser, extensionId: installed, close };
  } catch (err) {
    await close();
    throw err;
  }
}

/**
 * A new tab. Firefox's BiDi now and then fails to create one with "no such frame …
 * DiscardedBrowsingContextError" (seen in a clean-clone CI run, in the corpus sweep): a
 * harness hiccup, not the page's or the extension's doing, so try again, twice at most.
 */
export async function newTab(browser: Browser, options?: Parameters<Browser['newPage']>[0]): Promise<Page> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await browser.newPage(options);
    } catch (error) {
      if (attempt >= 3 || !/no such frame|DiscardedBrowsingContext/.test(String(error))) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}

/** Firefox counterpart of chromium.ts `visitPage`: load, settle, collect, close the tab. */
export async function visitPage(browser: Browser, url: string): Promise<PageVisit> {
  const page = await newTab(browser);
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
    const { marks, settle } = await settleAndCollect(puppeteerFrames, page.mainFrame(), { start: Date.now() });
    const bodyText = await page.evaluate('document.body ? document.body.innerText : ""');
    return { marks, settle, bodyText: String(bodyText) };
  } finally {
    await page.close().catch(() => undefined);
  }
}
