/**
 * Events as the browser fires them for the user (isTrusted true). The page's own events
 * (dispatchEvent, isTrusted false) are ignored by the hover card, so tests of the reader's
 * pointer, focus and keys need the trusted kind; jsdom fires those through this helper of its own.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { fireAnEvent } = require('jsdom/lib/jsdom/living/helpers/events.js') as {
  fireAnEvent: (type: string, target: unknown, eventInterface: unknown, init: object) => boolean;
};
const { implForWrapper } = require('jsdom/lib/generated/idl/utils.js') as { implForWrapper: (wrapper: object) => unknown };

const INTERFACES = {
  pointer: require('jsdom/lib/generated/idl/PointerEvent.js'),
  focus: require('jsdom/lib/generated/idl/FocusEvent.js'),
  keyboard: require('jsdom/lib/generated/idl/KeyboardEvent.js'),
  plain: require('jsdom/lib/generated/idl/Event.js'),
} as const;

/** Fires a trusted `type` event at `target`, bubbling and composed like the user's own. */
export function fireTrusted(target: EventTarget, type: string, kind: keyof typeof INTERFACES, init: object = {}): void {
  fireAnEvent(type, implForWrapper(target), INTERFACES[kind], { bubbles: true, composed: true, ...init });
}
