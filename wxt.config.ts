import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { readFileSync } from 'node:fs';
import { matchTablePlugin } from './build/match-table-plugin';
import { validateDataset } from './src/data/validate-dataset';

const DATASET = new URL('./src/data/attribution.json', import.meta.url).pathname;

/**
 * The Firefox add-on id. addons.mozilla.org ties every version to the id of the first upload,
 * so it can never change: a fresh UUID in braces, the form Mozilla recommends.
 */
export const FIREFOX_ADDON_ID = '{441fdfb9-0548-40e0-bcdb-fb6fa25b741a}';

/**
 * The oldest browsers the code runs in, set by the newest API it needs: AbortSignal.any
 * (Chrome 116, Firefox 124) in the content script. Firefox's floor is higher still:
 * data_collection_permissions, declared below, is read from Firefox 140 on. The rest
 * (storage.session, scripting.executeScript with frameIds, the CSS Custom Highlight API) is
 * no newer (docs/development.md, "Minimum versions declared").
 */
export const MINIMUM_CHROME_VERSION = '116';
export const MINIMUM_FIREFOX_VERSION = '140.0';

// https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  srcDir: '.',
  vite: () => ({
    plugins: [preact(), matchTablePlugin(DATASET)],
    // mark.js's package entry is its ES5 build; the ES2015 build of the same version is smaller.
    resolve: { alias: { 'mark.js': 'mark.js/dist/mark.es6.js' } },
  }),
  hooks: {
    // The content script runs in every frame of every page, so it uses the browsers' own
    // promise-based API (WXT's plain `wxt/browser`: Firefox's `browser`, Chrome MV3's `chrome`)
    // instead of the polyfill the extension's pages use. What it calls (storage, runtime ids
    // and URLs; messages go through @webext-core/messaging, which calls `chrome` itself)
    // returns promises natively in both. The polyfill would add script to every frame, and its
    // module wrapper copies every property of Chrome's `browser` object at start-up, which makes
    // Chrome build each API namespace (`app`, `tabs`, …) (docs/performance.md).
    // card.js (an unlisted script the background injects into pages) gets the same.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((e) => e.type === 'content-script' || e.type === 'unlisted-script')) return;
      const alias = config.resolve?.alias;
      if (Array.isArray(alias)) {
        config.resolve!.alias = alias.filter((a: { find: unknown }) => a.find !== 'wxt/browser');
      } else if (alias && typeof alias === 'object') {
        delete (alias as Record<string, string>)['wxt/browser'];
      }
    },
    // A broken dataset fails the build, naming the entry and field (validate-dataset.ts).
    'build:before': () => {
      validateDataset(JSON.parse(readFileSync(DATASET, 'utf8')));
    },
  },
  manifest: ({ browser }) => ({
    // Localised in public/_locales/{en,ar}/messages.json.
    default_locale: 'en',
    name: '__MSG_name__',
    description: '__MSG_description__',
    // scripting: the background injects the hover card's code into a frame when it is first
    // needed (src/page/card/card-loader.ts), rather than every frame compiling it at load.
    permissions: ['storage', 'scripting'],
    // Extension pages run only the extension's own scripts: no remote code, no eval (PRIVACY.md).
    content_security_policy:
      browser === 'firefox'
        ? "script-src 'self'; object-src 'self'"
        : { extension_pages: "script-src 'self'; object-src 'self'" },
    // The content script's own scope, asked as host permissions too, so the popup may read the
    // inspected tab's URL (for "this site" and to tell pages the extension cannot read). It adds
    // no install warning: matching content scripts already show the same one.
    host_permissions: ['http://*/*', 'https://*/*'],
    commands: {
      'next-mention': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: '__MSG_commandNextMention__',
      },
      // K, left of L: back. Not a default shortcut of Chrome (its Alt+Shift ones are A, I, T) or
      // Firefox; both browsers assign it (test/e2e/options/suite.ts reads the keys they report).
      'previous-mention': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: '__MSG_commandPreviousMention__',
      },
    },
    // Firefox for Android is not declared (no gecko_android): it is untested there, where
    // hover would need to become a tap and there are no keyboard commands.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: FIREFOX_ADDON_ID,
              strict_min_version: MINIMUM_FIREFOX_VERSION,
              // Nothing is collected or transmitted (PRIVACY.md).
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : { minimum_chrome_version: MINIMUM_CHROME_VERSION }),
  }),
});
