// @vitest-environment jsdom
/**
 * The coverage detector on every page of the shared corpus, against each page's label
 * (the corpus's own NAME.claims.json where it has one, else the project's older label:
 * scripts/lib/coverage-labels.ts). Not every page agrees yet (docs/coverage.md lists the
 * pages that do not, and why), so the targets are asserted over all labelled pages
 * together: claims precision >= 0.90 and recall >= 0.85, the reader's verdict on >= 95% of
 * pages. On the pages labelled by the project, which all agree, the verdict is also
 * asserted page by page.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { coverageLabelPath, readCoverageLabel, readerVerdict, PROJECT_LABELS_DIR } from '../../scripts/lib/coverage-labels';
import { coverageVerdict, createCoverageDetector, createMatcher, type Verdict } from '../../src/core';
import { dataset } from '../../src/data/dataset';
import { collectTextBlocks } from '../../src/page/highlighting/text-blocks';

const corpus = resolve(__dirname, '../../../shared/corpus');
const detector = createCoverageDetector(dataset.coverage);
const matcher = createMatcher(dataset);
const pages = readdirSync(corpus).filter((f) => f.endsWith('.gold.json')).map((f) => f.replace('.gold.json', ''));
const projectLabelled = pages.filter((page) => coverageLabelPath(page, corpus)?.startsWith(PROJECT_LABELS_DIR));

describe('coverage on the shared corpus', () => {
  it('has a label for every page of the corpus, its own or the project’s', () => {
    for (const page of pages) expect(coverageLabelPath(page, corpus), page).not.toBeNull();
  });

  it('reads the corpus’s own label where the corpus has one', () => {
    const own = pages.filter((page) => readdirSync(corpus).includes(`${page}.claims.json`));
    expect(own.length).toBeGreaterThan(0);
    for (const page of own) expect(coverageLabelPath(page, corpus), page).toBe(resolve(corpus, `${page}.claims.json`));
  });

  // Reading a long page takes seconds on a busy machine: the limits are generous, nothing here is timed.
  it.each(projectLabelled)('%s: the verdict is the reader’s', { timeout: 60_000 }, (page) => {
    const { verdict } = answer(page);
    expect(verdict).toBe(readerVerdict(readCoverageLabel(page, corpus)!));
  });

  it('meets the targets over every labelled page: claims P >= 0.90, R >= 0.85, verdicts >= 95%', { timeout: 600_000 }, () => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    let right = 0;
    const labelled = pages.filter((page) => readCoverageLabel(page, corpus));
    for (const page of labelled) {
      const label = readCoverageLabel(page, corpus)!;
      const { claims, verdict } = answer(page);
      tp += claims.filter((c) => label.claims.includes(c)).length;
      fp += claims.filter((c) => !label.claims.includes(c)).length;
      fn += label.claims.filter((c) => !claims.includes(c)).length;
      if (verdict === readerVerdict(label)) right++;
    }
    expect(labelled.length).toBeGreaterThan(60);
    expect(tp / (tp + fp), 'claims precision').toBeGreaterThanOrEqual(0.9);
    expect(tp / (tp + fn), 'claims recall').toBeGreaterThanOrEqual(0.85);
    expect(right / labelled.length, 'verdicts right').toBeGreaterThanOrEqual(0.95);
  });
});

const answers = new Map<string, { claims: string[]; verdict: Verdict }>();

/** What the extension's background answers for a corpus page, read as the content script reads it. */
function answer(page: string): { claims: string[]; verdict: Verdict } {
  const known = answers.get(page);
  if (known) return known;
  const doc = new DOMParser().parseFromString(readFileSync(resolve(corpus, `${page}.html`), 'utf8'), 'text/html');
  const blocks = collectTextBlocks(doc.body).map((b) => b.text);
  const { claims, time } = detector.assess(blocks);
  const ids = claims.map((f) => f.claimId);
  const mentions = matcher.mentionsInBlocks(blocks, { extraContext: doc.title }).mentions.flat().length;
  const result = { claims: ids, verdict: coverageVerdict(dataset.coverage, ids, mentions, time) };
  answers.set(page, result);
  return result;
}
