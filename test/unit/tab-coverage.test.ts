/**
 * The coverage verdict counts every entity's mentions on the page, not only those
 * highlighted: with entities switched off in Settings (or the site switched off) the
 * same page must get the same verdict.
 */
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { dataset } from '../../src/data/dataset';

// The module sends messages (webextension-polyfill needs a `browser` global to load).
Object.assign(globalThis, { browser: fakeBrowser });
const { coverageFrom } = await import('../../src/background/tab-coverage');

const article = [dataset.article.headline.ar, ...dataset.article.sentences.map((s) => s.ar)];

describe('coverageFrom', () => {
  it('the source article is the same story with nothing highlighted, as with everything highlighted', () => {
    const none = coverageFrom(article, 0);
    const all = coverageFrom(article, 7);
    expect(none.verdict).toBe('same-story');
    expect(all.verdict).toBe('same-story');
    expect(none.claims).toEqual(all.claims);
    expect(none.mentionCount).toBeGreaterThanOrEqual(7);
  });

  it('a page that names an entity in passing is another context, highlighted or not', () => {
    const page = ['The weather was fine.', 'Analysts compared the intrusion to the work of APT40 in 2024.'];
    expect(coverageFrom(page, 0)).toMatchObject({ verdict: 'another-context', mentionCount: 1 });
  });

  it('a page with no mention in its text is unrelated, unless a frame had highlights', () => {
    expect(coverageFrom(['The weather was fine.'], 0).verdict).toBe('unrelated');
    expect(coverageFrom([], 0).verdict).toBe('unrelated');
    // Mentions highlighted in a frame (whose text is not read here) still count.
    expect(coverageFrom(['The weather was fine.'], 2)).toMatchObject({ verdict: 'another-context', mentionCount: 2 });
  });
});
