import { describe, expect, it } from 'vitest';
import { pageSupport } from '../../src/ui/popup/shell/page-support';

describe('pageSupport', () => {
  it('supports ordinary web pages and gives their host', () => {
    expect(pageSupport('https://www.example.org/news/1.html')).toEqual({ supported: true, host: 'www.example.org' });
    expect(pageSupport('http://127.0.0.1:8080/page.html?x=1')).toEqual({ supported: true, host: '127.0.0.1' });
    // The Chrome Web Store only owns /webstore on its old host.
    expect(pageSupport('https://chrome.google.com/intl/en/chrome/')).toEqual({
      supported: true,
      host: 'chrome.google.com',
    });
  });

  it.each([
    'chrome://extensions/',
    'chrome://newtab/',
    'about:blank',
    'about:addons',
    'edge://settings',
    'moz-extension://0d3f1c2e-1111-2222-3333-444455556666/popup.html',
    'chrome-extension://abcdefghijklmnopabcdefghijklmnop/popup.html',
    'view-source:https://example.org/',
    'file:///home/user/page.html',
    'data:text/html,<p>APT40</p>',
  ])('calls %s a browser page', (url) => {
    expect(pageSupport(url)).toEqual({ supported: false, reason: 'browser-page' });
  });

  it.each([
    'https://chromewebstore.google.com/detail/some-extension/abcdefghijklmnop',
    'https://chrome.google.com/webstore/detail/abcdefghijklmnop',
    'https://addons.mozilla.org/en-US/firefox/addon/ublock-origin/',
    'https://microsoftedge.microsoft.com/addons/detail/abc',
    'https://ADDONS.MOZILLA.ORG/',
  ])('calls %s an extension store', (url) => {
    expect(pageSupport(url)).toEqual({ supported: false, reason: 'extension-store' });
  });

  it('recognises PDFs by the path, not by the query', () => {
    expect(pageSupport('https://example.org/report.PDF')).toEqual({ supported: false, reason: 'pdf' });
    expect(pageSupport('https://example.org/view?file=report.pdf')).toEqual({ supported: true, host: 'example.org' });
  });

  it('treats a withheld or malformed URL as unreadable', () => {
    expect(pageSupport(undefined)).toEqual({ supported: false, reason: 'unknown' });
    expect(pageSupport('')).toEqual({ supported: false, reason: 'unknown' });
    expect(pageSupport('not a url')).toEqual({ supported: false, reason: 'unknown' });
  });
});
