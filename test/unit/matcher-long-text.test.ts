/**
 * Long texts: a huge block is matched a window at a time (the highlighter yields between
 * windows), and must give exactly what matching it whole gives. Also: a long text with no
 * full stop must not make each ambiguous name read the whole text (that was quadratic).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMatcher, WINDOW_PADDING } from '../../src/core';
import { dataset } from '../../src/data/dataset';

const matcher = createMatcher(dataset);

/** Pieces of text that exercise every rule: sure names, ambiguous ones, their cues, other senses, punctuation. */
const PIECES = [
  'APT40', 'APT 31', 'MSS', '(MSS)', 'Ministry of State Security', 'Hafnium', 'HAFNIUM', 'Microsoft Exchange', 'Exchange',
  'Exchange Server', 'ProxyLogon', 'وزارة أمن الدولة', 'وبوزارة أمن الدولة الصينية', 'إكستشينج', '国家安全部', '黑客',
  'China', 'Chinese hackers', 'the Stasi', 'East Germany', 'managed security services', 'hack', 'Stock Exchange',
  'the element', 'rates', 'said', 'the', 'a', 'of', '.', ',', ';', ' ', ' ', ' ', '\n', 'ـ', 'َ',
];
const textArb = fc.array(fc.constantFrom(...PIECES), { minLength: 200, maxLength: 1500 }).map((p) => p.join(' '));

const key = (c: { entity: string; start: number; end: number; verdict: string }) => `${c.entity}@${c.start}-${c.end}:${c.verdict}`;

describe('matching a text a window at a time', () => {
  it('finds exactly what matching the whole text finds, for any window size', () => {
    fc.assert(
      fc.property(textArb, fc.integer({ min: 200, max: 4000 }), (text, size) => {
        const whole = matcher.candidates(text).map(key);
        const pieces: string[] = [];
        for (let from = 0; from < text.length; from += size) {
          pieces.push(...matcher.candidates(text, { from, to: from + size }).map(key));
        }
        expect(pieces).toEqual(whole);
      }),
      { numRuns: 100 },
    );
  });

  it('reports offsets in the whole text, and the text written there', () => {
    const filler = 'words about nothing. '.repeat(200);
    const text = `${filler}APT40 and the MSS of China${filler}`;
    const at = filler.length;
    const found = matcher.candidates(text, { from: at - 10, to: at + 100 });
    expect(found.map((c) => [c.entity, c.start, text.slice(c.start, c.end)])).toEqual([
      ['apt40', at, 'APT40'],
      ['mss', at + 14, 'MSS'],
    ]);
    // A window reads no further than its padding: the same result from a text cut there.
    const cut = text.slice(0, at + 100 + WINDOW_PADDING);
    expect(matcher.candidates(cut, { from: at - 10, to: at + 100 })).toEqual(found);
  });

  it('an empty window or one past the end finds nothing', () => {
    expect(matcher.candidates('APT40', { from: 5, to: 10 })).toEqual([]);
    expect(matcher.candidates('APT40', { from: 2, to: 2 })).toEqual([]);
  });
});

describe('a long text with no full stop', () => {
  it('each ambiguous name reads only its neighbourhood: the verdict depends on what is near it', () => {
    const far = 'word '.repeat(400);
    // China is named 2,000 characters away in the same "sentence": too far to count for MSS.
    expect(matcher.candidates(`Chinese ${far} the MSS said`).map((c) => c.verdict)).toEqual(['page']);
    expect(matcher.candidates(`Chinese spies of the MSS said`).map((c) => c.verdict)).toEqual(['accept']);
  });

  it('finds every one of many ambiguous names in one unpunctuated text', () => {
    const text = 'the MSS of China said '.repeat(5000);
    const found = matcher.candidates(text);
    expect(found).toHaveLength(5000);
    expect(found.every((c) => c.entity === 'mss' && c.verdict === 'accept')).toBe(true);
  });
});
