/**
 * Coverage labels (NAME.claims.json): a person's reading of which of the article's claims a
 * page reports and how it relates to the story. The corpus's own label beside the page's gold
 * file is the reference; the project's older labels in test/fixtures/coverage are read only
 * for pages whose corpus has none. Labels are read as they are, never rewritten.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from './paths.ts';

export const PROJECT_LABELS_DIR = path.join(PROJECT_ROOT, 'test/fixtures/coverage');

export type VerdictLabel = 'same-story' | 'another-context' | 'unrelated';

export interface CoverageLabel {
  page: string;
  /** The old mechanical rule's verdict (see the corpus's COVERAGE.md). */
  verdict: VerdictLabel;
  /** What a reader says; the target. The project's older labels have none: their verdict is the reader's. */
  humanVerdict?: VerdictLabel;
  claims: string[];
  notes?: string;
  /** Every other field of the file, kept as read. */
  [field: string]: unknown;
}

/** Where a page's label comes from: the corpus's own file, else the project's. */
export function coverageLabelPath(page: string, corpusDir: string): string | null {
  for (const dir of [corpusDir, PROJECT_LABELS_DIR]) {
    const file = path.join(dir, `${page}.claims.json`);
    if (existsSync(file)) return file;
  }
  return null;
}

export function readCoverageLabel(page: string, corpusDir: string): CoverageLabel | null {
  const file = coverageLabelPath(page, corpusDir);
  if (!file) return null;
  const label = JSON.parse(readFileSync(file, 'utf8')) as CoverageLabel;
  if (!Array.isArray(label.claims) || typeof label.verdict !== 'string') {
    throw new Error(`${file}: expected "verdict" and a "claims" list`);
  }
  return label;
}

/** The verdict a reader gives: the target the extension's verdict is measured against. */
export const readerVerdict = (label: CoverageLabel): VerdictLabel => label.humanVerdict ?? label.verdict;
