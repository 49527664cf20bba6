/**
 * Groups a tab's reported mentions by entity for the "On this page" list. Pure.
 */
import { ENTITY_IDS } from '../../../data/entity-ids';
import type { EntityId } from '../../../core';
import type { MentionSummary, TabReport } from '../../../messaging/protocol';

/** A mention with the frame that holds it: revealing it must go to that frame. */
export interface LocatedMention extends MentionSummary {
  frameId: number;
}

export interface EntityGroup {
  entity: EntityId;
  mentions: LocatedMention[];
}

/**
 * One group per entity that has mentions, in the dataset's entity order (so the list
 * does not jump around as the page changes); mentions keep frame order, then page
 * order within a frame.
 */
export function groupMentions(report: TabReport | null | undefined): EntityGroup[] {
  const byEntity = new Map<EntityId, LocatedMention[]>();
  for (const frame of report?.frames ?? []) {
    for (const mention of frame.mentions) {
      const list = byEntity.get(mention.entity) ?? [];
      list.push({ ...mention, frameId: frame.frameId });
      byEntity.set(mention.entity, list);
    }
  }
  return ENTITY_IDS.flatMap((entity) => {
    const mentions = byEntity.get(entity);
    return mentions ? [{ entity, mentions }] : [];
  });
}

/** Mentions found but not highlighted because of the per-page cap, all frames counted. */
export function skippedCount(report: TabReport | null | undefined): number {
  return (report?.frames ?? []).reduce((n, f) => n + f.skipped, 0);
}
