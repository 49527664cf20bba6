/**
 * Settings for the content script, in ONE storage round trip, never writing.
 *
 * Declaring WXT's storage item (settings.ts) starts its migration check, and its read
 * waits for that check: two round trips in a row (three in all) at every page load, in
 * every frame, before the first highlight could be made. Here the stored value and its
 * version are read together and migrated in memory; the stored value itself is
 * migrated where settings are written (the popup) and when the background starts.
 */
import { browser } from 'wxt/browser';
import { checkedSettings, migratedInMemory, SETTINGS_KEY, type Settings } from './settings-schema';

/** The key in `browser.storage.local`, and the one where WXT keeps its version ("settings$"). */
const LOCAL_KEY = SETTINGS_KEY.replace(/^local:/, '');
const META_KEY = `${LOCAL_KEY}$`;

/** The current settings, always valid (damaged values fall back to defaults with a warning). */
export async function readSettingsOnce(): Promise<Settings> {
  try {
    const stored = await browser.storage.local.get([LOCAL_KEY, META_KEY]);
    const meta = stored[META_KEY] as { v?: unknown } | null | undefined;
    return checkedSettings(migratedInMemory(stored[LOCAL_KEY], meta?.v));
  } catch (error) {
    console.warn('[Attribution Lens] could not read settings; using defaults.', error);
    return checkedSettings(undefined);
  }
}

/**
 * Calls `onChange` with valid settings whenever they change; returns the function that stops
 * watching. The storage event itself, not WXT's storage module, which would make the content
 * script that every frame compiles larger.
 */
export function watchSettingsChanges(onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && LOCAL_KEY in changes) onChange(checkedSettings(changes[LOCAL_KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
