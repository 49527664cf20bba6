/**
 * The ONE declaration of stored settings: key, defaults, version and migrations
 * (values in settings-values.ts). The popup and the background read and write through
 * it; declaring it migrates the stored value. The content script reads with
 * settings-reader.ts instead, which is quicker and never writes.
 */
import { storage } from 'wxt/utils/storage';
import {
  checkedSettings as checked,
  DEFAULT_SETTINGS,
  SETTINGS_KEY,
  SETTINGS_MIGRATIONS,
  SETTINGS_VERSION,
  type Settings,
} from './settings-schema';


export const settingsItem = storage.defineItem<Settings>(SETTINGS_KEY, {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  migrations: SETTINGS_MIGRATIONS,
});

/** The current settings, always valid (damaged values fall back to defaults with a warning). */
export async function readSettings(): Promise<Settings> {
  try {
    return checked(await settingsItem.getValue());
  } catch (error) {
    console.warn('[Attribution Lens] could not read settings; using defaults.', error);
    return checked(undefined);
  }
}

/** Changes some settings, keeping the rest. */
export async function updateSettings(change: Partial<Settings>): Promise<Settings> {
  const next = { ...(await readSettings()), ...change };
  await settingsItem.setValue(next);
  return next;
}

/** Calls `onChange` with valid settings whenever they change; returns the function that stops watching. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => onChange(checked(value)));
}
