/**
 * onOwnMessage: a handler runs for this extension's own senders only; any other sender gets
 * the refusal, and the handler never sees its message. The messaging library is replaced by
 * a recorder of the listener it is given, so each sender can be put to it directly.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

const OWN_ID = fakeBrowser.runtime.id;
type Listener = (message: { data: unknown; sender: { id?: string } }) => unknown;
const listeners = new Map<string, Listener>();

vi.mock('wxt/browser', () => ({ browser: fakeBrowser }));
vi.mock('../../src/messaging/protocol', () => ({
  onMessage: (type: string, listener: Listener) => {
    listeners.set(type, listener);
    return () => listeners.delete(type);
  },
}));
const { onOwnMessage } = await import('../../src/messaging/own-messages');

describe('onOwnMessage', () => {
  beforeEach(() => listeners.clear());

  it('answers this extension with the handler, and any other sender with the refusal', () => {
    const handle = vi.fn(() => ['block']);
    onOwnMessage('getPageBlocks', handle, () => []);
    const listener = listeners.get('getPageBlocks')!;
    expect(listener({ data: undefined, sender: { id: OWN_ID } })).toEqual(['block']);
    for (const sender of [{}, { id: 'another-extension' }, { id: `${OWN_ID} ` }]) {
      expect(listener({ data: undefined, sender })).toEqual([]);
    }
    expect(handle).toHaveBeenCalledTimes(1);
  });

  it('returns the remover the library gave', () => {
    const remove = onOwnMessage('loadCard', () => true, () => false);
    expect(listeners.has('loadCard')).toBe(true);
    remove();
    expect(listeners.has('loadCard')).toBe(false);
  });
});
