/**
 * Whether the popup can describe the inspected page yet, and if not, why: the
 * states "On this page" and "Coverage" share (no tab, a page the extension cannot
 * read, highlighting off, the top frame not reported yet). Pure.
 */
import type { Lang, TabReport } from '../../../messaging/protocol';
import { isActiveOn, type Settings } from '../../../settings/settings-schema';
import type { PopupStrings } from './popup-strings';
import type { PageState } from './page-state';
import type { UnsupportedReason } from './page-support';

/** What both gated sections are given: the page and settings to gate on, and from their notices a way to the story. */
export interface GatedSectionProps {
  page: PageState;
  settings: Settings;
  lang: Lang;
  strings: PopupStrings;
  onReadStory(): void;
}

export type NoticeState = 'no-tab' | 'unsupported' | 'all-off' | 'site-off' | 'not-read';

export type PageGate =
  | { kind: 'loading' }
  | { kind: 'notice'; state: NoticeState; reason?: UnsupportedReason }
  | { kind: 'ready'; tabId: number; host: string; report: TabReport };

export function pageGate(page: PageState, settings: Settings): PageGate {
  if (page.kind === 'loading') return { kind: 'loading' };
  if (page.kind === 'no-tab') return { kind: 'notice', state: 'no-tab' };
  if (page.kind === 'unsupported') return { kind: 'notice', state: 'unsupported', reason: page.reason };
  if (!settings.enabled) return { kind: 'notice', state: 'all-off' };
  if (!isActiveOn(settings, page.host)) return { kind: 'notice', state: 'site-off' };
  // Until the top frame has reported, "no mentions" (or "unrelated") would be a guess.
  if (!page.report?.frames.some((f) => f.frameId === 0)) {
    return page.overdue ? { kind: 'notice', state: 'not-read' } : { kind: 'loading' };
  }
  return { kind: 'ready', tabId: page.tabId, host: page.host, report: page.report };
}
