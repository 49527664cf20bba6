/**
 * Privacy end to end (issue 6, part 4): browse corpus pages, hover highlights (the card) and
 * open the popup in Chromium with the built extension, recording every request three ways:
 *   - Playwright's request events of the whole context (pages, frames, the popup, and the
 *     extension's service worker);
 *   - the page server's own log (what reached 127.0.0.1);
 *   - a recording proxy that every non-loopback request must go through (it refuses them all),
 *     which sees what any context of the browser sends to the outside, whoever sent it.
 * The same pages are first browsed without the extension; with it, nothing may differ except
 * the extension loading its own files from chrome-extension://<its id>/.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertChromiumBuild } from '../../scripts/lib/chromium.ts';
import type { ProxyRecorder } from '../../scripts/lib/offline.ts';
import { CHROME_BUILD_DIR } from '../../scripts/lib/paths.ts';
import { CORPUS_DIR, SEED_PAGE } from './fixtures/corpus.ts';
import { chromium, type ChromiumBrowser, type ChromiumTab } from './harness/chromium.ts';
import { openPopup } from './harness/extension-pages.ts';
import { sleep, waitUntil } from './harness/wait.ts';

// Playwright reports a service worker's requests with this switch (Chromium).
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

/** Pages of every kind: the seed article, Arabic and Chinese, frames, shadow DOM, a live page, forms, heavy news pages. */
const PAGES = [
  SEED_PAGE,
  'dev-ar-attribution-2021',
  'dev-zh-attribution-2021',
  'dev-en-iframe-host',
  'dev-en-shadow-widget',
  'dev-en-dynamic-liveblog',
  'dev-en-form-controls',
  'mitre-group-hafnium',
  'readability-nytimes-1',
  'readability-wikipedia',
];

interface Logged {
  url: string;
  /** Where it came from: a page frame's URL, 'service-worker', or 'none'. */
  from: string;
}

/** A listening server that records what it is asked. */
async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** Serves the corpus read-only, logging every path. */
async function corpusServer() {
  const log: string[] = [];
  const server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    log.push(`${req.method} ${pathname}`);
    const file = path.join(CORPUS_DIR, pathname);
    if (!file.startsWith(CORPUS_DIR + path.sep)) return void res.writeHead(403).end();
    readFile(file)
      .then((body) => res.writeHead(200, { 'Content-Type': file.endsWith('.html') ? 'text/html; charset=utf-8' : 'application/octet-stream', 'Cache-Control': 'no-store' }).end(body))
      .catch(() => res.writeHead(404).end());
  });
  const host = await listen(server);
  return { url: `http://${host}/`, log, close: () => new Promise<void>((r) => (server.closeAllConnections(), server.close(() => r()))) };
}

/** What the browser's refusing proxy is asked: every request and CONNECT tunnel, and the bodies sent. */
function recordingProxy() {
  const log: string[] = [];
  const bodies: string[] = [];
  return { log, bodies, request: (line: string) => void log.push(line), body: (url: string, body: string) => void bodies.push(`${url} ${body}`) };
}

/**
 * Chromium's own update service (components, and store extensions): the browser calls it with
 * or without this extension, which has no update URL (unpacked) and never calls it. Its
 * requests are left out of the comparison, and checked not to name this extension.
 */
const BROWSER_UPDATER = /^POST http:\/\/update\.googleapis\.com\/service\/update2\//;

/** The harness's Chromium, its refusing proxy recording, and every request the browser makes logged. */
async function launch(extension: boolean, proxy: ProxyRecorder) {
  const browser = await chromium.launch({ extension, record: proxy });
  const requests: Logged[] = [];
  const from = (r: Request) => {
    if (r.serviceWorker()) return 'service-worker';
    try {
      return r.frame().url() || 'about:blank';
    } catch {
      return 'none';
    }
  };
  browser.session.context.on('request', (r) => requests.push({ url: r.url(), from: from(r) }));
  return { browser, requests };
}

/** Loads each page, lets it live a little (the live blog changes at 800 ms), and closes it. */
async function browse(browser: ChromiumBrowser, base: string, afterLoad?: (name: string, tab: ChromiumTab) => Promise<void>) {
  for (const name of PAGES) {
    const tab = await browser.open(`${base}${name}.html`);
    await sleep(2000);
    await afterLoad?.(name, tab);
    await tab.close();
  }
}

/** "GET /x" lines as a multiset, for comparing two logs. */
const counts = (lines: string[]) => lines.reduce<Record<string, number>>((m, l) => ((m[l] = (m[l] ?? 0) + 1), m), {});
/** The distinct lines, sorted. Copied news pages ask for some of their images and ads once or twice, at random: compare what, not how often. */
const distinct = (lines: string[]) => [...new Set(lines)].sort();

describe('Chromium: nothing leaves the browser because of the extension', () => {
  let corpus: Awaited<ReturnType<typeof corpusServer>>;
  const baseline = { requests: [] as Logged[], server: [] as string[], proxy: [] as string[], bodies: [] as string[] };
  const withExt = { requests: [] as Logged[], server: [] as string[], proxy: [] as string[], bodies: [] as string[], extensionId: '', marks: 0, card: false, popupText: '' };

  beforeAll(async () => {
    assertChromiumBuild(CHROME_BUILD_DIR);
    corpus = await corpusServer();
    // One browser at a time: first without the extension, then with it.
    for (const ext of [false, true]) {
      const proxy = recordingProxy();
      const { browser, requests } = await launch(ext, proxy);
      const serverStart = corpus.log.length;
      try {
        if (!ext) {
          await browse(browser, corpus.url);
        } else {
          withExt.extensionId = browser.session.extensionId ?? '';
          await browse(browser, corpus.url, async (name, tab) => {
            withExt.marks += await tab.evaluate(() => document.querySelectorAll('mark[data-attribution-lens]').length, null);
            if (name !== SEED_PAGE) return;
            // Hover the first highlight: the card asks the background for its texts.
            await tab.hover('mark[data-attribution-lens]');
            await waitUntil('the card', () => tab.evaluate(() => !!document.querySelector('attribution-lens-card')?.shadowRoot?.querySelector('.card'), null), 10_000);
            withExt.card = true;
            // The popup, on this tab, in every section.
            const tabId = await browser.extensionEvaluate(async (url) => (await chrome.tabs.query({})).find((t) => t.url === url)?.id, tab.url);
            const popup = await openPopup(browser, `?tabId=${tabId}`);
            await sleep(1500);
            for (const tabButton of await popup.raw.locator('[role="tab"]').all()) {
              await tabButton.click();
              await sleep(500);
            }
            withExt.popupText = await popup.evaluate(() => document.body.innerText, null);
            await popup.close();
          });
          // Give the service worker time to do anything it would do on its own.
          await sleep(2000);
        }
      } finally {
        await browser.close();
      }
      const target = ext ? withExt : baseline;
      target.requests = requests;
      target.proxy = proxy.log;
      target.bodies = proxy.bodies;
      target.server = corpus.log.slice(serverStart);
    }
  }, 300_000);

  afterAll(async () => {
    await corpus?.close();
  });

  it('browsed with the extension working: highlights, the card and the popup were all used', () => {
    expect(withExt.marks).toBeGreaterThan(50);
    expect(withExt.card).toBe(true);
    expect(withExt.popupText.length).toBeGreaterThan(100);
    expect(baseline.server.length).toBeGreaterThanOrEqual(PAGES.length);
  });

  it('the extension loads only its own files, from its own origin', () => {
    const own = `chrome-extension://${withExt.extensionId}/`;
    const extensionRequests = withExt.requests.filter((r) => r.from.startsWith('chrome-extension:') || r.from === 'service-worker' || r.url.startsWith('chrome-extension:'));
    expect(extensionRequests.length).toBeGreaterThan(0);
    expect(extensionRequests.filter((r) => !r.url.startsWith(own))).toEqual([]);
  });

  it('pages make exactly the requests they make without the extension', () => {
    const pageRequests = (list: Logged[]) =>
      distinct(list.filter((r) => !r.url.startsWith('chrome-extension:') && !r.from.startsWith('chrome-extension:') && r.from !== 'service-worker').map((r) => r.url));
    const before = pageRequests(baseline.requests);
    expect(before.length).toBeGreaterThan(PAGES.length);
    expect(pageRequests(withExt.requests).filter((url) => !before.includes(url))).toEqual([]);
  });

  it('the page server sees the same requests with and without the extension', () => {
    expect(counts(withExt.server)).toEqual(counts(baseline.server));
  });

  it('nothing more tries to reach the outside world with the extension than without it', () => {
    const before = distinct(baseline.proxy);
    expect(before.length).toBeGreaterThan(0);
    expect(distinct(withExt.proxy).filter((line) => !before.includes(line) && !BROWSER_UPDATER.test(line))).toEqual([]);
    // Whatever the browser sent out, it never named this extension.
    expect(withExt.bodies.filter((body) => body.includes(withExt.extensionId))).toEqual([]);
  });
});
