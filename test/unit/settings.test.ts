/**
 * Stored settings: every earlier version migrates, and damaged values fall back to
 * the defaults with a console warning, never an exception (a broken popup or content
 * script). The storage item is WXT's own, running on WXT's in-memory fake browser.
 */
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ENTITY_IDS } from '../../src/data/entity-ids';
import {
  DEFAULT_SETTINGS,
  sanitizeSettings,
  SETTINGS_MIGRATIONS,
  SETTINGS_VERSION,
  type Settings,
} from '../../src/settings/settings-schema';

// @wxt-dev/storage takes the extension API from @wxt-dev/browser, which picks the global
// `browser` (or `chrome`) once, when first loaded. It is a dependency vitest does not
// transform, so vi.mock cannot reach it: the fake goes on the global before settings.ts loads.
Object.assign(globalThis, { browser: fakeBrowser });

const KEY = 'settings';
const META = `${KEY}$`;
const allOn = { apt40: true, apt31: true, mss: true, 'exchange-hack': true };

/** True when `s` is a complete, valid Settings value (sanitizing it finds nothing to fix). */
function isValid(s: unknown): s is Settings {
  const { settings, problems } = sanitizeSettings(s);
  return problems.length === 0 && JSON.stringify(Object.keys(s as object).sort()) === JSON.stringify(Object.keys(settings).sort());
}

/** Stores `value` (and the version meta, if given) as an earlier install left it, and forgets loaded modules. */
async function storeAsInstalled(value: unknown, version?: number) {
  const stored: Record<string, unknown> = {};
  if (value !== undefined) stored[KEY] = value;
  if (version !== undefined) stored[META] = { v: version };
  await fakeBrowser.storage.local.set(stored);
  vi.resetModules();
}

/** Stores `value` as an earlier install left it, then loads settings.ts afresh. */
async function installWith(value: unknown, version?: number) {
  await storeAsInstalled(value, version);
  // The storage item runs its migrations when it is declared, i.e. when settings.ts loads.
  return import('../../src/settings/store');
}

const stored = async () => (await fakeBrowser.storage.local.get([KEY, META])) as Record<string, unknown>;

let warn: ReturnType<typeof vi.spyOn>;
let error: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  fakeBrowser.reset();
  warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => vi.restoreAllMocks());

/** Settings as the first design stored them, and what each must become. */
const V1_CASES: [string, unknown, Settings][] = [
  ['everything on', { enabled: true, entities: [...ENTITY_IDS] }, { ...DEFAULT_SETTINGS, entities: allOn }],
  ['switched off', { enabled: false, entities: [...ENTITY_IDS] }, { ...DEFAULT_SETTINGS, enabled: false, entities: allOn }],
  [
    'two entities chosen',
    { enabled: true, entities: ['apt31', 'mss'] },
    { ...DEFAULT_SETTINGS, entities: { apt40: false, apt31: true, mss: true, 'exchange-hack': false } },
  ],
  ['no entity chosen', { enabled: true, entities: [] }, { ...DEFAULT_SETTINGS, entities: { apt40: false, apt31: false, mss: false, 'exchange-hack': false } }],
  ['an empty object (all defaults)', {}, { ...DEFAULT_SETTINGS, entities: allOn }],
  [
    'an entity id v2 no longer knows',
    { enabled: true, entities: ['apt40', 'apt41'] },
    { ...DEFAULT_SETTINGS, entities: { apt40: true, apt31: false, mss: false, 'exchange-hack': false } },
  ],
];

describe('settings migrations', () => {
  it('has a migration to every version after the first', () => {
    expect(SETTINGS_VERSION).toBeGreaterThanOrEqual(2);
    for (let v = 2; v <= SETTINGS_VERSION; v++) expect(typeof SETTINGS_MIGRATIONS[v], `migration to v${v}`).toBe('function');
  });

  /** Runs every migration from `from` up to the current version, as WXT does. */
  const migrate = (value: unknown, from = 1) => {
    let out = value;
    for (let v = from + 1; v <= SETTINGS_VERSION; v++) out = SETTINGS_MIGRATIONS[v]!(out) ?? out;
    return out;
  };

  it.each(V1_CASES)('v1 → v%#: %s', (_what, v1, expected) => {
    const migrated = migrate(v1);
    expect(migrated).toEqual(expected);
    expect(isValid(migrated)).toBe(true);
  });

  it('turns any stored v1 value, however odd, into valid current settings without throwing', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.record({ enabled: fc.anything(), entities: fc.oneof(fc.array(fc.oneof(fc.constantFrom(...ENTITY_IDS), fc.string())), fc.anything()) }, { requiredKeys: [] }),
          fc.jsonValue(),
        ),
        (v1) => {
          const migrated = migrate(v1);
          expect(isValid(migrated)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it.each(V1_CASES)('through WXT storage: a v1 install (%s) reads as v2 and is stored as v2', async (_what, v1, expected) => {
    const { readSettings } = await installWith(v1);
    expect(await readSettings()).toEqual(expected);
    expect(await stored()).toEqual({ [KEY]: expected, [META]: { v: SETTINGS_VERSION } });
    expect(warn).not.toHaveBeenCalled();
    expect(error).not.toHaveBeenCalled();
  });

  it('through WXT storage: a v1 install that recorded its version migrates too', async () => {
    const { readSettings } = await installWith({ enabled: false, entities: ['apt40'] }, 1);
    expect(await readSettings()).toMatchObject({ enabled: false, entities: { apt40: true, apt31: false } });
    expect((await stored())[META]).toEqual({ v: SETTINGS_VERSION });
  });

  it('through WXT storage: current settings are read as they are, untouched', async () => {
    const current: Settings = { enabled: true, disabledSites: ['example.org'], entities: { ...allOn, mss: false }, language: 'ar', cardTrigger: 'click' };
    const { readSettings } = await installWith(current, SETTINGS_VERSION);
    expect(await readSettings()).toEqual(current);
    expect(await stored()).toEqual({ [KEY]: current, [META]: { v: SETTINGS_VERSION } });
    expect(warn).not.toHaveBeenCalled();
  });

  it('a fresh install reads the defaults, and its first write records the current version', async () => {
    const { readSettings, updateSettings } = await installWith(undefined);
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
    await updateSettings({ language: 'en' });
    expect(await stored()).toEqual({ [KEY]: { ...DEFAULT_SETTINGS, language: 'en' }, [META]: { v: SETTINGS_VERSION } });
    expect(warn).not.toHaveBeenCalled();
  });

  it('settings from a newer version (the user went back to an older build) are read, not thrown at', async () => {
    const newer = { ...DEFAULT_SETTINGS, enabled: false, futureField: 1 };
    const { readSettings } = await installWith(newer, SETTINGS_VERSION + 1);
    const s = await readSettings();
    expect(isValid(s)).toBe(true);
    expect(s.enabled).toBe(false);
  });
});

/** Damaged values as storage might hold them, each with the current version recorded. */
const DAMAGED: [string, unknown][] = [
  ['a string', 'garbage'],
  ['a number', 42],
  ['true', true],
  ['an array', [1, 2, 3]],
  ['an array of settings', [DEFAULT_SETTINGS]],
  ['enabled as a string', { ...DEFAULT_SETTINGS, enabled: 'yes' }],
  ['disabledSites as a string', { ...DEFAULT_SETTINGS, disabledSites: 'example.org' }],
  ['disabledSites holding numbers', { ...DEFAULT_SETTINGS, disabledSites: ['a.test', 3] }],
  ['entities as a list (the v1 shape under a v2 version)', { ...DEFAULT_SETTINGS, entities: ['apt40'] }],
  ['entities with a string flag', { ...DEFAULT_SETTINGS, entities: { ...allOn, mss: 'false' } }],
  ['an unknown language', { ...DEFAULT_SETTINGS, language: 'klingon' }],
  ['a 5 MB language', { ...DEFAULT_SETTINGS, language: 'x'.repeat(5_000_000) }],
  ['an unknown card trigger', { ...DEFAULT_SETTINGS, cardTrigger: 'always' }],
  ['a 5 MB key', { ['k'.repeat(5_000_000)]: 1, enabled: 0 }],
  ['a prototype-polluting key', JSON.parse('{"__proto__": {"enabled": false}, "enabled": "no"}')],
];

describe('damaged settings', () => {
  it.each(DAMAGED)('%s: defaults for what is damaged, a console warning, no exception', async (_what, value) => {
    const { readSettings } = await installWith(value, SETTINGS_VERSION);
    const s = await readSettings();
    expect(isValid(s)).toBe(true);
    expect(warn).toHaveBeenCalled();
    expect(String(warn.mock.calls[0]?.[0])).toContain('[Attribution Lens]');
    // Nothing leaked onto the prototype of every object.
    expect(({} as Record<string, unknown>).enabled).toBeUndefined();
  });

  it('keeps the good fields of a partly damaged value', async () => {
    const { readSettings } = await installWith({ enabled: false, disabledSites: 7, entities: { apt40: false }, language: 'ar' }, SETTINGS_VERSION);
    expect(await readSettings()).toEqual({ ...DEFAULT_SETTINGS, enabled: false, entities: { ...allOn, apt40: false }, language: 'ar' });
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[1]).toEqual(['settings.disabledSites: expected a list of host names']);
  });

  it('a damaged value with no version recorded is read as v1 and migrated to defaults, with a warning', async () => {
    const { readSettings } = await installWith('garbage');
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
    expect(warn).toHaveBeenCalled();
  });

  it('a v1 value with damaged fields migrates to defaults for them, with a warning', async () => {
    const { readSettings } = await installWith({ enabled: 'yes', entities: 'apt40' });
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
    expect(warn).toHaveBeenCalled();
  });

  it('null in storage reads as "not set": the defaults, no exception', async () => {
    const { readSettings } = await installWith(null, SETTINGS_VERSION);
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('any JSON value in storage reads as valid settings, never an exception', async () => {
    const { readSettings } = await installWith(undefined);
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (value) => {
        await fakeBrowser.storage.local.set({ [KEY]: value, [META]: { v: SETTINGS_VERSION } });
        expect(isValid(await readSettings())).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('storage that fails to answer gives the defaults and a warning', async () => {
    const { readSettings } = await installWith(undefined);
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('IO error: corrupted database'));
    await expect(readSettings()).resolves.toEqual(DEFAULT_SETTINGS);
    expect(warn).toHaveBeenCalled();
  });

  it('a damaged value written while the extension runs reaches watchers as valid settings, with a warning', async () => {
    const { watchSettings } = await installWith(DEFAULT_SETTINGS, SETTINGS_VERSION);
    const seen: Settings[] = [];
    const stop = watchSettings((s) => seen.push(s));
    await fakeBrowser.storage.local.set({ [KEY]: { enabled: 'off', language: 'ar' } });
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    expect(seen[0]).toEqual({ ...DEFAULT_SETTINGS, language: 'ar' });
    expect(warn).toHaveBeenCalled();
    stop();
  });
});

/** Every stored value the tests above use, with the version an install would have recorded. */
const STORED_CASES: [string, unknown, number | undefined][] = [
  ...V1_CASES.map(([what, v1]): [string, unknown, number | undefined] => [`v1, ${what}`, v1, undefined]),
  ['v1 with its version recorded', { enabled: false, entities: ['apt40'] }, 1],
  ['current', { ...DEFAULT_SETTINGS, disabledSites: ['example.org'], language: 'ar' }, SETTINGS_VERSION],
  ['from a newer version', { ...DEFAULT_SETTINGS, enabled: false, futureField: 1 }, SETTINGS_VERSION + 1],
  ['nothing stored', undefined, undefined],
  ...DAMAGED.map(([what, value]): [string, unknown, number | undefined] => [`damaged: ${what}`, value, SETTINGS_VERSION]),
  ['damaged, no version', 'garbage', undefined],
];

describe("the content script's reader (one round trip, no write)", () => {
  /** Loads settings-reader.ts afresh over `value`, as a content script would at page load. */
  async function readerWith(value: unknown, version?: number) {
    await storeAsInstalled(value, version);
    return import('../../src/settings/fast-reader');
  }

  it.each(STORED_CASES)('%s: reads what the storage item reads', async (_what, value, version) => {
    const reader = await readerWith(value, version);
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    const quick = await reader.readSettingsOnce();
    expect(get).toHaveBeenCalledTimes(1);
    expect(set).not.toHaveBeenCalled();
    // Untouched in storage: the stored value is migrated where settings are written.
    expect(await stored()).toEqual({ ...(value !== undefined && { [KEY]: value }), ...(version !== undefined && { [META]: { v: version } }) });
    get.mockRestore();
    const { readSettings } = await installWith(value, version);
    expect(quick).toEqual(await readSettings());
  });

  it('storage that fails to answer gives the defaults and a warning', async () => {
    const reader = await readerWith(undefined);
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('IO error: corrupted database'));
    await expect(reader.readSettingsOnce()).resolves.toEqual(DEFAULT_SETTINGS);
    expect(warn).toHaveBeenCalled();
  });

  it('watchers get valid settings on every change, defaults when the value is removed', async () => {
    const reader = await readerWith(DEFAULT_SETTINGS, SETTINGS_VERSION);
    const seen: Settings[] = [];
    const stop = reader.watchSettingsChanges((s) => seen.push(s));
    await fakeBrowser.storage.local.set({ [KEY]: { ...DEFAULT_SETTINGS, language: 'ar' } });
    await fakeBrowser.storage.local.set({ [KEY]: { enabled: 'off' } });
    await fakeBrowser.storage.local.remove(KEY);
    await vi.waitFor(() => expect(seen).toHaveLength(3));
    expect(seen).toEqual([{ ...DEFAULT_SETTINGS, language: 'ar' }, DEFAULT_SETTINGS, DEFAULT_SETTINGS]);
    expect(warn).toHaveBeenCalledTimes(1);
    stop();
    await fakeBrowser.storage.local.set({ [KEY]: { ...DEFAULT_SETTINGS, enabled: false } });
    expect(seen).toHaveLength(3);
  });
});
