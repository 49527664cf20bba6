/** The toolbar badge: the number of mentions on a tab, all frames counted. */
import { browser } from 'wxt/browser';

// MV3 (Chrome) has `action`; Firefox's MV2 build has `browserAction`.
const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;

export async function showCount(tabId: number, count: number): Promise<void> {
  try {
    await action.setBadgeText({ tabId, text: count > 0 ? (count > 999 ? '999+' : String(count)) : '' });
    await action.setBadgeBackgroundColor({ tabId, color: '#6b21a8' });
  } catch {
    // The tab was closed in the meantime: nothing to show.
  }
}
