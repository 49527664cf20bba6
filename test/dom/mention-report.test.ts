// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { createMatcher } from '../../src/core';
import { dataset } from '../../src/data/dataset';
import { ENTITY_IDS } from '../../src/data/entity-ids';
import { createHighlighter } from '../../src/page/highlighting/highlighter';
import { buildReport } from '../../src/page/reports/mention-report';

const matcher = createMatcher(dataset);
const highlightBody = () => createHighlighter(matcher, { entities: new Set(ENTITY_IDS), maxMarks: 1000 }).highlight([document.body]);

beforeEach(() => document.body.replaceChildren());

describe('snippets', () => {
  it('the whole sentence when it is short, across inline elements and split names', () => {
    // Test fixture only: product code never parses HTML strings.
    document.body.innerHTML = '<p>Officials said <i>the group</i> APT<b>40</b>\n  worked for   the state.</p><p>Other block.</p>';
    const [m] = highlightBody();
    expect(m!.snippet).toBe('Officials said the group APT40 worked for the state.');
  });

  it('up to 60 characters either side of a mention in a long text, cut between words and marked as cut', () => {
    const before = 'columns '.repeat(100);
    const after = ' columns'.repeat(100);
    const p = document.createElement('p');
    p.append(`${before}APT31${after}`);
    document.body.append(p);
    const [m] = highlightBody();
    // 60 characters reach into the eighth word on either side: that word is left out whole.
    expect(m!.snippet).toBe(`… ${'columns '.repeat(7)}APT31${' columns'.repeat(7)} …`);
  });

  it('stops at its block', () => {
    document.body.innerHTML = '<div>Before the list<ul><li>Violet Typhoon, also APT31</li></ul>after it</div>';
    const found = highlightBody();
    expect(found.map((m) => m.snippet)).toEqual(['Violet Typhoon, also APT31', 'Violet Typhoon, also APT31']);
  });

  it('in a 10 MB text node with 100 names, each snippet is its neighbourhood only', () => {
    const chunk = 'filler text about nothing. '.repeat(4000);
    const p = document.createElement('p');
    p.append(Array.from({ length: 100 }, (_, i) => `${chunk}APT40 no. ${i} `).join(''));
    document.body.append(p);
    const found = highlightBody();
    expect(found).toHaveLength(100);
    const report = buildReport({ url: 'https://example.org/', title: 'Long' }, found, 0, true);
    report.mentions.forEach((m, i) => {
      expect(m.snippet.length).toBeLessThan(140);
      expect(m.snippet).toContain(`nothing. APT40 no. ${i}`);
    });
  });
});

describe('sentences and the title', () => {
  it('each mention carries its sentence, across inline elements, and the report the frame title', () => {
    // Test fixture only: product code never parses HTML strings.
    document.body.innerHTML = '<p>It began. Officials said <i>the group</i> APT<b>40</b>\n  worked for the MSS. It ended.</p>';
    const found = highlightBody();
    const report = buildReport({ url: 'https://example.org/a', title: 'The page' }, found, 0, true);
    expect(report.title).toBe('The page');
    expect(report.mentions.map((m) => [m.text, m.sentence])).toEqual([
      ['APT40', 'Officials said the group APT40 worked for the MSS.'],
      ['MSS', 'Officials said the group APT40 worked for the MSS.'],
    ]);
  });

  it('caps the title and each sentence to what the guards accept', () => {
    const p = document.createElement('p');
    p.append(`${'word '.repeat(2000)}APT31 ${'word '.repeat(2000)}`);
    document.body.append(p);
    const report = buildReport({ url: 'https://example.org/', title: 't'.repeat(5000) }, highlightBody(), 0, true);
    expect(report.title).toHaveLength(1000);
    expect(report.mentions[0]!.sentence.length).toBeLessThan(420);
    expect(report.mentions[0]!.sentence).toContain('word APT31 word');
  });
});
