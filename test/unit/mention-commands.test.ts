/**
 * The keyboard commands' two halves: the background turns each command into a direction
 * (src/messaging/mention-commands.ts), the content script picks the highlight to visit in
 * that direction (src/page/keyboard/mention-to-visit.ts), wrapping round at either end.
 */
import { describe, expect, it } from 'vitest';
import { directionOfCommand } from '../../src/messaging/mention-commands';
import { isFocusMentionRequest } from '../../src/messaging/guards';
import { mentionToVisit } from '../../src/page/keyboard/mention-to-visit';

/** A stand-in for a mark element: only `isConnected` is read. */
const mark = (connected = true) => ({ isConnected: connected }) as unknown as HTMLElement;
const mentions = ['a', 'b', 'c'].map((id) => ({ id, marks: [mark()] }));
const [a, b, c] = mentions;
const visit = (current: (typeof mentions)[number] | null, direction: 'next' | 'previous') =>
  mentionToVisit(mentions, current, direction)?.mention.id ?? null;

describe('directionOfCommand', () => {
  it('maps the two commands to their directions and nothing else', () => {
    expect(directionOfCommand('next-mention')).toBe('next');
    expect(directionOfCommand('previous-mention')).toBe('previous');
    for (const other of ['', '_execute_action', 'toString', '__proto__', 'next']) expect(directionOfCommand(other)).toBeNull();
  });
});

describe('isFocusMentionRequest', () => {
  it('takes a direction, next or previous, and nothing else', () => {
    expect(isFocusMentionRequest({ direction: 'next' })).toBe(true);
    expect(isFocusMentionRequest({ direction: 'previous' })).toBe(true);
    for (const bad of [undefined, null, 'next', {}, { direction: 'back' }, { direction: 1 }]) expect(isFocusMentionRequest(bad)).toBe(false);
  });
});

describe('mentionToVisit', () => {
  it('with none current, next starts at the first and previous at the last', () => {
    expect(visit(null, 'next')).toBe('a');
    expect(visit(null, 'previous')).toBe('c');
  });

  it('steps forward and back, wrapping round at either end', () => {
    expect(visit(a!, 'next')).toBe('b');
    expect(visit(c!, 'next')).toBe('a');
    expect(visit(b!, 'previous')).toBe('a');
    expect(visit(a!, 'previous')).toBe('c');
  });

  it('treats a mention no longer listed as none current', () => {
    expect(mentionToVisit(mentions, { id: 'gone', marks: [mark()] }, 'previous')?.mention.id).toBe('c');
  });

  it('visits the first mark still in the page, and nothing when none is', () => {
    const split = { id: 's', marks: [mark(false), mark(true)] };
    expect(mentionToVisit([split], null, 'next')?.mark).toBe(split.marks[1]);
    expect(mentionToVisit([{ id: 'x', marks: [mark(false)] }], null, 'next')).toBeNull();
    expect(mentionToVisit([], null, 'previous')).toBeNull();
  });
});
