import { describe, expect, it } from 'vitest';
import { groupMentions, skippedCount } from '../../src/ui/popup/mentions/group-mentions';
import { splitSnippet } from '../../src/ui/popup/mentions/split-snippet';
import { tabIdFromSearch } from '../../src/ui/popup/shell/target-tab';
import { frameReport, mention, tabReport } from '../fixtures/reports';

const report = tabReport(
  [
    frameReport(
      [
        mention('m1', 'mss', 'MSS', 'the MSS said'),
        mention('m2', 'apt31', 'APT31', 'APT31 again'),
        mention('m3', 'mss', 'Ministry of State Security', '… Ministry of State Security …'),
      ],
      { skipped: 2 },
    ),
    frameReport([mention('m1', 'mss', 'MSS', 'in a frame: MSS')], {
      frameId: 3,
      url: 'http://127.0.0.1/frame.html',
      skipped: 1,
      aboutStory: false,
    }),
  ],
  7,
);

describe('groupMentions', () => {
  it('groups by entity in dataset order and keeps the frame of each mention', () => {
    const groups = groupMentions(report);
    expect(groups.map((g) => g.entity)).toEqual(['apt31', 'mss']);
    expect(groups[1]?.mentions.map((m) => [m.frameId, m.id])).toEqual([
      [0, 'm1'],
      [0, 'm3'],
      [3, 'm1'],
    ]);
    expect(groups.reduce((n, g) => n + g.mentions.length, 0)).toBe(report.total);
  });

  it('gives no group for a missing or empty report', () => {
    expect(groupMentions(null)).toEqual([]);
    expect(groupMentions({ tabId: 1, frames: [], total: 0 })).toEqual([]);
  });

  it('adds up the skipped mentions of all frames', () => {
    expect(skippedCount(report)).toBe(3);
    expect(skippedCount(undefined)).toBe(0);
  });
});

describe('splitSnippet', () => {
  it('splits around the first occurrence of the mention', () => {
    expect(splitSnippet('… said APT40 and APT40 …', 'APT40')).toEqual({
      before: '… said ',
      match: 'APT40',
      after: ' and APT40 …',
    });
  });

  it('finds a mention that spans a line break in the page', () => {
    expect(splitSnippet('the Ministry of State Security said', 'Ministry of\n  State Security').match).toBe(
      'Ministry of State Security',
    );
  });

  it('keeps the whole snippet when the mention is not in it', () => {
    expect(splitSnippet('something else', 'APT31')).toEqual({ before: 'something else', match: '', after: '' });
    expect(splitSnippet('text', '')).toEqual({ before: 'text', match: '', after: '' });
  });
});

describe('tabIdFromSearch', () => {
  it('reads a whole-number tabId', () => {
    expect(tabIdFromSearch('?tabId=42')).toBe(42);
    expect(tabIdFromSearch('?x=1&tabId=0')).toBe(0);
  });

  it('ignores a missing or malformed tabId', () => {
    expect(tabIdFromSearch('')).toBeNull();
    expect(tabIdFromSearch('?tabId=')).toBeNull();
    expect(tabIdFromSearch('?tabId=-1')).toBeNull();
    expect(tabIdFromSearch('?tabId=1.5')).toBeNull();
    expect(tabIdFromSearch('?tabId=99999999999999999999')).toBeNull();
  });
});
