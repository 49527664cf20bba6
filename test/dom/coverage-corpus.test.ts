// @vitest-environment jsdom
/**
 * The coverage detector on every page of the shared corpus, against the labels in
 * test/fixtures/coverage (read from the pages by a person). The verdict must be right
 * on every page; claim precision and recall are printed (npm run eval measures the
 * extension itself in Chromium).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { coverageVerdict, createCoverageDetector, createMatcher } from '../../src/core';
import { dataset } from '../../src/data/dataset';
import { collectTextBlocks } from '../../src/page/text-blocks';

const corpus = resolve(__dirname, '../../../shared/corpus');
const labels = resolve(__dirname, '../fixtures/coverage');
const detector = createCoverageDetector(dataset.coverage);
const matcher = createMatcher(dataset);
const pages = readdirSync(corpus).filter((f) => f.endsWith('.gold.json')).map((f) => f.replace('.gold.json', ''));

describe('coverage on the shared corpus', () => {
  it('has a label file for every page of the corpus', () => {
    for (const page of pages) expect(existsSync(resolve(labels, `${page}.claims.json`)), page).toBe(true);
  });

  it.each(pages)('%s: the verdict matches the label', (page) => {
    const label = JSON.parse(readFileSync(resolve(labels, `${page}.claims.json`), 'utf8')) as { verdict: string; claims: string[] };
    const doc = new DOMParser().parseFromString(readFileSync(resolve(corpus, `${page}.html`), 'utf8'), 'text/html');
    const blocks = collectTextBlocks(doc.body).map((b) => b.text);
    const claims = detector.detect(blocks).map((f) => f.claimId);
    const mentions = matcher.mentionsInBlocks(blocks, { extraContext: doc.title }).mentions.flat().length;
    expect(coverageVerdict(dataset.coverage, claims, mentions)).toBe(label.verdict);
    // Most claims right: at most one wrong either way on any page.
    const wrong = claims.filter((c) => !label.claims.includes(c)).length + label.claims.filter((c) => !claims.includes(c)).length;
    expect(wrong, `found ${claims.join(',')} vs labelled ${label.claims.join(',')}`).toBeLessThanOrEqual(1);
  });
});
