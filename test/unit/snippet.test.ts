import { describe, expect, it } from 'vitest';
import { SNIPPET_CONTEXT, snippetAround } from '../../src/core/snippet';

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
