/** Builds this frame's report (for the badge and the popup) from the live highlights. */
import type { FrameReport, MentionSummary } from '../../messaging/protocol';
import type { HighlightedMention } from '../highlighting/highlight-registry';

/** The frame as the report names it: its address and title (cut to what the guards accept). */
export interface FramePlace {
  url: string;
  title: string;
}

export function buildReport(
  place: FramePlace,
  mentions: readonly HighlightedMention[],
  skipped: number,
  aboutStory: boolean,
): FrameReport {
  const list: MentionSummary[] = mentions.map((m) => ({
    id: m.id,
    entity: m.entity,
    text: m.text.slice(0, 500),
    snippet: m.snippet.slice(0, 1000),
    sentence: m.sentence.slice(0, 1000),
  }));
  return { url: place.url, title: place.title.slice(0, 1000), mentions: list, skipped, aboutStory };
}
