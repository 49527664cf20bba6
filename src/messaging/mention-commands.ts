/**
 * The keyboard commands that move through the page's highlights, by their manifest names
 * (wxt.config.ts `commands`), and the way each one goes: the background forwards them as
 * focusMention, the options page lists them with their keys.
 */
import type { MentionDirection } from './protocol';

export const MENTION_COMMANDS = { 'next-mention': 'next', 'previous-mention': 'previous' } as const satisfies Record<
  string,
  MentionDirection
>;

/** The direction a command moves in, or null for a command that is not one of these. */
export function directionOfCommand(command: string): MentionDirection | null {
  return Object.hasOwn(MENTION_COMMANDS, command) ? MENTION_COMMANDS[command as keyof typeof MENTION_COMMANDS] : null;
}
