/**
 * The options page and the keyboard commands end to end, the same in every browser: the page
 * opens from the built extension; removing and adding a switched-off site changes what the
 * content script highlights on 127.0.0.1 and on localhost (kept as they are, not as domains);
 * bad input is refused with a message; the entities and the global switch apply live; the card
 * trigger is stored; the shortcuts are listed as the browser has them; Arabic is right to left;
 * the popup's "All settings" opens the page; and `previous-mention` visits highlights backwards.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer, type StaticServer } from '../../../scripts/lib/static-server.ts';
import { mainPages } from '../fixtures/in-page-pages.ts';
import type { BrowserKind, TestBrowser, TestTab } from '../harness/browser.ts';
import { openOptions, openPopup } from '../harness/extension-pages.ts';
import { waitUntil } from '../harness/wait.ts';
import { pageMarks } from '../popup/suite.ts';

/** The extension API subset called from the options page (Chrome's `chrome` or Firefox's `browser`). */
interface ExtensionApi {
  storage: { local: { get(key: string): Promise<Record<string, unknown>>; remove(keys: string[]): Promise<void>; set(v: object): Promise<void> } };
  tabs: {
    query(query: object): Promise<Array<{ id?: number; url?: string }>>;
    remove(ids: number[]): Promise<void>;
    sendMessage(tabId: number, message: unknown, options: { frameId: number }): Promise<unknown>;
  };
  runtime: { getManifest(): { options_ui?: { page?: string; open_in_tab?: boolean } } };
}

export interface OptionsSuiteContext<B extends TestBrowser = TestBrowser> {
  browser: B;
  server: StaticServer;
  /** The options page, open for the whole suite (also the extension context the checks call from). */
  options: TestTab;
  /** A page of the test server, at 127.0.0.1 or localhost. */
  url(host: '127.0.0.1' | 'localhost', file: string): string;
}

/** The settings as stored (null when none are). */
export function storedSettings(options: TestTab): Promise<Record<string, unknown> | null> {
  return options.evaluate(async () => {
    const g = globalThis as unknown as { browser?: ExtensionApi; chrome?: ExtensionApi };
    const api = (g.browser ?? g.chrome) as ExtensionApi;
    return ((await api.storage.local.get('settings')).settings ?? null) as Record<string, unknown> | null;
  }, null);
}

/** Stores a language choice, as the popup's language menu would. */
export function storeLanguage(options: TestTab, language: 'auto' | 'en' | 'ar'): Promise<void> {
  return options.evaluate(async (lang) => {
    const g = globalThis as unknown as { browser?: ExtensionApi; chrome?: ExtensionApi };
    const api = (g.browser ?? g.chrome) as ExtensionApi;
    const { settings } = await api.storage.local.get('settings');
    await api.storage.local.set({ settings: { ...(settings as object), language: lang }, settings$: { v: 2 } });
  }, language);
}

/** Types `text` into the add-a-site field and presses Enter in it. */
export async function typeSite(options: TestTab, text: string): Promise<void> {
  await options.evaluate((value) => {
    const input = document.getElementById('add-site-input') as HTMLInputElement;
    input.focus();
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);
  await options.press('Enter');
}

const listedSites = (options: TestTab) =>
  options.evaluate(() => Array.from(document.querySelectorAll('.off-sites .host')).map((el) => el.textContent ?? ''), null);

/** Waits until the page's highlights are exactly `entities` (in page order). */
const marksBecome = (page: TestTab, entities: string[], why: string) =>
  waitUntil(`marks ${JSON.stringify(entities)} (${why})`, async () => JSON.stringify(await pageMarks(page)) === JSON.stringify(entities));

/** keyboard.html's three highlights, in page order. */
const KEYBOARD_MARKS = ['apt40', 'apt31', 'mss'];

/** Each web page in a window of its own, so it stays visible (and redraws) while the options page is used. */
const IN_VIEW = { window: true };

export function defineOptionsSuite<B extends TestBrowser>(kind: BrowserKind<B>, more?: (get: () => OptionsSuiteContext<B>) => void): void {
  let ctx: OptionsSuiteContext<B> | undefined;
  const get = () => {
    if (!ctx) throw new Error('the suite did not start');
    return ctx;
  };

  describe(`${kind.name}: the options page and the keyboard commands`, () => {
    beforeAll(async () => {
      const server = await startStaticServer({ pages: mainPages('http://localhost/') });
      // Tall enough to show the whole options page: at 1280×720 Firefox missed the click on a
      // "Remove" button it had to scroll to, in the window behind the test pages.
      const browser = await kind.launch({ viewport: { width: 1000, height: 800 } });
      const options = await openOptions(browser);
      ctx = {
        browser,
        server,
        options,
        url: (host, file) => `${server.url.replace('127.0.0.1', host)}${file}`,
      };
    }, 120_000);

    afterAll(async () => {
      await ctx?.browser.close();
      await ctx?.server.close();
    });

    afterEach(async () => {
      const { options } = get();
      await options.evaluate(async () => {
        const g = globalThis as unknown as { browser?: ExtensionApi; chrome?: ExtensionApi };
        await ((g.browser ?? g.chrome) as ExtensionApi).storage.local.remove(['settings', 'settings$']);
      }, null);
      await waitUntil('the options page back to defaults', () =>
        options.evaluate(() => document.documentElement.lang === 'en' && document.querySelector('.off-sites') === null, null),
      );
    });

    it("opens from the built extension's options.html, declared as options_ui in a tab, with the shortcuts the browser has", async () => {
      const { options, browser } = get();
      const view = await options.evaluate(() => {
        const g = globalThis as unknown as { browser?: ExtensionApi; chrome?: ExtensionApi };
        return {
          url: location.href,
          optionsUi: ((g.browser ?? g.chrome) as ExtensionApi).runtime.getManifest().options_ui ?? null,
          title: document.querySelector('h1')?.textContent,
          dir: document.documentElement.dir,
        };
      }, null);
      expect(view).toEqual({
        url: `${browser.origin}/options.html`,
        // Firefox gives the page's full address, Chrome its path.
        optionsUi: expect.objectContaining({ page: expect.stringMatching(/(^|\/)options\.html$/), open_in_tab: true }),
        title: 'Attribution Lens settings',
        dir: 'ltr',
      });
      const rows = await waitUntil('the shortcuts', () =>
        options.evaluate(() => {
          const trs = Array.from(document.querySelectorAll<HTMLElement>('.shortcuts tbody tr'));
          return trs.length ? trs.map((tr) => [tr.dataset.direction, tr.querySelector('kbd')?.textContent ?? '']) : null;
        }, null),
      );
      expect(rows).toEqual([
        ['next', 'Alt+Shift+L'],
        ['previous', 'Alt+Shift+K'],
      ]);
    });

    it('"Change the shortcuts" opens the browser\'s own shortcut settings in a new tab', async () => {
      const { options } = get();
      const tabIds = () =>
        options.evaluate(async () => {
          const g = globalThis as unknown as { browser?: ExtensionApi; chrome?: ExtensionApi };
          return (await ((g.browser ?? g.chrome) as ExtensionApi).tabs.query({})).map((t) => t.id ?? -1);
        }, null);
      const before = await tabIds();
      await options.click('.open-shortcuts');
      // Its address (chrome://extensions/shortcuts, about:addons) is hidden from the extension: count the tabs.
      const opened = await waitUntil('a new tab', async () => {
        const added = (await tabIds()).filter((id) => !before.includes(id));
        return added.length ? added : null;
      });
      expect(opened).toHaveLength(1);
      await options.evaluate(async (ids) => {
        const g = globalThis as unknown as { browser?: ExtensionApi; chrome?: ExtensionApi };
        await ((g.browser ?? g.chrome) as ExtensionApi).tabs.remove(ids);
      }, opened);
    });

    it('removing and adding 127.0.0.1 switches the content script off and on there, live; localhost is another site', async () => {
      const { options, browser, url } = get();
      const local = await browser.open(url('127.0.0.1', 'keyboard.html'), IN_VIEW);
      const named = await browser.open(url('localhost', 'keyboard.html'), IN_VIEW);
      try {
        await marksBecome(local, KEYBOARD_MARKS, '127.0.0.1 at first');
        await marksBecome(named, KEYBOARD_MARKS, 'localhost at first');

        await typeSite(options, '127.0.0.1');
        await waitUntil('127.0.0.1 listed', async () => JSON.stringify(await listedSites(options)) === '["127.0.0.1"]');
        expect((await storedSettings(options))?.disabledSites).toEqual(['127.0.0.1']);
        await marksBecome(local, [], '127.0.0.1 switched off');
        expect(await pageMarks(named)).toEqual(KEYBOARD_MARKS);

        // An address with a port and a path is stored as its host: localhost, as it is.
        await typeSite(options, `${url('localhost', 'keyboard.html')}?from=options`);
        await waitUntil('localhost listed', async () => (await listedSites(options)).length === 2);
        expect((await storedSettings(options))?.disabledSites).toEqual(['127.0.0.1', 'localhost']);
        await marksBecome(named, [], 'localhost switched off');

        await options.click('.remove-site[aria-label="Remove 127.0.0.1"]');
        await waitUntil('127.0.0.1 removed', async () => JSON.stringify(await listedSites(options)) === '["localhost"]');
        await marksBecome(local, KEYBOARD_MARKS, '127.0.0.1 on again');
        expect(await pageMarks(named)).toEqual([]);
        await options.click('.remove-site[aria-label="Remove localhost"]');
        await marksBecome(named, KEYBOARD_MARKS, 'localhost on again');
      } finally {
        await local.close();
        await named.close();
      }
    });

    it('refuses what is not a site with a message, and stores nothing', async () => {
      const { options } = get();
      await typeSite(options, 'co.uk');
      const error = await waitUntil('the error', () =>
        options.evaluate(() => document.getElementById('add-site-error')?.textContent || null, null),
      );
      expect(error).toMatch(/Many sites share that ending/);
      expect(await options.evaluate(() => document.getElementById('add-site-input')?.getAttribute('aria-invalid'), null)).toBe('true');
      await typeSite(options, 'file:///etc/hosts');
      await waitUntil('the second error', () =>
        options.evaluate(() => /http or https/.test(document.getElementById('add-site-error')?.textContent ?? ''), null),
      );
      expect(await storedSettings(options)).toBeNull();
    });

    it('switching an entity off and on, and highlighting everywhere, changes the page live', async () => {
      const { options, browser, url } = get();
      const page = await browser.open(url('127.0.0.1', 'keyboard.html'), IN_VIEW);
      try {
        await marksBecome(page, KEYBOARD_MARKS, 'at first');
        await options.click('input[name="entity-apt31"]');
        await marksBecome(page, ['apt40', 'mss'], 'APT31 off');
        await options.click('input[name="enabled"]');
        await marksBecome(page, [], 'all off');
        // Which entities no longer matters while it is off: the fieldset is disabled.
        expect(await options.evaluate(() => document.querySelector('input[name="entity-apt40"]')?.matches(':disabled'), null)).toBe(true);
        await options.click('input[name="enabled"]');
        await marksBecome(page, ['apt40', 'mss'], 'on again, APT31 still off');
        await options.click('input[name="entity-apt31"]');
        await marksBecome(page, KEYBOARD_MARKS, 'APT31 on again');
      } finally {
        await page.close();
      }
    });

    it('stores what opens the card (hover by default, click, off)', async () => {
      const { options } = get();
      const checked = () => options.evaluate(() => (document.querySelector('input[name="cardTrigger"]:checked') as HTMLInputElement | null)?.value, null);
      expect(await checked()).toBe('hover');
      await options.click('input[name="cardTrigger"][value="click"]');
      await waitUntil('click stored', async () => (await storedSettings(options))?.cardTrigger === 'click');
      await options.click('input[name="cardTrigger"][value="off"]');
      await waitUntil('off stored', async () => (await storedSettings(options))?.cardTrigger === 'off');
      expect(await checked()).toBe('off');
    });

    it('follows the language setting: Arabic, right to left', async () => {
      const { options } = get();
      await storeLanguage(options, 'ar');
      const view = await waitUntil('Arabic', () =>
        options.evaluate(() => (document.documentElement.lang === 'ar' ? { dir: document.documentElement.dir, h1: document.querySelector('h1')?.textContent, title: document.title } : null), null),
      );
      expect(view).toEqual({ dir: 'rtl', h1: 'إعدادات عدسة الإسناد', title: 'إعدادات عدسة الإسناد' });
    });

    it('previous-mention visits the highlights backwards from the last, wrapping round, and opens each card; next goes forward again', async () => {
      const { options, browser, url } = get();
      const address = url('127.0.0.1', 'keyboard.html');
      const page = await browser.open(address, IN_VIEW);
      /** What the background sends for the command: @webext-core/messaging's message, to frame 0. */
      const send = (direction: 'next' | 'previous') =>
        options.evaluate(
          async ({ address, direction }) => {
            const g = globalThis as unknown as { browser?: ExtensionApi; chrome?: ExtensionApi };
            const api = (g.browser ?? g.chrome) as ExtensionApi;
            const tab = (await api.tabs.query({})).find((t) => t.url === address);
            if (tab?.id === undefined) throw new Error(`no tab has ${address}`);
            const message = { id: Math.floor(Math.random() * 1e4), type: 'focusMention', data: { direction }, timestamp: Date.now() };
            return api.tabs.sendMessage(tab.id, message, { frameId: 0 });
          },
          { address, direction },
        );
      const focused = () =>
        page.evaluate(() => {
          const marks = Array.from(document.querySelectorAll('mark[data-attribution-lens]'));
          const card = document.querySelector('attribution-lens-card')?.shadowRoot?.querySelector('.card');
          // The card opened from the keyboard holds the focus: its highlight is the visited one (tabindex -1).
          const inCard = document.activeElement === document.querySelector('attribution-lens-card');
          const index = inCard ? marks.findIndex((m) => m.hasAttribute('tabindex')) : marks.indexOf(document.activeElement as Element);
          return { index, card: card?.getAttribute('data-entity') ?? null };
        }, null);
      try {
        await marksBecome(page, KEYBOARD_MARKS, 'before the keys');
        await page.bringToFront();
        for (const [direction, index] of [
          ['previous', 2],
          ['previous', 1],
          ['previous', 0],
          ['previous', 2],
          ['next', 0],
          ['next', 1],
        ] as const) {
          expect(await send(direction)).toEqual({ res: true });
          const now = await waitUntil(`${direction} → mark ${index} with its card`, async () => {
            const f = await focused();
            return f.index === index && f.card === KEYBOARD_MARKS[index] ? f : null;
          });
          expect(now).toEqual({ index, card: KEYBOARD_MARKS[index] });
        }
        // Nothing sent by anything else moves it: a direction that is not one is refused.
        expect(await options.evaluate(
          async ({ address }) => {
            const g = globalThis as unknown as { browser?: ExtensionApi; chrome?: ExtensionApi };
            const api = (g.browser ?? g.chrome) as ExtensionApi;
            const tab = (await api.tabs.query({})).find((t) => t.url === address);
            return api.tabs.sendMessage(tab?.id ?? -1, { id: 1, type: 'focusMention', data: { direction: 'up' }, timestamp: Date.now() }, { frameId: 0 });
          },
          { address },
        )).toEqual({ res: false });
      } finally {
        await page.close();
      }
    });

    more?.(get);

    // Last: it closes the suite's options page, to see the popup open a new one.
    it('the popup\'s "All settings" opens the options page', async () => {
      const c = get();
      const popup = await openPopup(c.browser);
      const countOptionsTabs = () =>
        popup.evaluate(async (origin) => {
          const g = globalThis as unknown as { browser?: ExtensionApi; chrome?: ExtensionApi };
          const tabs = await ((g.browser ?? g.chrome) as ExtensionApi).tabs.query({});
          return tabs.filter((t) => t.url === `${origin}/options.html`).length;
        }, c.browser.origin);
      // openOptionsPage would only bring back an options page already open: close it first.
      await c.options.close();
      c.options = popup;
      await waitUntil('no options page', async () => (await countOptionsTabs()) === 0);
      await popup.click('#tab-settings');
      await popup.click('.all-settings');
      await waitUntil('the options page opened', async () => (await countOptionsTabs()) === 1);
    });
  });
}
