/**
 * Finds the tab to inspect and follows its report live: the popup asks for the report once,
 * and the background sends each change of it (tabReportChanged), so the list follows the page
 * (new content, the site switched off or on).
 */
import { useEffect, useState } from 'preact/hooks';
import { isTabReport } from '../../../messaging/guards';
import { onOwnMessage } from '../../../messaging/own-messages';
import { sendMessage, type TabReport } from '../../../messaging/protocol';
import { pageSupport } from './page-support';
import type { PageState } from './page-state';
import { findTargetTab, tabHasLoaded } from './target-tab';

/**
 * How long after load a top frame may take to report before the popup says the page
 * was not read: the content script runs when the page is idle and reports 250 ms later.
 */
const REPORT_GRACE_MS = 2000;

/** The inspected tab's state, for the popup opened with `search` (its location.search). */
export function usePageReport(search: string): PageState {
  const [state, setState] = useState<PageState>({ kind: 'loading' });

  useEffect(() => {
    let live = true;
    let stopWatching: () => void = () => undefined;
    let graceTimer: ReturnType<typeof setTimeout> | undefined;

    void (async () => {
      const tab = await findTargetTab(search);
      if (!live) return;
      if (!tab) return setState({ kind: 'no-tab' });
      const support = pageSupport(tab.url);
      if (!support.supported) return setState({ kind: 'unsupported', tabId: tab.id, reason: support.reason });
      const { host } = support;
      let report: TabReport | null = null;
      let overdue = false;
      const url = tab.url;
      const show = () => live && setState({ kind: 'page', tabId: tab.id, host, ...(url ? { url } : {}), report, overdue });
      show();

      // A change the background sends is newer than the answer to the first request, should
      // that answer arrive after it.
      let changed = false;
      stopWatching = onOwnMessage(
        'tabReportChanged',
        ({ data }) => {
          if (!isTabReport(data) || data.tabId !== tab.id) return;
          changed = true;
          report = data;
          show();
        },
        () => undefined,
      );
      try {
        const answer = await sendMessage('getTabReport', { tabId: tab.id });
        if (!changed) {
          report = answer;
          show();
        }
      } catch (error) {
        console.warn('[Attribution Lens] could not read the tab report', error);
      }

      const checkOverdue = async () => {
        if (!live || report?.frames.some((f) => f.frameId === 0)) return;
        // A page still loading has not reached the point where the content script runs.
        if (!(await tabHasLoaded(tab.id))) {
          graceTimer = setTimeout(() => void checkOverdue(), REPORT_GRACE_MS);
          return;
        }
        overdue = true;
        show();
      };
      graceTimer = setTimeout(() => void checkOverdue(), REPORT_GRACE_MS);
    })();

    return () => {
      live = false;
      clearTimeout(graceTimer);
      stopWatching();
    };
  }, [search]);

  return state;
}
