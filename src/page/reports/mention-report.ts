/** Builds this frame's report (for the badge and the popup) from the live highlights. */
import type { FrameReport, MentionSummary } from '../../messaging/protocol';
import type { HighlightedMention } from '../highlighting/highlight-registry';

export function buildReport(
  url: string,
  mentions: readonly HighlightedMention[],
  skipped: number,
  aboutStory: boolean,
): FrameReport {
  const list: MentionSummary[] = mentions.map((m) => ({
    id: m.id,
    entity: m.entity,
    text: m.text.slice(0, 500),
    snippet: m.snippet.slice(0, 1000),
  }));
  return { url, mentions: list, skipped, aboutStory };
}
