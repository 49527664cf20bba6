/**
 * What the stores check in the manifest, read from its declaration (wxt.config.ts) and the
 * locale files, so a slip fails here rather than in a store's review: the Chrome Web Store
 * rejects a description over 132 characters; Mozilla ties every version to the first
 * upload's add-on id; the minimum versions must cover the APIs the code calls; and every
 * text the browser shows from the manifest is localised in every locale.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MENTION_COMMANDS } from '../../src/messaging/mention-commands';
import config, { FIREFOX_ADDON_ID, MINIMUM_CHROME_VERSION, MINIMUM_FIREFOX_VERSION } from '../../wxt.config';

const LOCALES_DIR = path.resolve(import.meta.dirname, '../../public/_locales');
const STORE_DESCRIPTION_LIMIT = 132;

type Messages = Record<string, { message: string }>;
const locales: [string, Messages][] = readdirSync(LOCALES_DIR).map((lang) => [
  lang,
  JSON.parse(readFileSync(path.join(LOCALES_DIR, lang, 'messages.json'), 'utf8')) as Messages,
]);

type Manifest = {
  default_locale?: string;
  name?: string;
  description?: string;
  minimum_chrome_version?: string;
  commands?: Record<string, { description?: string; suggested_key?: { default?: string } }>;
  browser_specific_settings?: Record<string, { id?: string; strict_min_version?: string }>;
};

function manifestFor(browser: 'chrome' | 'firefox'): Manifest {
  const declare = config.manifest as (env: { browser: string; manifestVersion: number; mode: string; command: string }) => Manifest;
  return declare({ browser, manifestVersion: browser === 'chrome' ? 3 : 2, mode: 'production', command: 'build' });
}

/** The message key a `__MSG_key__` text names, or null for a literal text. */
function messageKey(text: string | undefined): string | null {
  return /^__MSG_(\w+)__$/.exec(text ?? '')?.[1] ?? null;
}

/** Major and minor parts of a version string, for comparing. */
function version(v: string | undefined): number[] {
  return (v ?? '').split('.').map(Number);
}
function atLeast(v: string | undefined, min: string): boolean {
  const [a = 0, b = 0] = version(v);
  const [c = 0, d = 0] = version(min);
  return a > c || (a === c && b >= d);
}

describe('the locales', () => {
  it('include the default locale and at least English and Arabic', () => {
    expect(locales.map(([lang]) => lang)).toEqual(expect.arrayContaining(['en', 'ar', manifestFor('chrome').default_locale]));
  });

  it.each(locales)('%s: the description fits the Chrome Web Store (132 characters at most)', (_lang, messages) => {
    const description = messages.description?.message ?? '';
    expect(description.length).toBeGreaterThan(0);
    expect([...description].length).toBeLessThanOrEqual(STORE_DESCRIPTION_LIMIT);
  });
});

describe.each(['chrome', 'firefox'] as const)('the %s manifest', (browser) => {
  const manifest = manifestFor(browser);

  it('takes its name, description and every command description from the locales, each defined in every locale', () => {
    const texts = [manifest.name, manifest.description, ...Object.values(manifest.commands ?? {}).map((c) => c.description)];
    expect(Object.keys(manifest.commands ?? {}).length).toBeGreaterThan(0);
    for (const text of texts) {
      const key = messageKey(text);
      expect(key, `${text} is not localised (__MSG_key__)`).not.toBeNull();
      for (const [lang, messages] of locales) expect(messages[key as string]?.message, `${lang} lacks ${key}`).toBeTruthy();
    }
  });
});

describe('the keyboard commands', () => {
  const commands = manifestFor('chrome').commands ?? {};

  it('are next and previous highlight, each with its own suggested key', () => {
    expect(Object.keys(commands).sort()).toEqual(Object.keys(MENTION_COMMANDS).sort());
    expect(commands['next-mention']?.suggested_key?.default).toBe('Alt+Shift+L');
    expect(commands['previous-mention']?.suggested_key?.default).toBe('Alt+Shift+K');
    expect(manifestFor('firefox').commands).toEqual(commands);
  });

  it.each(locales)('%s: each description is its own, within the store limit', (_lang, messages) => {
    const texts = Object.values(commands).map((c) => messages[messageKey(c.description) ?? '']?.message ?? '');
    expect(new Set(texts).size).toBe(texts.length);
    for (const text of texts) {
      expect(text.length).toBeGreaterThan(0);
      expect([...text].length).toBeLessThanOrEqual(STORE_DESCRIPTION_LIMIT);
    }
  });
});

describe('the minimum browser versions', () => {
  // AbortSignal.any, the newest API the code calls, arrived in Chrome 116 and Firefox 124;
  // Firefox reads data_collection_permissions from 140 on.
  it('cover the APIs the code uses, in Chrome', () => {
    expect(manifestFor('chrome').minimum_chrome_version).toBe(MINIMUM_CHROME_VERSION);
    expect(atLeast(MINIMUM_CHROME_VERSION, '116')).toBe(true);
  });

  it('cover the APIs the code uses, in Firefox', () => {
    const gecko = manifestFor('firefox').browser_specific_settings?.gecko;
    expect(gecko?.strict_min_version).toBe(MINIMUM_FIREFOX_VERSION);
    expect(atLeast(MINIMUM_FIREFOX_VERSION, '140.0')).toBe(true);
  });

  it('are declared only for the browser that reads them', () => {
    expect(manifestFor('firefox').minimum_chrome_version).toBeUndefined();
    expect(manifestFor('chrome').browser_specific_settings).toBeUndefined();
  });
});

describe('the Firefox add-on id', () => {
  it('is a UUID in braces, the form Mozilla recommends, and no placeholder', () => {
    const id = manifestFor('firefox').browser_specific_settings?.gecko?.id;
    expect(id).toBe(FIREFOX_ADDON_ID);
    expect(id).toMatch(/^\{[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}$/);
    expect(id).not.toMatch(/^\{0{8}-/);
  });

  it('declares desktop Firefox only: Firefox for Android is untested', () => {
    expect(Object.keys(manifestFor('firefox').browser_specific_settings ?? {})).toEqual(['gecko']);
  });
});
