/**
 * Handlers for our own parts only. Runtime messages already come only from this extension,
 * but each handler also checks the sender's id, so that a confused or compromised frame
 * cannot reach one through some other path; the check is written here once.
 */
import type { ExtensionMessage, GetReturnType, MaybePromise, Message } from '@webext-core/messaging';
import { browser } from 'wxt/browser';
import { isOwnSender } from './guards';
import { onMessage, type ProtocolMap } from './protocol';

type Reply<T extends keyof ProtocolMap> = MaybePromise<GetReturnType<ProtocolMap[T]>>;

/** Listens for `type` from this extension; any other sender gets `refused()`. Returns the remover. */
export function onOwnMessage<T extends keyof ProtocolMap>(
  type: T,
  handle: (message: Message<ProtocolMap, T> & ExtensionMessage) => Reply<T>,
  refused: () => Reply<T>,
): () => void {
  return onMessage(type, (message) => (isOwnSender(message.sender, browser.runtime.id) ? handle(message) : refused()));
}
