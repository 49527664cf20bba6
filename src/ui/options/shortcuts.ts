/**
 * The keyboard shortcuts as the browser has them (commands.getAll), for the options page:
 * the extension's two highlight commands, next first, with the keys the user has set.
 */
import { MENTION_COMMANDS, directionOfCommand } from '../../messaging/mention-commands';
import type { MentionDirection } from '../../messaging/protocol';

export interface Shortcut {
  direction: MentionDirection;
  /** The keys as the browser writes them ("Alt+Shift+L", "⌥⇧L"); empty when none are set. */
  keys: string;
}

/** One entry a command, in the manifest's order, whatever order the browser lists them in. */
export function mentionShortcuts(commands: readonly { name?: string; shortcut?: string }[]): Shortcut[] {
  const keys = new Map(commands.map((c) => [directionOfCommand(c.name ?? ''), c.shortcut ?? '']));
  return Object.values(MENTION_COMMANDS)
    .filter((direction) => keys.has(direction))
    .map((direction) => ({ direction, keys: keys.get(direction) ?? '' }));
}
