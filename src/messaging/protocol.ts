/**
 * ONE typed map of every message between the extension's parts.
 *
 *   content script → background : reportMentions (per frame; the background keeps
 *                                 the tab's total for the badge and the popup)
 *   popup → background          : getTabReport
 *   background → popup          : tabReportChanged (so an open popup follows the page)
 *   content script → background : getCardContent (the hover card's texts)
 *   content script → background : loadCard (inject the hover card's code into this frame)
 *   popup → content script      : revealMention (sent to the frame that holds it)
 *   popup → background          : getCoverage (the background asks the top frame getPageBlocks)
 *   popup → content script      : revealText (top frame)
 *   background → content script : focusMention (the next- and previous-mention keyboard commands)
 *
 * @webext-core/messaging checks the message type; each handler also checks the
 * sender (only this extension: own-messages.ts) and the payload's shape (guards.ts).
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { EntityId, PageTime, Verdict } from '../core';

/** The language of the popup and the hover card. */
export type Lang = 'en' | 'ar';

/** Which way the keyboard commands move through the page's highlights. */
export type MentionDirection = 'next' | 'previous';

export interface MentionSummary {
  /** Unique within its frame, stable while the highlight lives. */
  id: string;
  entity: EntityId;
  /** The text as written on the page. */
  text: string;
  /** A short piece of the surrounding text. */
  snippet: string;
  /** The sentence it stands in, cut to at most SENTENCE_CONTEXT characters either side (for the export). */
  sentence: string;
}

export interface FrameReport {
  url: string;
  /** The frame's document title (the export names the page by the top frame's). */
  title: string;
  mentions: MentionSummary[];
  /** Mentions found but not highlighted because of the per-page cap. */
  skipped: number;
  /** The frame named an entity unambiguously (so ambiguous names counted). */
  aboutStory: boolean;
}

/** How the page in the top frame relates to the story (see src/core/coverage.ts). */
export interface CoverageReport {
  verdict: Verdict;
  /** The claims the page reports, each with the page's own sentence and where it is (for revealText). */
  claims: { claimId: string; text: string; block: number; start: number; end: number }[];
  mentionCount: number;
  /** What the page says of its own time (a later year; the accusation's day as news): the verdict rests on it too. */
  time: PageTime;
}

export interface TabReport {
  tabId: number;
  frames: (FrameReport & { frameId: number })[];
  total: number;
}

export interface CardQuote {
  claimId: string;
  /** narration: the journalist's sentence; report: what a speaker said, in the article's words; quote: the article quotes a speaker. */
  kind: 'narration' | 'report' | 'quote';
  /** Null for narration, which is never signed with a speaker's name. */
  speaker: string | null;
  /** The article's sentence: the Arabic original, or our English rendering of it. */
  sentence: string;
  date: string;
  /** The speaker's own words, when the article quotes them and they were found. */
  original: { text: string; lang: string; url: string; differs: string | null } | null;
  /** What the primary sources say where the article says more or otherwise. */
  check: string | null;
}

export interface CardGroupName {
  text: string;
  vendor: string;
  coined: number;
}

export interface CardSource {
  title: string;
  publisher: string;
  url: string | null;
}

/** What the hover card says about an entity (src/background/card-texts.ts chooses it from the dataset). */
export interface CardContent {
  entityId: EntityId;
  kind: 'group' | 'agency' | 'event';
  name: string;
  /** The name as written on the page, when it differs from `name`. */
  matched: string | null;
  /** The entity's other names (the matched one not repeated). */
  otherNames: string[];
  description: string;
  role: string;
  /** For the incident: the group blamed for it, under each vendor's name with the year it was coined. */
  group: { by: string; names: CardGroupName[] } | null;
  quotes: CardQuote[];
  /** The sources the card draws on (description, role, group, claims), in the dataset's order. */
  sources: CardSource[];
  /** The day of the attribution and the article's publication (ISO dates, written out by the card). */
  dates: { event: string; published: string };
}

export interface ProtocolMap {
  reportMentions(report: FrameReport): void;
  getTabReport(data: { tabId: number }): TabReport;
  /** background → popup: a tab's record changed (a frame reported, or the tab navigated). */
  tabReportChanged(report: TabReport): void;
  revealMention(data: { id: string }): boolean;
  /** content script → background: the hover card's texts (the dataset stays out of the content bundle). */
  getCardContent(data: { entity: EntityId; matched: string; lang: Lang }): CardContent | null;
  /** content script → background: inject card.js (the hover card's code) into the sender's frame; resolves once it ran. */
  loadCard(): boolean;
  /** popup → background: which of the article's claims the tab's page reports. */
  getCoverage(data: { tabId: number }): CoverageReport;
  /** background → top frame: the page's blocks of text (for the coverage check). */
  getPageBlocks(): string[];
  /** popup → top frame: scroll to a sentence of the page (block, offsets from getCoverage) and mark it briefly. */
  revealText(data: { block: number; start: number; end: number }): boolean;
  /** background → top frame, from the keyboard commands: visit the next or previous highlight (wrapping round) and open its card. */
  focusMention(data: { direction: MentionDirection }): boolean;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
