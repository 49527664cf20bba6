/**
 * Settings: highlighting on all sites and for which entities, and the popup's language.
 * (The switch for the inspected site is in the header.) Every change is stored at once;
 * open tabs follow it live.
 */
import { dataset } from '../../../data/dataset';
import type { Settings } from '../../../settings/settings-schema';
import type { Lang } from '../../../messaging/protocol';
import type { PopupStrings } from '../shell/popup-strings';
import { LanguageSwitch } from './language-switch';

interface Props {
  settings: Settings;
  lang: Lang;
  strings: PopupStrings;
  onChange(change: Partial<Settings>): void;
}

export function SettingsSection({ settings, lang, strings, onChange }: Props) {
  return (
    <form class="settings" onSubmit={(e) => e.preventDefault()}>
      <LanguageSwitch value={settings.language} strings={strings} onChange={(language) => onChange({ language })} />
      <ul class="switches">
        <li>
          <label>
            <input
              type="checkbox"
              name="enabled"
              checked={settings.enabled}
              onChange={(e) => onChange({ enabled: e.currentTarget.checked })}
            />
            <span>{strings.highlightAll}</span>
          </label>
        </li>
      </ul>
      <fieldset disabled={!settings.enabled}>
        <legend>{strings.whichEntities}</legend>
        <ul class="switches">
          {dataset.entities.map((entity) => (
            <li key={entity.id}>
              <label>
                <input
                  type="checkbox"
                  name={`entity-${entity.id}`}
                  checked={settings.entities[entity.id]}
                  onChange={(e) =>
                    onChange({ entities: { ...settings.entities, [entity.id]: e.currentTarget.checked } })
                  }
                />
                <span>{entity.names[lang]}</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <p class="hint">{strings.liveNote}</p>
    </form>
  );
}
