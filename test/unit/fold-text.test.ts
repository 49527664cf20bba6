/**
 * foldText against its definition: the folded text is each character folded on its own,
 * runs of white space made one space; every folded unit maps back to the character it
 * came from. Checked on random text that mixes what folding treats specially.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as cues from '../../src/core/context-cues';
import { foldString, foldText } from '../../src/core/fold-text';

const SPECIAL = [
  'A', 'z', 'Q', '4', '`', ' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u3000', '\u2003', // ASCII, spaces
  'É', 'ß', 'İ', 'Ǆ', 'ﬁ', 'Ａ', '４', '\ufdfa', // accents, expansions, full width, a ligature that grows 18×
  'ا', 'أ', 'ة', 'ى', 'ک', '\u064b', '\u0651', '\u0640', '٤', '۴', // Arabic letters, harakat, tatweel, digits
  '\u200b', '\u200f', '\u00ad', '\ufeff', '\u2066', // invisible
  '\u2013', '\u2019', 'e\u0301', '国', 'が', '\ud83d\ude00', '\ud800', '\udc00', // dashes, quotes, CJK, astral, lone surrogates
];
const textArb = fc.array(fc.oneof(fc.constantFrom(...SPECIAL), fc.string({ unit: 'binary', maxLength: 3 })), { maxLength: 40 }).map((parts) => parts.join(''));

/** The definition: each code point folded alone, then white space runs made one space. */
function folded(input: string): string {
  let out = '';
  for (const ch of input) {
    const f = foldString(ch);
    if (f === ' ' && out.endsWith(' ')) continue;
    out += f;
  }
  return out;
}

describe('foldText', () => {
  it('folds each character as it folds alone, joining white space', () => {
    fc.assert(
      fc.property(textArb, (input) => {
        expect(foldText(input).text).toBe(folded(input));
      }),
      { seed: 1, numRuns: 2000 },
    );
  });

  it('maps every folded unit back to the character it came from, in order', () => {
    fc.assert(
      fc.property(textArb, (input) => {
        const { text, from, to } = foldText(input);
        expect(from.length).toBe(text.length);
        expect(to.length).toBe(text.length);
        for (let k = 0; k < text.length; k++) {
          const a = from[k] as number;
          const b = to[k] as number;
          expect(b).toBeGreaterThan(a);
          expect(b).toBeLessThanOrEqual(input.length);
          if (k > 0) expect(a).toBeGreaterThanOrEqual(from[k - 1] as number);
          // What it came from (a character, or a run of white space) folds to something holding this unit.
          expect(folded(input.slice(a, b))).toContain(text[k]);
        }
      }),
      { seed: 1, numRuns: 2000 },
    );
  });

  it('keeps one unit per unit through long plain text, and grows for expanding characters', () => {
    const plain = 'The APT40 Group said '.repeat(5000);
    const f = foldText(plain);
    expect(f.text).toBe(plain.toLowerCase());
    expect(f.from[f.text.length - 1]).toBe(plain.length - 1);
    const grown = foldText('\ufdfa'.repeat(100));
    expect(grown.text).toBe(foldString('\ufdfa').repeat(100));
    expect(grown.text.length).toBeGreaterThan(1000);
    expect(grown.to[grown.text.length - 1]).toBe(100);
  });

  it('the context rules\' cue words are written folded, as the rules compare them unfolded', () => {
    const lists = Object.entries(cues) as [string, readonly string[]][];
    expect(lists.length).toBeGreaterThan(5);
    for (const [name, list] of lists) {
      expect(list.filter((c) => foldString(c) !== c), name).toEqual([]);
    }
  });
});
