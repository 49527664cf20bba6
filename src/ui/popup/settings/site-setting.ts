/**
 * The "this site" switch as a change to the stored settings. Pure.
 */
import type { Settings } from '../../../settings/settings-schema';

/** The settings change that turns highlighting on or off for one host, keeping the other hosts. */
export function siteChange(settings: Settings, host: string, on: boolean): Pick<Settings, 'disabledSites'> {
  const others = settings.disabledSites.filter((h) => h !== host);
  return { disabledSites: on ? others : [...others, host] };
}
