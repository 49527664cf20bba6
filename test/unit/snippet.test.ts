import { describe, expect, it } from 'vitest';
import { SENTENCE_CONTEXT, SNIPPET_CONTEXT, sentenceOf, snippetAround } from '../../src/core/snippet';

describe('snippetAround', () => {
  it('is the whole text, on one line, when it is short', () => {
    const text = '  Officials said\n the group APT40\tworked  for the state. ';
    const at = text.indexOf('APT40');
    expect(snippetAround(text, at, at + 5)).toBe('Officials said the group APT40 worked for the state.');
  });

  it(`keeps ${SNIPPET_CONTEXT} characters either side and marks the cuts`, () => {
    const text = `${'a'.repeat(500)} APT31 ${'b'.repeat(500)}`;
    const at = text.indexOf('APT31');
    expect(snippetAround(text, at, at + 5)).toBe(`… ${'a'.repeat(SNIPPET_CONTEXT - 1)} APT31 ${'b'.repeat(SNIPPET_CONTEXT - 1)} …`);
  });

  it('marks only the side where the text goes on', () => {
    const text = `APT40 ${'x'.repeat(200)}`;
    expect(snippetAround(text, 0, 5)).toBe(`APT40 ${'x'.repeat(SNIPPET_CONTEXT - 1)} …`);
    const tail = `${'y'.repeat(200)} MSS`;
    expect(snippetAround(tail, tail.length - 3, tail.length)).toBe(`… ${'y'.repeat(SNIPPET_CONTEXT - 1)} MSS`);
  });
});

describe('sentenceOf', () => {
  it('the sentence around the name, with its closing mark, on one line', () => {
    const text = 'First one. Officials said\n  APT40 worked for the state. Last one.';
    const at = text.indexOf('APT40');
    expect(sentenceOf(text, at, at + 5)).toBe('Officials said APT40 worked for the state.');
  });

  it('keeps names with a dot inside one sentence, and ends on Arabic and Chinese marks', () => {
    const latin = 'Before. TEMP.Periscope is APT40! After.';
    expect(sentenceOf(latin, 8, 22)).toBe('TEMP.Periscope is APT40!');
    const arabic = 'قبل ذلك. هل هي وزارة أمن الدولة؟ بعد ذلك.';
    const at = arabic.indexOf('وزارة');
    expect(sentenceOf(arabic, at, at + 5)).toBe('هل هي وزارة أمن الدولة؟');
    const chinese = '前文。国家安全部发表声明。后文。';
    expect(sentenceOf(chinese, 3, 8)).toBe('国家安全部发表声明。');
  });

  it(`cuts a sentence with no end to ${SENTENCE_CONTEXT} characters either side, marked`, () => {
    const text = `${'a '.repeat(400)}APT31${' b'.repeat(400)}`;
    const at = text.indexOf('APT31');
    const s = sentenceOf(text, at, at + 5);
    expect(s.startsWith('… ')).toBe(true);
    expect(s.endsWith(' …')).toBe(true);
    expect(s).toContain('APT31');
    expect(s.length).toBeLessThanOrEqual(2 * SENTENCE_CONTEXT + 5 + 4);
  });

  it('a name alone in its block is its own sentence', () => {
    expect(sentenceOf('MSS', 0, 3)).toBe('MSS');
  });
});
