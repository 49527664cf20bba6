import { browser } from 'wxt/browser';
import { showCount } from '../src/background/badge';
import { dataset } from '../src/data/dataset';
import { isCardRequest, isFrameReport, isTabRequest } from '../src/messaging/guards';
import { onOwnMessage } from '../src/messaging/own-messages';
import { cardContent } from '../src/background/card-texts';
import { coverageOf } from '../src/background/tab-coverage';
import { sendMessage, type TabReport } from '../src/messaging/protocol';
import { forgetTab, getTabReport, recordFrame } from '../src/background/tab-reports';
import { readSettings } from '../src/settings/store';
import { directionOfCommand } from '../src/messaging/mention-commands';

/** entrypoints/card.ts as built (WXT writes unlisted scripts at the root of the extension). */
const CARD_SCRIPT = '/card.js';

/** An open popup follows its tab live; with no popup open nobody answers, which is fine. */
const tellPopup = (report: TabReport) => void sendMessage('tabReportChanged', report).catch(() => undefined);

export default defineBackground(() => {
  // Settings stored by an earlier version are migrated in storage when the settings item is
  // first used (the content script only migrates them in memory as it reads them).
  void readSettings();

  const badRequest = () => {
    throw new Error('bad request');
  };

  onOwnMessage(
    'reportMentions',
    async ({ data, sender }) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined || !isFrameReport(data)) return;
      const report = await recordFrame(tabId, sender.frameId ?? 0, data);
      await showCount(tabId, report.total);
      tellPopup(report);
    },
    () => undefined,
  );

  onOwnMessage('getTabReport', ({ data }) => (isTabRequest(data) ? getTabReport(data.tabId) : badRequest()), badRequest);

  onOwnMessage('getCoverage', ({ data }) => (isTabRequest(data) ? coverageOf(data.tabId) : badRequest()), badRequest);

  onOwnMessage(
    'getCardContent',
    ({ data }) => (isCardRequest(data) ? cardContent(dataset, data.entity, data.matched, data.lang) : null),
    () => null,
  );

  // The hover card's code, into the one frame that needs it (src/page/card/card-loader.ts). Only a
  // content script of ours asks: the sender is checked, and the frame is the sender's own.
  onOwnMessage(
    'loadCard',
    async ({ sender }) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return false;
      await browser.scripting.executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [CARD_SCRIPT] });
      return true;
    },
    () => false,
  );

  // The keyboard shortcuts, next and previous highlight (declared in the manifest, so users can rebind them).
  browser.commands.onCommand.addListener(async (command) => {
    const direction = directionOfCommand(command);
    if (!direction) return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined) await sendMessage('focusMention', { direction }, { tabId: tab.id, frameId: 0 }).catch(() => false);
  });

  // Cleared on navigation: the new page's frames report afresh.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading' && change.url) {
      void forgetTab(tabId).then(tellPopup);
      void showCount(tabId, 0);
    }
  });
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
});
