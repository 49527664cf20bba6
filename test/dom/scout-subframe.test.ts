// @vitest-environment jsdom
/**
 * The scout wired to the extension's storage (src/page/startup/scout-subframe.ts): the settings are
 * read once, and the annotator it starts is handed the newest settings the scout saw, so a
 * sub-frame that names something does not read them a second time.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SCOUT_DELAY_MS } from '../../src/page/startup/frame-scout';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, type Settings } from '../../src/settings/settings-schema';
import { useFakeTimers } from './helpers/fake-clock';
import { controllerPerTest } from './helpers/controller-per-test';

// wxt/browser picks the global `browser` when first loaded: the fake goes there first.
Object.assign(globalThis, { browser: fakeBrowser });
const { scoutThisFrame } = await import('../../src/page/startup/scout-subframe');

const store = (settings: Settings) => fakeBrowser.storage.local.set({ settings, settings$: { v: SETTINGS_VERSION } });
const offHere = (): Settings => ({ ...structuredClone(DEFAULT_SETTINGS), disabledSites: [location.hostname] });
const para = (text: string) => Object.assign(document.createElement('p'), { textContent: text });

describe('scoutThisFrame', () => {
  const controller = controllerPerTest();
  const ctx = () => ({ signal: controller().signal }) as Parameters<typeof scoutThisFrame>[0];

  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.restoreAllMocks());

  it('reads the settings once and hands them to the annotator it starts', async () => {
    const stored = { ...structuredClone(DEFAULT_SETTINGS), language: 'ar' as const };
    await store(stored);
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    document.body.append(para('APT40 was named on 19 July 2021.'));
    const annotate = vi.fn(async (_settings: Settings) => undefined);
    await scoutThisFrame(ctx(), annotate);
    expect(get).toHaveBeenCalledTimes(1);
    expect(annotate).toHaveBeenCalledTimes(1);
    expect(annotate.mock.calls[0]?.[0]).toEqual(stored);
  });

  it('hands over the settings that switched the site back on, not the first ones read', async () => {
    await store(offHere());
    document.body.append(para('Hafnium and the Exchange hack.'));
    const annotate = vi.fn(async (_settings: Settings) => undefined);
    useFakeTimers();
    await scoutThisFrame(ctx(), annotate);
    await vi.advanceTimersByTimeAsync(2 * SCOUT_DELAY_MS);
    expect(annotate).not.toHaveBeenCalled();
    const on = { ...structuredClone(DEFAULT_SETTINGS), language: 'en' as const };
    await store(on);
    await vi.advanceTimersByTimeAsync(SCOUT_DELAY_MS);
    expect(annotate).toHaveBeenCalledTimes(1);
    expect(annotate.mock.calls[0]?.[0]).toEqual(on);
  });
});
