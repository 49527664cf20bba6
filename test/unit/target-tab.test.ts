import { beforeEach, describe, expect, it, vi } from 'vitest';

// Only the three tab calls findTargetTab makes, answering as a browser would.
const tabs = {
  query: vi.fn<() => Promise<Array<{ id?: number; url?: string }>>>(),
  get: vi.fn<(id: number) => Promise<{ id?: number; url?: string }>>(),
  getCurrent: vi.fn<() => Promise<{ id?: number } | undefined>>(),
};
vi.mock('wxt/browser', () => ({ browser: { tabs } }));
const { findTargetTab } = await import('../../src/ui/popup/shell/target-tab');
const { pageSupport } = await import('../../src/ui/popup/shell/page-support');

const POPUP_URL = 'chrome-extension://abcdefghijklmnop/popup.html';

beforeEach(() => {
  vi.stubGlobal('location', { href: POPUP_URL });
  tabs.query.mockReset();
  tabs.get.mockReset();
  tabs.getCurrent.mockReset().mockResolvedValue(undefined); // a real popup is in no tab
});

describe('findTargetTab', () => {
  it('inspects the active tab, with the URL the browser gives', async () => {
    tabs.query.mockResolvedValue([{ id: 3, url: 'https://news.example/a' }]);
    expect(await findTargetTab('')).toEqual({ id: 3, url: 'https://news.example/a' });
  });

  it('inspects the tab named by ?tabId=', async () => {
    tabs.get.mockResolvedValue({ id: 8, url: 'https://news.example/b' });
    expect(await findTargetTab('?tabId=8')).toEqual({ id: 8, url: 'https://news.example/b' });
    expect(tabs.get).toHaveBeenCalledWith(8);
  });

  it('a tab showing this page itself, its URL withheld, is this page: a browser page (Chromium 150)', async () => {
    tabs.query.mockResolvedValue([{ id: 5 }]);
    tabs.getCurrent.mockResolvedValue({ id: 5 });
    const tab = await findTargetTab('');
    expect(tab).toEqual({ id: 5, url: POPUP_URL });
    expect(pageSupport(tab?.url)).toEqual({ supported: false, reason: 'browser-page' });
  });

  it('another tab whose URL is withheld stays unknown', async () => {
    tabs.query.mockResolvedValue([{ id: 5 }]);
    tabs.getCurrent.mockResolvedValue({ id: 6 });
    expect(await findTargetTab('')).toEqual({ id: 5, url: undefined });
    tabs.getCurrent.mockRejectedValue(new Error('no tabs API here'));
    expect(await findTargetTab('')).toEqual({ id: 5, url: undefined });
  });

  it('no tab (closed, or none active): null', async () => {
    tabs.query.mockResolvedValue([]);
    expect(await findTargetTab('')).toBeNull();
    tabs.get.mockRejectedValue(new Error('No tab with id: 9'));
    expect(await findTargetTab('?tabId=9')).toBeNull();
  });
});
