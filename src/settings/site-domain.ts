/**
 * The site a host belongs to, as the user means it: its registrable domain
 * ("news.bbc.co.uk" → "bbc.co.uk"), from the public suffix list that tldts bundles.
 * Only the popup and the options page import this; the content script matches stored
 * sites by suffix (siteMatches) and never loads the list.
 */
import { getDomain } from 'tldts';
import { siteMatches, type Settings } from './settings-schema';

/** The registrable domain of a host; the host itself where there is none (an IP address, localhost). */
export function siteOf(host: string): string {
  const h = host.toLowerCase().replace(/\.$/, '');
  return getDomain(h, { allowPrivateDomains: true }) ?? h;
}

/**
 * The change that turns highlighting on or off for a host's whole site. Turning it on removes
 * every stored entry that covers the host (an old host name as well as the domain), so the
 * switch always takes effect; turning it off stores the registrable domain once.
 */
export function siteChange(settings: Settings, host: string, on: boolean): Pick<Settings, 'disabledSites'> {
  const site = siteOf(host);
  const others = settings.disabledSites.filter((s) => !siteMatches(s, host) && s !== site);
  return { disabledSites: on ? others : [...others, site] };
}
