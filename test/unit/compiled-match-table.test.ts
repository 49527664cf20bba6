import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import builtTable from 'virtual:match-table';
import { describe, expect, it } from 'vitest';
import { compileMatchTable, createMatcher, matcherFrom } from '../../src/core';
import { dataset } from '../../src/data/dataset';

// The content script matches with the table compiled at build time (match-table-plugin.ts),
// the rest of the extension compiles it from the dataset at run time: both must find the same.
const CORPUS = resolve(__dirname, '../../../shared/corpus');

/** The visible-ish text of an HTML page: tags dropped, good enough to feed the matcher. */
const textOf = (html: string) =>
  html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .split(/\n+/);

describe('the match table compiled at build time', () => {
  it('is the dataset compiled, as plain JSON', () => {
    expect(builtTable).toEqual(JSON.parse(JSON.stringify(compileMatchTable(dataset))));
    expect(builtTable.aliases.length).toBeGreaterThan(50);
    expect(() => new RegExp(builtTable.source, 'g')).not.toThrow();
  });

  it('finds what the run-time matcher finds on every corpus page', () => {
    const fromBuild = matcherFrom(builtTable);
    const fromDataset = createMatcher(dataset);
    const pages = readdirSync(CORPUS).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(10);
    let total = 0;
    for (const page of pages) {
      const blocks = textOf(readFileSync(resolve(CORPUS, page), 'utf8'));
      const expected = fromDataset.mentionsInBlocks(blocks);
      expect(fromBuild.mentionsInBlocks(blocks), page).toEqual(expected);
      total += expected.mentions.flat().length;
    }
    expect(total).toBeGreaterThan(100);
  });
});
