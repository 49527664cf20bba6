/**
 * Settings: highlighting on all sites and for which entities, and the popup's language.
 * (The switch for the inspected site is in the header.) Every change is stored at once;
 * open tabs follow it live.
 */
import { HighlightSwitches } from '../../highlight-switches';
import type { Settings } from '../../../settings/settings-schema';
import type { Lang } from '../../../messaging/protocol';
import type { PopupStrings } from '../shell/popup-strings';
import { LanguageSwitch } from './language-switch';

interface Props {
  settings: Settings;
  lang: Lang;
  strings: PopupStrings;
  onChange(change: Partial<Settings>): void;
  /** Opens the options page (switched-off sites, the card, shortcuts); no link without it. */
  onOpenOptions?(): void;
}

export function SettingsSection({ settings, lang, strings, onChange, onOpenOptions }: Props) {
  return (
    <form class="settings" onSubmit={(e) => e.preventDefault()}>
      <LanguageSwitch value={settings.language} strings={strings} onChange={(language) => onChange({ language })} />
      <HighlightSwitches settings={settings} lang={lang} onChange={onChange} />
      <p class="hint">{strings.liveNote}</p>
      {onOpenOptions && (
        <p>
          <button type="button" class="link-button all-settings" onClick={onOpenOptions}>
            {strings.allSettings}
          </button>
        </p>
      )}
    </form>
  );
}
