/**
 * The "Coverage" checklist as the popup shows it: every claim of the article, in the
 * dataset's order, with its article sentence and — when the page reports it — the
 * page's own sentence and where it is. Pure, so it is tested in Node on the real dataset.
 */
import type { Verdict } from '../../../core';
import type { Dataset } from '../../../data/schema';
import type { CoverageReport } from '../../../messaging/protocol';
import type { Lang } from '../../../messaging/protocol';
import type { PopupStrings } from '../shell/popup-strings';

type Sentence = Dataset['article']['sentences'][number];

/** A claim the page reports: its sentence on the page and where it is (for revealText). */
export type ReportedClaim = CoverageReport['claims'][number];

export interface ChecklistItem {
  id: string;
  label: Dataset['coverage']['claims'][number]['label'];
  sentence: Sentence;
  /** The sentence's position in the article, from 1. */
  sentenceNumber: number;
  /** Absent when the page does not report the claim. */
  found?: ReportedClaim;
}

/**
 * One item per claim of the dataset (so the list never changes shape between pages);
 * a finding for a claim the dataset does not know is ignored. The dataset is validated
 * at build time, so a claim citing a missing sentence is a programming error and throws.
 */
export function coverageChecklist(dataset: Dataset, report: CoverageReport): ChecklistItem[] {
  const found = new Map(report.claims.map((c) => [c.claimId, c]));
  const sentences = dataset.article.sentences;
  return dataset.coverage.claims.map((claim) => {
    const at = sentences.findIndex((s) => s.id === claim.sentence);
    const sentence = sentences[at];
    if (!sentence) throw new Error(`coverage claim ${claim.id}: no article sentence ${claim.sentence}`);
    const finding = found.get(claim.id);
    return { id: claim.id, label: claim.label, sentence, sentenceNumber: at + 1, ...(finding ? { found: finding } : {}) };
  });
}

/** The one-line verdict: "Same story (n of N claims reported)", "… another context", "Unrelated". */
export function verdictLine(strings: PopupStrings, verdict: Verdict, reported: number, of: number): string {
  const line = strings.verdict[verdict];
  return typeof line === 'function' ? line(reported, of) : line;
}

/** What the verdict rests on, in one line: how many claims were found and the time the page states. */
export function verdictBasis(strings: PopupStrings, report: Pick<CoverageReport, 'claims' | 'time'>): string {
  const { time } = report;
  const seen = time.later ? strings.basis.later : time.news ? strings.basis.news : strings.basis.undated;
  return `${strings.basis.claims(report.claims.length)}; ${seen}.`;
}

/** The rule behind the verdict, in the popup's language (from the dataset, next to the claims it counts). */
export const verdictRule = (dataset: Dataset, lang: Lang): string => dataset.coverage.rule[lang];
