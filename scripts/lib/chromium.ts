import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { playwrightFrames, settleAndCollect, type PageVisit } from './collect-marks.ts';
import { chromiumOfflineArgs, startRefusingProxy, type ProxyRecorder } from './offline.ts';
import { CHROME_BUILD_DIR } from './paths.ts';

export const CHROMIUM_PATH = '/usr/bin/chromium';

/** A Chromium profile, with or without the extension; `close()` also deletes the profile. */
export interface ChromiumSession {
  context: BrowserContext;
  /** The extension id, or null when launched without the extension. */
  extensionId: string | null;
  close(): Promise<void>;
}

/** The flags every headless Chromium of the project runs with (the list, known to work here). */
export const COMMON_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Throws a message that says what to run when the browser or the build is missing. */
export function assertChromiumBuild(extensionDir: string): void {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}: run \`apt-get install -y chromium\``);
  }
  if (!existsSync(path.join(extensionDir, 'manifest.json'))) {
    throw new Error(`${path.join(extensionDir, 'manifest.json')} is missing: run npm run build first`);
  }
}

/**
 * Launches headless Chromium (the system one; nothing is downloaded) in a fresh throwaway
 * profile with the unpacked extension in `extensionDir` loaded; pass null for a plain
 * browser (a baseline without the extension). The browser reaches only 127.0.0.1
 * (see offline.ts).
 */
export async function launchChromium(
  extensionDir: string | null = CHROME_BUILD_DIR,
  { record }: { record?: ProxyRecorder } = {},
): Promise<ChromiumSession> {
  const dir = extensionDir === null ? null : path.resolve(extensionDir);
  if (dir !== null) assertChromiumBuild(dir);
  else if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}: run \`apt-get install -y chromium\``);
  }
  const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'attribution-lens-chromium-'));
  // `record`: what the refusing proxy is asked is told to the caller (the privacy test).
  const proxy = await startRefusingProxy(record);
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: [
        ...(dir === null ? [] : [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`]),
        ...COMMON_ARGS,
        ...chromiumOfflineArgs(proxy),
      ],
    });
  } catch (err) {
    await proxy.close();
    await rm(userDataDir, { recursive: true, force: true });
    throw err;
  }
  const close = async (): Promise<void> => {
    await context.close().catch(() => undefined);
    await proxy.close();
    await rm(userDataDir, { recursive: true, force: true });
  };
  if (dir === null) return { context, extensionId: null, close };
  try {
    // The MV3 background service worker's URL is chrome-extension://<id>/background.js.
    const worker =
      context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    return { context, extensionId: new URL(worker.url()).host, close };
  } catch (err) {
    await close();
    throw new Error(
      `the extension in ${dir} started no service worker within 15 s (is it a valid MV3 build?): ${String(err)}`,
    );
  }
}

/**
 * Opens `url` in a new tab, waits for the load event and then for the marks to settle (the
 * corpus README's rule), collects them and the body's innerText, runs `use` (e.g. for a
 * screenshot) and closes the tab.
 */
export async function visitPage(
  context: BrowserContext,
  url: string,
  use?: (page: Page) => Promise<void>,
): Promise<PageVisit> {
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
    const { marks, settle } = await settleAndCollect(playwrightFrames, page.mainFrame(), { start: Date.now() });
    const bodyText = await page.evaluate('document.body ? document.body.innerText : ""');
    if (use) await use(page);
    return { marks, settle, bodyText: String(bodyText) };
  } finally {
    await page.close().catch(() => undefined);
  }
}

/**
 * Sets the popup and card language in the extension's stored settings, keeping the rest, from
 * its service worker (as the popup's language menu would; WXT's version record is kept at 2).
 */
export async function storeLanguage(session: ChromiumSession, language: 'en' | 'ar'): Promise<void> {
  const worker = session.context.serviceWorkers()[0];
  if (!worker) throw new Error('the extension has no service worker');
  await worker.evaluate(async (lang: string) => {
    const c = (globalThis as unknown as { chrome: typeof chrome }).chrome;
    const got = await c.storage.local.get('settings');
    const current = (got.settings ?? {}) as Record<string, unknown>;
    await c.storage.local.set({ settings: { ...current, language: lang }, settings$: { v: 2 } });
  }, language);
}
