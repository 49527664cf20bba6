/**
 * Shape checks for incoming messages. Messages only come from this extension's
 * own parts (the browser guarantees it for runtime messages, and each handler
 * checks the sender id too), but a compromised or confused frame must still not
 * be able to crash a handler or smuggle in unexpected data.
 */
import { ENTITY_IDS, isEntityId, type EntityIdValue } from '../data/entity-ids';
import type { FrameReport, MentionDirection, MentionSummary, TabReport } from './protocol';

const MAX_MENTIONS = 10000;
const isString = (v: unknown, max = 2000): v is string => typeof v === 'string' && v.length <= max;

function isMention(v: unknown): v is MentionSummary {
  if (!v || typeof v !== 'object') return false;
  const m = v as Record<string, unknown>;
  return (
    isString(m.id, 64) &&
    (ENTITY_IDS as readonly unknown[]).includes(m.entity) &&
    isString(m.text, 500) &&
    isString(m.snippet, 1000)
  );
}

export function isFrameReport(v: unknown): v is FrameReport {
  if (!v || typeof v !== 'object') return false;
  const r = v as Record<string, unknown>;
  return (
    isString(r.url, 8192) &&
    Array.isArray(r.mentions) &&
    r.mentions.length <= MAX_MENTIONS &&
    // Array.from turns holes into undefined: `every` alone skips them, so a sparse list would pass.
    Array.from(r.mentions).every(isMention) &&
    Number.isInteger(r.skipped) &&
    (r.skipped as number) >= 0 &&
    typeof r.aboutStory === 'boolean'
  );
}

export function isTabReport(v: unknown): v is TabReport {
  if (!isTabRequest(v)) return false;
  const r = v as Record<string, unknown>;
  return (
    Number.isInteger(r.total) &&
    Array.isArray(r.frames) &&
    Array.from(r.frames).every((f) => isFrameReport(f) && Number.isInteger((f as { frameId?: unknown }).frameId))
  );
}

export function isTabRequest(v: unknown): v is { tabId: number } {
  return !!v && typeof v === 'object' && Number.isInteger((v as { tabId?: unknown }).tabId);
}

export function isRevealRequest(v: unknown): v is { id: string } {
  return !!v && typeof v === 'object' && isString((v as { id?: unknown }).id, 64);
}

/** True when a message comes from this extension itself. */
export function isOwnSender(sender: { id?: string } | undefined, ownId: string): boolean {
  return !!sender && sender.id === ownId;
}

export function isCardRequest(v: unknown): v is { entity: EntityIdValue; matched: string; lang: 'en' | 'ar' } {
  if (!v || typeof v !== 'object') return false;
  const r = v as Record<string, unknown>;
  return isEntityId(r.entity) && isString(r.matched, 500) && (r.lang === 'en' || r.lang === 'ar');
}

const isIndex = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;

export function isRevealTextRequest(v: unknown): v is { block: number; start: number; end: number } {
  if (!v || typeof v !== 'object') return false;
  const r = v as Record<string, unknown>;
  return isIndex(r.block) && isIndex(r.start) && isIndex(r.end) && (r.end as number) >= (r.start as number);
}

/** The page's blocks as the top frame sent them: strings, within reason. */
export function isPageBlocks(v: unknown): v is string[] {
  return Array.isArray(v) && v.length <= 200_000 && v.every((b) => typeof b === 'string');
}

export function isFocusMentionRequest(v: unknown): v is { direction: MentionDirection } {
  if (!v || typeof v !== 'object') return false;
  const direction = (v as { direction?: unknown }).direction;
  return direction === 'next' || direction === 'previous';
}
