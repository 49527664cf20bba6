// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dataset } from '../../src/data/dataset';
import type { CoverageReport } from '../../src/messaging/protocol';
import { DEFAULT_SETTINGS } from '../../src/settings/settings-schema';
import { POPUP_STRINGS } from '../../src/ui/popup/shell/popup-strings';
import { verdictBasis } from '../../src/ui/popup/coverage/coverage-checklist';
import type { PageState } from '../../src/ui/popup/shell/page-state';
import type { PopupProps } from '../../src/ui/popup/shell/popup';
import { REFRESH_DELAY_MS, type CoverageAccess } from '../../src/ui/popup/coverage/use-coverage';
import { frameReport, mention, readyPage, tabReport } from '../fixtures/reports';
import { popupHarness } from './helpers/popup-harness';

const report = tabReport([frameReport([mention('a1', 'apt40', 'APT40', 'named APT40')])]);
const ready = readyPage(report);

const claimIds = dataset.coverage.claims.map((c) => c.id);
const sentenceOf = (claimId: string) => {
  const claim = dataset.coverage.claims.find((c) => c.id === claimId)!;
  return dataset.article.sentences.find((s) => s.id === claim.sentence)!;
};
/** A finding for each of `ids`, quoting the article's own sentence as the page's (as on the seed page). */
const findings = (ids: string[]): CoverageReport['claims'] =>
  ids.map((claimId, i) => ({ claimId, text: `page says: ${sentenceOf(claimId).ar}`, block: i, start: 2, end: 40 }));

const sameStory: CoverageReport = {
  verdict: 'same-story',
  claims: findings(claimIds),
  mentionCount: 7,
  time: { later: false, news: true },
};
const anotherContext: CoverageReport = {
  verdict: 'another-context',
  claims: findings(['mss-blamed', 'exchange-hack', 'apt40-apt31']),
  mentionCount: 3,
  time: { later: true, news: false },
};
const unrelated: CoverageReport = { verdict: 'unrelated', claims: [], mentionCount: 0, time: { later: false, news: false } };

const { show, $, $$, text, root } = popupHarness(ready);
afterEach(() => vi.useRealTimers());

function fakeAccess(answer: CoverageReport | Error, revealed = true) {
  return {
    load: vi.fn<CoverageAccess['load']>(() => (answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer))),
    reveal: vi.fn<CoverageAccess['reveal']>(() => Promise.resolve(revealed)),
  };
}

/** Renders the popup and opens the Coverage tab, letting the (fake) background answer. */
async function showCoverage(overrides: Partial<PopupProps> = {}) {
  const props = show({ coverage: fakeAccess(sameStory), ...overrides });
  await act(async () => $('#tab-coverage').click());
  await act(async () => undefined);
  return props;
}

describe('"Coverage"', () => {
  it('is a tab of its own, next to "On this page"', async () => {
    await showCoverage();
    expect($$('[role=tab]').map(text)).toEqual(['On this page', 'Coverage', 'The story', 'Settings']);
    expect($('#tab-coverage').getAttribute('aria-selected')).toBe('true');
    expect($('#panel-coverage').hidden).toBe(false);
  });

  it('says "same story" with the count, explains the rule, and checks every claim off', async () => {
    const { coverage } = await showCoverage();
    expect(coverage.load).toHaveBeenCalledWith(5);
    expect(text($('.verdict'))).toBe('Same story (12 of 12 claims reported)');
    expect($('.verdict').dataset.verdict).toBe('same-story');
    expect(root().querySelector('.claims-count')).toBeNull();
    expect(text($('.rule'))).toBe(dataset.coverage.rule.en);
    // What the verdict rests on: the claims found and the time the page states.
    expect(text($('.basis'))).toBe(verdictBasis(POPUP_STRINGS.en, sameStory));
    expect($('.basis').dataset.news).toBe('true');

    const items = $$('#panel-coverage ul.coverage-claims > li.coverage-claim');
    expect(items.map((li) => li.dataset.claim)).toEqual(claimIds);
    for (const li of items) {
      const id = li.dataset.claim!;
      const claim = dataset.coverage.claims.find((c) => c.id === id)!;
      const sentence = sentenceOf(id);
      expect(li.dataset.reported).toBe('true');
      expect(text(li.querySelector('.claim-label')!)).toBe(claim.label.en);
      expect(text(li.querySelector('.claim-status')!)).toContain('Reported');
      // The page's sentence beside the article's: Arabic original and English rendering.
      expect(li.querySelector('.compare-page blockquote[dir=auto]')?.textContent).toBe(`page says: ${sentence.ar}`);
      expect(li.querySelector('.compare-article blockquote[lang=ar][dir=rtl]')?.textContent).toBe(sentence.ar);
      expect(li.querySelector('.compare-article .rendering[lang=en]')?.textContent).toContain(sentence.en);
      const number = dataset.article.sentences.indexOf(sentence) + 1;
      expect(text(li.querySelector('.compare-article figcaption')!)).toBe(`In the article, sentence ${number}`);
      const button = li.querySelector<HTMLButtonElement>('button.reveal-claim');
      expect(button?.type).toBe('button');
      // Its accessible description names the claim it goes to.
      expect(document.getElementById(button!.getAttribute('aria-describedby')!)?.textContent).toBe(claim.label.en);
    }
  });

  it('sends the chosen claim’s place on the page to be revealed', async () => {
    const { coverage } = await showCoverage();
    await act(async () => $('li[data-claim=ransom] button.reveal-claim').click());
    const finding = sameStory.claims.find((c) => c.claimId === 'ransom');
    expect(coverage.reveal).toHaveBeenCalledWith(5, finding);
    expect(text($('.coverage .reveal-status'))).toBe('');
  });

  it('says so in a live region when the sentence is no longer on the page', async () => {
    await showCoverage({ coverage: fakeAccess(sameStory, false) });
    await act(async () => $('li[data-claim=date] button.reveal-claim').click());
    await act(async () => undefined);
    expect(text($('.coverage [role=status].reveal-status'))).toBe(POPUP_STRINGS.en.revealTextFailed);
  });

  it('says "another context" with the count, and "not reported" for the rest', async () => {
    await showCoverage({ coverage: fakeAccess(anotherContext) });
    expect(text($('.verdict'))).toBe('Mentions these entities in another context');
    expect(text($('.basis'))).toContain(POPUP_STRINGS.en.basis.later);
    expect(text($('.claims-count'))).toBe('3 of 12 claims reported');
    const notReported = $$('li.coverage-claim[data-reported=false]');
    expect(notReported).toHaveLength(9);
    for (const li of notReported) {
      expect(text(li.querySelector('.claim-status')!)).toContain('Not reported');
      expect(li.querySelector('button, blockquote')).toBeNull();
    }
    expect($$('li.coverage-claim[data-reported=true]').map((li) => li.dataset.claim)).toEqual([
      'mss-blamed',
      'exchange-hack',
      'apt40-apt31',
    ]);
  });

  it('folds the rule and the claims not reported, closed at first; the reported ones stay open', async () => {
    await showCoverage({ coverage: fakeAccess(anotherContext) });
    const rule = $('.rule').closest('details') as HTMLDetailsElement;
    expect(rule.open).toBe(false);
    expect(text(rule.querySelector('summary')!)).toBe(POPUP_STRINGS.en.ruleSummary);
    const folded = $<HTMLDetailsElement>('details.unreported');
    expect(folded.open).toBe(false);
    expect(text(folded.querySelector('summary')!)).toBe('Not reported (9)');
    expect([...folded.querySelectorAll<HTMLElement>('li.coverage-claim')].every((li) => li.dataset.reported === 'false')).toBe(true);
    expect($$('li.coverage-claim[data-reported=true]').every((li) => !li.closest('details'))).toBe(true);
    // Every claim is still one of the article's, each once.
    expect($$('li.coverage-claim').map((li) => li.dataset.claim).sort()).toEqual([...claimIds].sort());

    act(() => render(null, root()));
    await showCoverage({ coverage: fakeAccess(sameStory) });
    expect(root().querySelector('details.unreported')).toBeNull();
  });

  it('says "unrelated", with every claim not reported', async () => {
    await showCoverage({ coverage: fakeAccess(unrelated) });
    expect(text($('.verdict'))).toBe('Unrelated');
    expect($$('li.coverage-claim[data-reported=false]')).toHaveLength(12);
  });

  it('is in Arabic, right to left, with the rule and labels in Arabic', async () => {
    await showCoverage({ lang: 'ar', coverage: fakeAccess(anotherContext) });
    expect($('.popup').getAttribute('dir')).toBe('rtl');
    expect(text($('#tab-coverage'))).toBe('التغطية');
    expect(text($('.verdict'))).toBe(POPUP_STRINGS.ar.verdict['another-context']);
    expect(text($('.rule'))).toBe(dataset.coverage.rule.ar);
    expect(text($('li[data-claim=date] .claim-label'))).toBe(dataset.coverage.claims[0]!.label.ar);
    expect(text($('li[data-claim=date] .claim-status'))).toContain('لم ترد');
  });

  it('renders the page’s text as text, never as markup', async () => {
    const hostile: CoverageReport = {
      verdict: 'another-context',
      claims: [{ claimId: 'date', text: '<img src=x onerror="alert(1)"> 19 July', block: 0, start: 0, end: 10 }],
      mentionCount: 1,
      time: { later: false, news: false },
    };
    await showCoverage({ coverage: fakeAccess(hostile) });
    expect($('li[data-claim=date] .compare-page blockquote').textContent).toBe('<img src=x onerror="alert(1)"> 19 July');
    expect(root().querySelector('img')).toBeNull();
  });

  it('ignores a finding for a claim the dataset does not know', async () => {
    const odd: CoverageReport = { ...anotherContext, claims: [...anotherContext.claims, { ...anotherContext.claims[0]!, claimId: 'nope' }] };
    await showCoverage({ coverage: fakeAccess(odd) });
    expect($$('li.coverage-claim')).toHaveLength(12);
    expect(root().querySelector('[data-claim=nope]')).toBeNull();
  });

  it('says when the page could not be compared', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await showCoverage({ coverage: fakeAccess(new Error('no answer')) });
    expect(text($('[data-state=coverage-failed]'))).toBe(POPUP_STRINGS.en.coverageFailed);
    vi.restoreAllMocks();
  });

  it('waits for the comparison, and for the top frame’s report, before any verdict', async () => {
    const pending = { load: vi.fn(() => new Promise<never>(() => undefined)), reveal: vi.fn() };
    await showCoverage({ coverage: pending });
    expect(text($('#panel-coverage [role=status]'))).toBe(POPUP_STRINGS.en.coverageLoading);
    expect(root().querySelector('.verdict')).toBeNull();

    render(null, root());
    const early = fakeAccess(sameStory);
    await showCoverage({ page: { ...ready, report: null }, coverage: early });
    expect(text($('#panel-coverage [role=status]'))).toBe(POPUP_STRINGS.en.loading);
    expect(early.load).not.toHaveBeenCalled();
  });

  it.each<[string, Partial<PopupProps>, string]>([
    ['a browser page', { page: { kind: 'unsupported', tabId: 5, reason: 'browser-page' } }, 'unsupported'],
    ['no tab', { page: { kind: 'no-tab' } }, 'no-tab'],
    ['a site switched off', { settings: { ...DEFAULT_SETTINGS, disabledSites: ['127.0.0.1'] } }, 'site-off'],
    ['a page never read', { page: { ...ready, report: null, overdue: true } }, 'not-read'],
  ])('on %s it says why instead of a verdict, and asks nothing', async (_, overrides, state) => {
    const access = fakeAccess(sameStory);
    await showCoverage({ ...overrides, coverage: access });
    expect($('#panel-coverage .notice').dataset.state).toBe(state);
    expect(root().querySelector('.verdict')).toBeNull();
    expect(access.load).not.toHaveBeenCalled();
  });

  it('compares again when the page changes, keeping the last verdict meanwhile', async () => {
    const access = fakeAccess(anotherContext);
    const props = await showCoverage({ coverage: access });
    expect(access.load).toHaveBeenCalledTimes(1);
    access.load.mockImplementation(() => Promise.resolve(sameStory));
    const changed: PageState = { ...ready, report: { ...report, total: 2 } };
    // Timers only: jsdom has no animation frames, and Preact's hooks must not find fake ones that
    // vanish with the fake clock while their own fallback timer still refers to them.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    show({ ...props, page: changed });
    expect(text($('.verdict'))).toBe('Mentions these entities in another context');
    await act(async () => {
      await vi.advanceTimersByTimeAsync(REFRESH_DELAY_MS);
    });
    expect(access.load).toHaveBeenCalledTimes(2);
    expect(text($('.verdict'))).toBe('Same story (12 of 12 claims reported)');
  });
});
