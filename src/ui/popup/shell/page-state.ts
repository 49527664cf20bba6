/**
 * What the popup knows about the inspected tab. Kept apart from the hook that
 * fills it (use-page-report.ts) so the views render from plain data in DOM tests.
 */
import type { TabReport } from '../../../messaging/protocol';
import type { UnsupportedReason } from './page-support';

export type PageState =
  | { kind: 'loading' }
  | { kind: 'no-tab' }
  | { kind: 'unsupported'; tabId: number; reason: UnsupportedReason }
  /**
   * `report` is null until the background has answered. `overdue` turns true when the
   * page has loaded and its top frame has still not reported: no content script runs
   * in it (tabs opened before the extension was installed or updated get none).
   */
  | {
      kind: 'page';
      tabId: number;
      host: string;
      /** The page's address, for "Report a problem" (else its top frame's, from the report). */
      url?: string;
      report: TabReport | null;
      overdue: boolean;
    };
