import { describe, expect, it } from 'vitest';
import { dataset } from '../../src/data/dataset';
import type { CoverageReport, TabReport } from '../../src/messaging/protocol';
import { DEFAULT_SETTINGS } from '../../src/settings/settings-schema';
import { POPUP_STRINGS } from '../../src/ui/popup/shell/popup-strings';
import { coverageChecklist, verdictBasis, verdictLine, verdictRule } from '../../src/ui/popup/coverage/coverage-checklist';
import { pageGate } from '../../src/ui/popup/shell/page-gate';

const report = (claims: string[]): CoverageReport => ({
  verdict: 'another-context',
  claims: claims.map((claimId, i) => ({ claimId, text: `sentence ${i}`, block: i, start: 0, end: 10 })),
  mentionCount: 2,
  time: { later: false, news: false },
});

describe('coverageChecklist', () => {
  it('has every claim of the dataset, in its order, each with its article sentence and number', () => {
    const items = coverageChecklist(dataset, report([]));
    expect(items.map((i) => i.id)).toEqual(dataset.coverage.claims.map((c) => c.id));
    expect(items).toHaveLength(12);
    for (const item of items) {
      const claim = dataset.coverage.claims.find((c) => c.id === item.id)!;
      expect(item.sentence.id).toBe(claim.sentence);
      expect(dataset.article.sentences[item.sentenceNumber - 1]).toBe(item.sentence);
      expect(item.found).toBeUndefined();
    }
    expect(items.find((i) => i.id === 'ttps-50')?.sentenceNumber).toBe(21);
  });

  it('attaches each finding to its claim, whatever order the findings come in, and drops unknown ones', () => {
    const items = coverageChecklist(dataset, report(['ransom', 'date', 'no-such-claim']));
    expect(items.filter((i) => i.found).map((i) => [i.id, i.found?.text])).toEqual([
      ['date', 'sentence 1'],
      ['ransom', 'sentence 0'],
    ]);
  });

  it('throws, naming the claim, when a claim cites a sentence the article lacks', () => {
    const broken = structuredClone(dataset);
    broken.coverage.claims[2]!.sentence = 's99';
    expect(() => coverageChecklist(broken, report([]))).toThrow(/mss-blamed.*s99/);
  });
});

describe('verdictLine and verdictRule', () => {
  it('writes each verdict in each language, the count only for the same story', () => {
    expect(verdictLine(POPUP_STRINGS.en, 'same-story', 12, 12)).toBe('Same story (12 of 12 claims reported)');
    expect(verdictLine(POPUP_STRINGS.en, 'same-story', 5, 12)).toBe('Same story (5 of 12 claims reported)');
    expect(verdictLine(POPUP_STRINGS.en, 'another-context', 3, 12)).toBe('Mentions these entities in another context');
    expect(verdictLine(POPUP_STRINGS.en, 'unrelated', 0, 12)).toBe('Unrelated');
    expect(verdictLine(POPUP_STRINGS.ar, 'same-story', 12, 12)).toBe('القصة نفسها (وردت 12 من أصل 12 ادعاءً)');
    expect(verdictLine(POPUP_STRINGS.ar, 'unrelated', 0, 12)).toBe('غير ذي صلة');
  });

  it('takes the rule from the dataset in the popup’s language', () => {
    expect(verdictRule(dataset, 'en')).toBe(dataset.coverage.rule.en);
    expect(verdictRule(dataset, 'ar')).toBe(dataset.coverage.rule.ar);
    // The rule names the threshold the verdict uses (src/core/coverage.ts).
    expect(verdictRule(dataset, 'en')).toContain(String(dataset.coverage.sameStoryMinClaims));
  });
});

describe('verdictBasis', () => {
  it('says how many claims were found and the time the page states, in the popup’s language', () => {
    const found = report(['date', 'apt40-apt31']);
    expect(verdictBasis(POPUP_STRINGS.en, { ...found, time: { later: false, news: true } })).toBe(
      'Rests on 2 claims found as part of the July 2021 story; the page gives the accusation’s day with no year: news of that week.',
    );
    expect(verdictBasis(POPUP_STRINGS.en, { ...report(['date']), time: { later: true, news: true } })).toBe(
      'Rests on 1 claim found as part of the July 2021 story; the page names a year after 2021: it was written later.',
    );
    expect(verdictBasis(POPUP_STRINGS.ar, found)).toContain('لا تذكر الصفحة يوم الاتهام خبراً');
  });
});

describe('pageGate', () => {
  const top: TabReport = { tabId: 1, total: 0, frames: [{ frameId: 0, url: 'http://a/', title: 'A', skipped: 0, aboutStory: false, mentions: [] }] };
  const page = { kind: 'page', tabId: 1, host: 'a', report: top, overdue: false } as const;

  it('is ready once the top frame has reported on a page where highlighting is on', () => {
    expect(pageGate(page, DEFAULT_SETTINGS)).toEqual({ kind: 'ready', tabId: 1, host: 'a', report: top });
  });

  it('names why the page cannot be described yet', () => {
    expect(pageGate({ kind: 'loading' }, DEFAULT_SETTINGS)).toEqual({ kind: 'loading' });
    expect(pageGate({ kind: 'no-tab' }, DEFAULT_SETTINGS)).toEqual({ kind: 'notice', state: 'no-tab' });
    expect(pageGate({ kind: 'unsupported', tabId: 1, reason: 'pdf' }, DEFAULT_SETTINGS)).toEqual({
      kind: 'notice',
      state: 'unsupported',
      reason: 'pdf',
    });
    expect(pageGate(page, { ...DEFAULT_SETTINGS, enabled: false })).toEqual({ kind: 'notice', state: 'all-off' });
    expect(pageGate(page, { ...DEFAULT_SETTINGS, disabledSites: ['a'] })).toEqual({ kind: 'notice', state: 'site-off' });
    const framesOnly = { ...top, frames: [{ ...top.frames[0]!, frameId: 4 }] };
    expect(pageGate({ ...page, report: framesOnly }, DEFAULT_SETTINGS)).toEqual({ kind: 'loading' });
    expect(pageGate({ ...page, report: null, overdue: true }, DEFAULT_SETTINGS)).toEqual({ kind: 'notice', state: 'not-read' });
  });
});
