/**
 * What the popup knows about the inspected tab. Kept apart from the hook that
 * fills it (use-page-report.ts) so the views render from plain data in DOM tests.
 */
import type { TabReport } from '../../messaging';
import type { UnsupportedReason } from './page-support';

export type PageState =
  | { kind: 'loading' }
  | { kind: 'no-tab' }
  | { kind: 'unsupported'; tabId: number; reason: UnsupportedReason }
  /** `report` is null until the background has answered. */
  | { kind: 'page'; tabId: number; host: string; report: TabReport | null };
