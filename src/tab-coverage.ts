/**
 * The background's side of the coverage check: reads the blocks of the tab's top frame
 * and finds the article's claims in them (src/core/coverage.ts). Done here, not in the
 * content script, so the claim signals stay out of the content bundle.
 */
import { coverageVerdict, createCoverageDetector } from './core';
import { dataset } from './data/dataset';
import { isPageBlocks } from './message-guards';
import { sendMessage, type CoverageReport } from './messaging';
import { getTabReport } from './tab-reports';

const detector = createCoverageDetector(dataset.coverage);

export async function coverageOf(tabId: number): Promise<CoverageReport> {
  const [blocks, report] = await Promise.all([
    sendMessage('getPageBlocks', undefined, { tabId, frameId: 0 }).catch(() => [] as string[]),
    getTabReport(tabId),
  ]);
  const texts = isPageBlocks(blocks) ? blocks : [];
  const findings = detector.detect(texts);
  return {
    verdict: coverageVerdict(dataset.coverage, findings.map((f) => f.claimId), report.total),
    claims: findings.map((f) => ({
      claimId: f.claimId,
      text: (texts[f.block] ?? '').slice(f.start, f.end).replace(/\s+/g, ' ').trim().slice(0, 600),
      block: f.block,
      start: f.start,
      end: f.end,
    })),
    mentionCount: report.total,
  };
}
