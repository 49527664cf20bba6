/**
 * Reads the page for the article's claims (src/core/coverage.ts), on request from
 * the popup, and takes the reader to the sentence that reports one. The sentence is
 * marked with the CSS Custom Highlight API, which paints a range without touching
 * the page's DOM.
 */
import matchTable from 'virtual:match-table';
import { coverageVerdict, createCoverageDetector, type ClaimFinding } from '../core';
import type { CoverageReport } from '../messaging';
import { collectTextBlocks, type TextBlock } from './text-blocks';

const detector = createCoverageDetector(matchTable.coverage);
const HIGHLIGHT_NAME = 'attribution-lens-claim';
const SHOW_MS = 2500;

interface Found {
  finding: ClaimFinding;
  block: TextBlock;
}

export function createPageCoverage(doc: Document) {
  let last = new Map<string, Found>();

  return {
    /** Which claims the page reports, with its own sentences; `mentionCount` from the highlighter. */
    report(mentionCount: number): CoverageReport {
      const blocks = collectTextBlocks(doc.body ?? doc.documentElement, { withHighlights: true });
      const findings = detector.detect(blocks.map((b) => b.text));
      last = new Map(findings.map((f) => [f.claimId, { finding: f, block: blocks[f.block] as TextBlock }]));
      return {
        verdict: coverageVerdict(matchTable.coverage, findings.map((f) => f.claimId), mentionCount),
        claims: findings.map((f) => ({
          claimId: f.claimId,
          text: (blocks[f.block]?.text.slice(f.start, f.end) ?? '').replace(/\s+/g, ' ').trim().slice(0, 600),
        })),
        mentionCount,
      };
    },

    reveal(claimId: string): boolean {
      const found = last.get(claimId);
      const range = found && rangeOf(doc, found.block, found.finding.start, found.finding.end);
      if (!range) return false;
      const target = range.startContainer.parentElement;
      target?.scrollIntoView({ block: 'center', behavior: 'smooth' });
      const view = doc.defaultView as (Window & { Highlight?: typeof Highlight }) | null;
      if (view?.Highlight && typeof CSS !== 'undefined' && 'highlights' in CSS) {
        CSS.highlights.set(HIGHLIGHT_NAME, new view.Highlight(range));
        setTimeout(() => CSS.highlights.delete(HIGHLIGHT_NAME), SHOW_MS);
      }
      return true;
    },
  };
}

/** A DOM range over [start, end) of a block's text, if its text nodes are still there. */
function rangeOf(doc: Document, block: TextBlock, start: number, end: number): Range | null {
  if (!block.nodes.every((n) => n.isConnected)) return null;
  const range = doc.createRange();
  let offset = 0;
  let started = false;
  for (const node of block.nodes) {
    const len = node.data.length;
    if (!started && start <= offset + len) {
      range.setStart(node, Math.max(0, start - offset));
      started = true;
    }
    if (started && end <= offset + len) {
      range.setEnd(node, Math.max(0, end - offset));
      return range;
    }
    offset += len;
  }
  return started ? range : null;
}
