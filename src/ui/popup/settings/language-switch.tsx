/**
 * The language choice: follow the browser, English or Arabic. Stored in the
 * settings, so the popup and the hover card keep it.
 */
import type { UiLanguage } from '../../../settings/settings-schema';
import type { PopupStrings } from '../shell/popup-strings';

interface Props {
  value: UiLanguage;
  strings: PopupStrings;
  onChange(value: UiLanguage): void;
}

const isUiLanguage = (v: string): v is UiLanguage => v === 'auto' || v === 'en' || v === 'ar';

export function LanguageSwitch({ value, strings, onChange }: Props) {
  return (
    <label class="language-switch">
      <span>{strings.language}</span>
      <select
        value={value}
        onChange={(e) => {
          const next = e.currentTarget.value;
          if (isUiLanguage(next)) onChange(next);
        }}
      >
        <option value="auto">{strings.languageAuto}</option>
        {/* Each language is named in itself, so a reader finds theirs whatever the current one. */}
        <option value="en" lang="en">
          English
        </option>
        <option value="ar" lang="ar">
          العربية
        </option>
      </select>
    </label>
  );
}
