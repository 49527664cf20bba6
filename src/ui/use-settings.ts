/**
 * The stored settings as Preact state, kept in step with every other context's changes.
 * Shared by the popup and the options page.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Settings } from '../settings/settings-schema';
import { readSettings, updateSettings, watchSettings } from '../settings/store';

/** Current settings (null until read) and a function that changes some of them. */
export function useSettings(): [Settings | null, (change: Partial<Settings>) => void] {
  const [settings, setSettings] = useState<Settings | null>(null);
  // updateSettings reads, merges and writes: two changes in flight at once (two quick
  // clicks) would each write over the other, so they are applied one after another.
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  useEffect(() => {
    let live = true;
    void readSettings().then((s) => live && setSettings(s));
    const stop = watchSettings((s) => live && setSettings(s));
    return () => {
      live = false;
      stop();
    };
  }, []);

  const change = useCallback((partial: Partial<Settings>) => {
    // Shown at once; the watcher then confirms it with what was stored.
    setSettings((s) => (s ? { ...s, ...partial } : s));
    queue.current = queue.current.then(() => updateSettings(partial)).catch((error: unknown) => {
      console.warn('[Attribution Lens] could not save settings', error);
    });
  }, []);

  return [settings, change];
}
