// @vitest-environment jsdom
/**
 * The coverage detector on every page of the shared corpus, against each page's label
 * (the corpus's own NAME.claims.json where it has one, else the project's older label:
 * scripts/lib/coverage-labels.ts). On the pages labelled by the project the verdict must be
 * the reader's and at most one claim may differ. The corpus's newer real pages are measured
 * by `npm run eval -- --corpus` (docs/coverage.md), not asserted here, until the verdict rule
 * agrees with their readers (issue "Right on pages it has never seen").
 */
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { coverageLabelPath, readCoverageLabel, readerVerdict, PROJECT_LABELS_DIR } from '../../scripts/lib/coverage-labels';
import { coverageVerdict, createCoverageDetector, createMatcher } from '../../src/core';
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

  it.each(projectLabelled)('%s: the verdict is the reader’s', (page) => {
    const label = readCoverageLabel(page, corpus)!;
    const doc = new DOMParser().parseFromString(readFileSync(resolve(corpus, `${page}.html`), 'utf8'), 'text/html');
    const blocks = collectTextBlocks(doc.body).map((b) => b.text);
    const claims = detector.detect(blocks).map((f) => f.claimId);
    const mentions = matcher.mentionsInBlocks(blocks, { extraContext: doc.title }).mentions.flat().length;
    expect(coverageVerdict(dataset.coverage, claims, mentions)).toBe(readerVerdict(label));
    // Most claims right: at most one wrong either way on any page.
    const wrong = claims.filter((c) => !label.claims.includes(c)).length + label.claims.filter((c) => !claims.includes(c)).length;
    expect(wrong, `found ${claims.join(',')} vs labelled ${label.claims.join(',')}`).toBeLessThanOrEqual(1);
  });
});
