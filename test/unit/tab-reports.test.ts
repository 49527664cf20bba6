import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { FrameReport } from '../../src/messaging/protocol';

// The background's record runs on the extension API: here, WXT's in-memory fake of it
// (storage.session included), whose async storage interleaves like the real one.
vi.mock('wxt/browser', () => ({ browser: fakeBrowser }));
const { getTabReport, recordFrame, forgetTab } = await import('../../src/background/tab-reports');

const report = (url: string, ids: string[]): FrameReport => ({
  url,
  title: 'A page',
  skipped: 0,
  aboutStory: true,
  mentions: ids.map((id) => ({ id, entity: 'apt40', text: 'APT40', snippet: 'APT40', sentence: 'APT40' })),
});

beforeEach(() => fakeBrowser.reset());

describe('tab reports', () => {
  it('keeps every frame when frames report at the same moment', async () => {
    // Every frame of a page reports shortly after load: the reports arrive together.
    await Promise.all([
      recordFrame(1, 0, report('http://a.test/', ['m1', 'm2'])),
      recordFrame(1, 5, report('http://a.test/frame', ['m1'])),
      recordFrame(1, 9, report('http://a.test/other', ['m1', 'm2', 'm3'])),
    ]);
    const tab = await getTabReport(1);
    expect(tab.frames.map((f) => f.frameId)).toEqual([0, 5, 9]);
    expect(tab.total).toBe(6);
  });

  it('starts afresh when the top frame shows a new page', async () => {
    await recordFrame(1, 0, report('http://a.test/', ['m1']));
    await recordFrame(1, 3, report('http://a.test/frame', ['m1']));
    const next = await recordFrame(1, 0, report('http://a.test/next', ['m1', 'm2']));
    expect(next.frames.map((f) => f.frameId)).toEqual([0]);
    expect(next.total).toBe(2);
  });

  it('keeps tabs apart and forgets a closed one', async () => {
    await Promise.all([recordFrame(1, 0, report('http://a.test/', ['m1'])), recordFrame(2, 0, report('http://b.test/', []))]);
    expect(await forgetTab(1)).toEqual({ tabId: 1, frames: [], total: 0 });
    expect((await getTabReport(1)).total).toBe(0);
    expect((await getTabReport(2)).frames).toHaveLength(1);
  });

});
