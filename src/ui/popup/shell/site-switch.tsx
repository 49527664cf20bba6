/**
 * The header's switch for the inspected site: highlighting on or off for its registrable
 * domain ("www.bbc.co.uk" and "bbc.co.uk" are one site). The most used control, so it sits
 * in view above the sections. Absent on pages the extension cannot highlight.
 */
import type { Settings } from '../../../settings/settings-schema';
import { siteMatches } from '../../../settings/settings-schema';
import { siteChange, siteOf } from '../../../settings/site-domain';
import type { PopupStrings } from './popup-strings';

interface Props {
  settings: Settings;
  host: string;
  strings: PopupStrings;
  onChange(change: Partial<Settings>): void;
}

export function SiteSwitch({ settings, host, strings, onChange }: Props) {
  const site = siteOf(host);
  return (
    <label class="site-switch" title={`${strings.highlightSite}: ${site}`}>
      <span class="visually-hidden">{strings.highlightSite}</span>{' '}
      {/* A domain is written left to right, whatever the popup's direction. */}
      <bdi class="host" dir="ltr">
        {site}
      </bdi>
      <input
        type="checkbox"
        role="switch"
        name="site"
        checked={!settings.disabledSites.some((s) => siteMatches(s, host))}
        // The site switch only matters while highlighting is on everywhere else.
        disabled={!settings.enabled}
        onChange={(e) => onChange(siteChange(settings, host, e.currentTarget.checked))}
      />
    </label>
  );
}
