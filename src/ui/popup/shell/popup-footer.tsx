/**
 * The popup's footer: the extension's version, the day the dataset's facts were last
 * checked (so a reader knows how current the story is), and "Report a problem".
 */
import type { Ref } from 'preact';
import type { Lang } from '../../../messaging/protocol';
import { dataset } from '../../../data/dataset';
import { formatDatasetDate } from '../../format-date';
import type { PopupStrings } from './popup-strings';

interface Props {
  version: string;
  lang: Lang;
  strings: PopupStrings;
  /** Whether the report view is open: the button then says so to assistive technology. */
  reporting: boolean;
  buttonRef: Ref<HTMLButtonElement>;
  onReport(): void;
}

export function PopupFooter({ version, lang, strings, reporting, buttonRef, onReport }: Props) {
  return (
    <footer class="popup-footer">
      {version ? <span class="version">{strings.version(version)}</span> : null}
      <span class="data-checked" data-date={dataset.checked}>
        {strings.dataChecked(formatDatasetDate(dataset.checked, lang))}
      </span>
      <button
        ref={buttonRef}
        type="button"
        class="link-button report-problem"
        aria-expanded={reporting}
        onClick={onReport}
      >
        {strings.reportProblem}
      </button>
    </footer>
  );
}
