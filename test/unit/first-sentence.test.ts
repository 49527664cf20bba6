import { describe, expect, it } from 'vitest';
import { dataset } from '../../src/data/dataset';
import { splitFirstSentence } from '../../src/ui/card/first-sentence';

describe('splitFirstSentence (the compact card’s first sentence)', () => {
  it('splits after the first sentence in English and Arabic, and the two parts give back the text', () => {
    expect(splitFirstSentence('One thing. Another thing.', 'en')).toEqual(['One thing.', 'Another thing.']);
    expect(splitFirstSentence('جملة أولى. جملة ثانية.', 'ar')).toEqual(['جملة أولى.', 'جملة ثانية.']);
    expect(splitFirstSentence('Only one sentence.', 'en')).toEqual(['Only one sentence.', '']);
    expect(splitFirstSentence('', 'en')).toEqual(['', '']);
  });

  it('never cuts a sentence of the dataset’s descriptions and roles: the parts rejoin into the text', () => {
    for (const e of dataset.entities)
      for (const lang of ['en', 'ar'] as const)
        for (const text of [e.description[lang], e.role[lang]]) {
          const [first, rest] = splitFirstSentence(text, lang);
          expect(first.length).toBeGreaterThan(20);
          expect(first).toMatch(/[.]$/);
          expect(rest ? `${first} ${rest}` : first).toBe(text);
        }
  });
});
