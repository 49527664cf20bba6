/**
 * Coverage in the eval: asks the extension in a tab which of the article's claims the page
 * reports (the same getCoverage message the popup sends), and scores that against the page's
 * label (coverage-labels.ts), the verdict against the reader's.
 */
import type { BrowserContext, Page } from 'playwright-core';
import type { CoverageReport } from '../../src/messaging/protocol.ts';
import { readerVerdict, type CoverageLabel } from './coverage-labels.ts';

export interface CoverageScore {
  page: string;
  expected: CoverageLabel;
  found: CoverageReport | null;
  truePositives: string[];
  falsePositives: string[];
  misses: string[];
  verdictRight: boolean;
}

/**
 * Asks the extension for the tab's coverage, as the popup does: a getCoverage message (in
 * @webext-core/messaging's format) from an extension page to the background.
 */
export async function askCoverage(context: BrowserContext, page: Page, extensionId: string): Promise<CoverageReport | null> {
  const worker = context.serviceWorkers()[0];
  if (!worker) return null;
  const tabId = await worker.evaluate(async (url: string) => {
    const c = (globalThis as unknown as { chrome: typeof chrome }).chrome;
    const [tab] = await c.tabs.query({ url });
    return tab?.id ?? null;
  }, page.url());
  if (tabId === null) return null;
  // The background answers messages from extension pages, not from itself: ask from one.
  const asker = await context.newPage();
  try {
    await asker.goto(`chrome-extension://${extensionId}/popup.html`);
    const reply = await asker.evaluate(async (id: number) => {
      const c = (globalThis as unknown as { chrome: typeof chrome }).chrome;
      const message = { id: 1, type: 'getCoverage', data: { tabId: id }, timestamp: Date.now() };
      return c.runtime.sendMessage(message);
    }, tabId);
    return (reply as { res?: CoverageReport } | null)?.res ?? null;
  } finally {
    await asker.close();
  }
}

export function scoreCoverage(expected: CoverageLabel, found: CoverageReport | null): CoverageScore {
  const got = found?.claims.map((c) => c.claimId) ?? [];
  return {
    page: expected.page,
    expected,
    found,
    truePositives: got.filter((c) => expected.claims.includes(c)),
    falsePositives: got.filter((c) => !expected.claims.includes(c)),
    misses: expected.claims.filter((c) => !got.includes(c)),
    verdictRight: found?.verdict === readerVerdict(expected),
  };
}

export function summarizeCoverage(scores: CoverageScore[]) {
  const tp = scores.reduce((n, s) => n + s.truePositives.length, 0);
  const fp = scores.reduce((n, s) => n + s.falsePositives.length, 0);
  const fn = scores.reduce((n, s) => n + s.misses.length, 0);
  return {
    tp,
    fp,
    fn,
    precision: tp + fp ? tp / (tp + fp) : null,
    recall: tp + fn ? tp / (tp + fn) : null,
    verdictsRight: scores.filter((s) => s.verdictRight).length,
    pages: scores.length,
  };
}
