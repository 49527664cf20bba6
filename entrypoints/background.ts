import { browser } from 'wxt/browser';
import { showCount } from '../src/badge';
import { isFrameReport, isOwnSender, isTabRequest } from '../src/message-guards';
import { onMessage } from '../src/messaging';
import { forgetTab, getTabReport, recordFrame } from '../src/tab-reports';

export default defineBackground(() => {
  onMessage('reportMentions', async ({ data, sender }) => {
    const tabId = sender.tab?.id;
    if (!isOwnSender(sender, browser.runtime.id) || tabId === undefined || !isFrameReport(data)) return;
    const report = await recordFrame(tabId, sender.frameId ?? 0, data);
    await showCount(tabId, report.total);
  });

  onMessage('getTabReport', async ({ data, sender }) => {
    if (!isOwnSender(sender, browser.runtime.id) || !isTabRequest(data)) throw new Error('bad request');
    return getTabReport(data.tabId);
  });

  // Cleared on navigation: the new page's frames report afresh.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading' && change.url) {
      void forgetTab(tabId);
      void showCount(tabId, 0);
    }
  });
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
});
