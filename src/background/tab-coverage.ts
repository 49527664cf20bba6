/**
 * The background's side of the coverage check: reads the blocks of the tab's top frame
 * and finds the article's claims in them (src/core/coverage.ts). Done here, not in the
 * content script, so the claim signals stay out of the content bundle.
 */
import { coverageVerdict, createCoverageDetector, createMatcher } from '../core';
import { dataset } from '../data/dataset';
import { isPageBlocks } from '../messaging/guards';
import { sendMessage, type CoverageReport } from '../messaging/protocol';
import { getTabReport } from './tab-reports';

const detector = createCoverageDetector(dataset.coverage);
let matcher: ReturnType<typeof createMatcher> | null = null;

/**
 * The coverage report for a page's top-frame blocks. The verdict counts the mentions of
 * EVERY entity on the page, not just the highlighted ones: with some entities switched off
 * in Settings a page is no less about the story. `highlighted` (all frames) counts too,
 * for mentions in frames whose text is not read here.
 */
export function coverageFrom(texts: readonly string[], highlighted: number): CoverageReport {
  const { claims: findings, time } = detector.assess(texts);
  matcher ??= createMatcher(dataset);
  const onPage = matcher.mentionsInBlocks(texts).mentions.reduce((n, list) => n + list.length, 0);
  const mentionCount = Math.max(onPage, highlighted);
  return {
    verdict: coverageVerdict(dataset.coverage, findings.map((f) => f.claimId), mentionCount, time),
    claims: findings.map((f) => ({
      claimId: f.claimId,
      text: (texts[f.block] ?? '').slice(f.start, f.end).replace(/\s+/g, ' ').trim().slice(0, 600),
      block: f.block,
      start: f.start,
      end: f.end,
    })),
    mentionCount,
    time,
  };
}

export async function coverageOf(tabId: number): Promise<CoverageReport> {
  const [blocks, report] = await Promise.all([
    sendMessage('getPageBlocks', undefined, { tabId, frameId: 0 }).catch(() => [] as string[]),
    getTabReport(tabId),
  ]);
  return coverageFrom(isPageBlocks(blocks) ? blocks : [], report.total);
}
