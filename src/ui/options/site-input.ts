/**
 * What the user types to switch a site off, read as a site: a host name ("www.bbc.co.uk"), a
 * page's address ("https://news.bbc.co.uk/world") or a wildcard ("*.bbc.co.uk") all give the
 * registrable domain ("bbc.co.uk"), the form the settings keep (siteOf). IP addresses and
 * localhost are kept as they are. Pure: tested in Node.
 */
import { parse } from 'tldts';
import { siteOf } from '../../settings/site-domain';

/** Why a text is not a site: nothing typed, not a web address, not a host name, or a suffix many sites share ("co.uk"). */
export type SiteInputError = 'empty' | 'not-web' | 'invalid' | 'shared-suffix';

export type SiteInput = { site: string } | { error: SiteInputError };

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const LABEL = /^[a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?$/;

/** Reads a typed host or address as the site to store, or says what is wrong with it. */
export function parseSiteInput(input: string): SiteInput {
  const text = input.trim().replace(/^\*\./, '');
  if (!text) return { error: 'empty' };
  // "localhost:8080" looks like a scheme but is a host and port; "mailto:", "file://" are not web addresses.
  const scheme = SCHEME.exec(text)?.[0].toLowerCase();
  const hasScheme = scheme !== undefined && !/^[^/]+:\d+(?:\/|$)/.test(text);
  if (hasScheme && scheme !== 'http:' && scheme !== 'https:') return { error: 'not-web' };
  let host: string;
  try {
    // The URL parser lower-cases, turns international names into their ASCII form (as
    // location.hostname has them), and drops the port, path and query.
    host = new URL(hasScheme ? text : `http://${text}`).hostname.replace(/\.$/, '');
  } catch {
    return { error: 'invalid' };
  }
  const info = parse(host, { allowPrivateDomains: true });
  if (info.isIp || host === 'localhost') return { site: host };
  if (!host.split('.').every((label) => LABEL.test(label))) return { error: 'invalid' };
  if (!info.domain) return { error: info.publicSuffix === host && host.includes('.') ? 'shared-suffix' : 'invalid' };
  return { site: siteOf(host) };
}
