/**
 * Whether the extension can run on a tab's page, from its URL alone. Pure, so it is
 * tested in Node. The popup says so on pages where it cannot, instead of showing an
 * empty list that would wrongly suggest "no mentions here".
 */

export type UnsupportedReason = 'browser-page' | 'extension-store' | 'pdf' | 'unknown';

export type PageSupport = { supported: true; host: string } | { supported: false; reason: UnsupportedReason };

/**
 * Hosts where browsers forbid content scripts even though the scheme is https: the
 * Chrome Web Store (old and new), the Edge add-ons store, and Firefox's
 * `extensions.webextensions.restrictedDomains` default list.
 */
const STORE_HOSTS = new Set([
  'chromewebstore.google.com',
  'microsoftedge.microsoft.com',
  'addons.mozilla.org',
  'accounts-static.cdn.mozilla.net',
  'accounts.firefox.com',
  'addons.cdn.mozilla.net',
  'api.accounts.firefox.com',
  'content.cdn.mozilla.net',
  'discovery.addons.mozilla.org',
  'install.mozilla.org',
  'oauth.accounts.firefox.com',
  'profile.accounts.firefox.com',
  'support.mozilla.org',
  'sync.services.mozilla.com',
]);

/** Path prefixes of stores that share a host with ordinary pages. */
const STORE_PATHS: ReadonlyArray<readonly [host: string, pathPrefix: string]> = [
  ['chrome.google.com', '/webstore'],
  ['microsoftedge.microsoft.com', '/addons'],
];

/**
 * Classifies a tab's URL. `undefined` means the browser withheld the URL, which it
 * does only where the extension has no host access, so the content script cannot
 * run there either. Only http(s) pages are matched by the content script; every
 * other scheme (chrome:, about:, edge:, moz-extension:, chrome-extension:,
 * view-source:, file:, data:, …) is a page the extension cannot read.
 */
export function pageSupport(url: string | undefined): PageSupport {
  if (!url) return { supported: false, reason: 'unknown' };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { supported: false, reason: 'unknown' };
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return { supported: false, reason: 'browser-page' };
  const host = parsed.hostname.toLowerCase();
  if (STORE_HOSTS.has(host) || STORE_PATHS.some(([h, p]) => host === h && parsed.pathname.startsWith(p))) {
    return { supported: false, reason: 'extension-store' };
  }
  // Both browsers show PDFs in a built-in viewer that keeps the document's own URL
  // but runs no content script. The URL is the only sign the popup has of it.
  if (/\.pdf$/i.test(parsed.pathname)) return { supported: false, reason: 'pdf' };
  return { supported: true, host };
}
