/**
 * Settings: highlighting on all sites, on the inspected site, and for which
 * entities. Every change is stored at once; open tabs follow it live.
 */
import { EntitySwitches } from '../../entity-switches';
import type { Settings } from '../../../settings/settings-schema';
import type { Lang } from '../../../messaging/protocol';
import type { PopupStrings } from '../shell/popup-strings';
import { siteChange, siteOf } from '../../../settings/site-domain';
import { siteMatches } from '../../../settings/settings-schema';

interface Props {
  settings: Settings;
  /** The inspected page's host, or null when the page cannot be highlighted. */
  host: string | null;
  lang: Lang;
  strings: PopupStrings;
  onChange(change: Partial<Settings>): void;
  /** Opens the options page (switched-off sites, the card, shortcuts); no link without it. */
  onOpenOptions?(): void;
}

export function SettingsSection({ settings, host, lang, strings, onChange, onOpenOptions }: Props) {
  return (
    <form class="settings" onSubmit={(e) => e.preventDefault()}>
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
        <li>
          {host === null ? (
            <p class="hint">{strings.siteUnavailable}</p>
          ) : (
            <label>
              <input
                type="checkbox"
                name="site"
                checked={!settings.disabledSites.some((site) => siteMatches(site, host))}
                // The site switch only matters while highlighting is on everywhere else.
                disabled={!settings.enabled}
                onChange={(e) => onChange(siteChange(settings, host, e.currentTarget.checked))}
              />
              <span>
                {strings.highlightSite}{' '}
                <bdi class="host" dir="ltr">
                  {siteOf(host)}
                </bdi>
              </span>
            </label>
          )}
        </li>
      </ul>
      <EntitySwitches settings={settings} lang={lang} legend={strings.whichEntities} onChange={onChange} />
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
