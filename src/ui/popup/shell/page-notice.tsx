/**
 * The notice for a page the popup cannot describe (see page-gate.ts), with a way to
 * the story instead. data-state names the case for tests and styling; data-reason
 * says why a page is unreadable.
 */
import type { ComponentChildren } from 'preact';
import type { PopupStrings } from './popup-strings';
import type { NoticeState } from './page-gate';
import type { UnsupportedReason } from './page-support';

interface Props {
  state: NoticeState | 'empty';
  reason?: UnsupportedReason | undefined;
  strings: PopupStrings;
  onReadStory(): void;
  /** Extra lines after the main one. */
  children?: ComponentChildren;
}

function noticeText(strings: PopupStrings, state: Props['state'], reason: UnsupportedReason | undefined): string {
  switch (state) {
    case 'no-tab':
      return strings.noTab;
    case 'unsupported':
      return strings.unsupported[reason ?? 'unknown'];
    case 'all-off':
      return strings.allOff;
    case 'site-off':
      return strings.siteOff;
    case 'not-read':
      return strings.notRead;
    case 'empty':
      return strings.empty;
  }
}

export function PageNotice({ state, reason, strings, onReadStory, children }: Props) {
  return (
    <div class="notice" data-state={state} data-reason={reason}>
      <p>{noticeText(strings, state, reason)}</p>
      {children}
      <button type="button" class="link-button" onClick={onReadStory}>
        {strings.readStory}
      </button>
    </div>
  );
}
