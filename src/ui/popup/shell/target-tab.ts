/**
 * Which tab the popup inspects: the active tab of the current window, or the tab
 * named by `?tabId=N`. The parameter exists for the end-to-end tests, which open
 * popup.html in a tab of its own (where "the active tab" would be the popup itself).
 */
import { browser } from 'wxt/browser';

export interface TargetTab {
  id: number;
  /** Absent when the browser withholds it (no host access to the page). */
  url: string | undefined;
}

/** The `tabId` query parameter as a tab id, or null when absent or not a whole number. */
export function tabIdFromSearch(search: string): number | null {
  const raw = new URLSearchParams(search).get('tabId');
  if (raw === null || !/^\d+$/.test(raw)) return null;
  const id = Number(raw);
  return Number.isSafeInteger(id) ? id : null;
}

/** Finds the tab to inspect; null when there is none (e.g. the tab was closed). */
export async function findTargetTab(search: string): Promise<TargetTab | null> {
  const named = tabIdFromSearch(search);
  try {
    const tab =
      named === null
        ? (await browser.tabs.query({ active: true, currentWindow: true }))[0]
        : await browser.tabs.get(named);
    if (tab?.id === undefined) return null;
    return { id: tab.id, url: tab.url ?? (await ownPageIn(tab.id)) };
  } catch {
    return null;
  }
}

/**
 * This page's own URL when it is showing in tab `tabId` (the popup opened as a tab, looking at
 * itself), else undefined. Some browsers withhold even the URL of a tab showing one of the
 * extension's own pages (Chromium 150 does; 156 does not); this page knows its own.
 */
async function ownPageIn(tabId: number): Promise<string | undefined> {
  try {
    const own = await browser.tabs.getCurrent();
    return own?.id === tabId ? location.href : undefined;
  } catch {
    return undefined;
  }
}

/** True when the tab has finished loading (false too when it is gone). */
export async function tabHasLoaded(tabId: number): Promise<boolean> {
  try {
    return (await browser.tabs.get(tabId)).status === 'complete';
  } catch {
    return false;
  }
}
