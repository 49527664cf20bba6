/**
 * Finds the tab to inspect and follows its report live: the background records
 * each frame's report in storage.session, and a change there makes the popup ask
 * again, so the list follows the page (new content, the site switched off or on).
 */
import { useEffect, useState } from 'preact/hooks';
import { sendMessage } from '../../messaging';
import { watchTabReport } from '../../tab-reports';
import { pageSupport } from './page-support';
import type { PageState } from './page-state';
import { findTargetTab } from './target-tab';

/** The inspected tab's state, for the popup opened with `search` (its location.search). */
export function usePageReport(search: string): PageState {
  const [state, setState] = useState<PageState>({ kind: 'loading' });

  useEffect(() => {
    let live = true;
    let stopWatching = () => undefined as void;

    void (async () => {
      const tab = await findTargetTab(search);
      if (!live) return;
      if (!tab) return setState({ kind: 'no-tab' });
      const support = pageSupport(tab.url);
      if (!support.supported) return setState({ kind: 'unsupported', tabId: tab.id, reason: support.reason });
      const { host } = support;
      setState({ kind: 'page', tabId: tab.id, host, report: null });

      // Answers can arrive out of order when the page reports in quick succession:
      // only the answer to the latest request is shown.
      let latest = 0;
      const refresh = async () => {
        const request = ++latest;
        try {
          const report = await sendMessage('getTabReport', { tabId: tab.id });
          if (live && request === latest) setState({ kind: 'page', tabId: tab.id, host, report });
        } catch (error) {
          console.warn('[Attribution Lens] could not read the tab report', error);
        }
      };
      stopWatching = watchTabReport(tab.id, () => void refresh());
      await refresh();
    })();

    return () => {
      live = false;
      stopWatching();
    };
  }, [search]);

  return state;
}
