/**
 * What the options page makes of a typed site (src/ui/options/site-input.ts): the registrable
 * domain of a host, an address or a wildcard; IP addresses and localhost as they are; and a
 * reason for everything else.
 */
import { describe, expect, it } from 'vitest';
import { parseSiteInput } from '../../src/ui/options/site-input';
import { isActiveOn, DEFAULT_SETTINGS } from '../../src/settings/settings-schema';

describe('parseSiteInput', () => {
  it.each([
    ['example.com', 'example.com'],
    ['  www.example.com  ', 'example.com'],
    ['EXAMPLE.COM.', 'example.com'],
    ['https://news.bbc.co.uk/world?x=1#top', 'bbc.co.uk'],
    ['*.bbc.co.uk', 'bbc.co.uk'],
    ['example.com:8443/path', 'example.com'],
    ['me.github.io', 'me.github.io'],
    ['مثال.إختبار', 'xn--mgbh0fb.xn--kgbechtv'],
    ['localhost', 'localhost'],
    ['localhost:5173', 'localhost'],
    ['http://localhost:5173/page.html', 'localhost'],
    ['127.0.0.1', '127.0.0.1'],
    ['127.0.0.1:9000', '127.0.0.1'],
    ['http://[::1]:3000/', '[::1]'],
  ])('%j is the site %j', (typed, site) => {
    expect(parseSiteInput(typed)).toEqual({ site });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['file:///home/me/page.html', 'not-web'],
    ['chrome://extensions', 'not-web'],
    ['ftp://example.com', 'not-web'],
    ['mailto:me@example.com', 'not-web'],
    ['javascript:alert(1)', 'not-web'],
    ['not a site', 'invalid'],
    ['intranet', 'invalid'],
    ['a..b', 'invalid'],
    ['-x-.com', 'invalid'],
    ['999.1.1.1', 'invalid'],
    ['co.uk', 'shared-suffix'],
    ['github.io', 'shared-suffix'],
  ])('%j is refused: %s', (typed, error) => {
    expect(parseSiteInput(typed)).toEqual({ error });
  });

  it('stores what the content script then matches, www. and the bare domain alike', () => {
    const parsed = parseSiteInput('https://www.example.co.uk/a');
    if (!('site' in parsed)) throw new Error('refused');
    const settings = { ...DEFAULT_SETTINGS, disabledSites: [parsed.site] };
    for (const host of ['example.co.uk', 'www.example.co.uk', 'news.example.co.uk']) expect(isActiveOn(settings, host)).toBe(false);
    for (const host of ['example.com', 'notexample.co.uk', 'co.uk']) expect(isActiveOn(settings, host)).toBe(true);
  });
});
